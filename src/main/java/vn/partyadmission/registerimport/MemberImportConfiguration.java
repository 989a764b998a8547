package vn.partyadmission.registerimport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Imports run on their own small pool: a few large files at a time per node must not take the
 * threads that serve requests. A full queue refuses the import (it is marked FAILED) rather than
 * waiting without end. Scheduling is on for {@link AbandonedImports}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MemberImportConfiguration {

	static final String EXECUTOR = "memberImportExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor memberImportExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("member-import-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(10);
		// a running import finishes (or rolls back) before the node stops
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(120);
		return executor;
	}

}
