package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** A node whose job executor should run but does not is not ready: its deadlines would not fire. */
class JobExecutorHealthIndicatorTest {

	private final JobQuery failed = mock(JobQuery.class, RETURNS_SELF);

	private final JobQuery due = mock(JobQuery.class, RETURNS_SELF);

	private final ManagementService management = mock(ManagementService.class);

	private final JobExecutor executor = mock(JobExecutor.class);

	JobExecutorHealthIndicatorTest() {
		when(management.createJobQuery()).thenReturn(due, failed);
		when(due.count()).thenReturn(7L);
		when(failed.count()).thenReturn(2L);
	}

	@Test
	void stoppedJobExecutor_isDown() {
		when(executor.isActive()).thenReturn(false);

		Health health = indicator(executor).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("active", false);
	}

	@Test
	void runningJobExecutor_isUp_andCountsDueJobsAndJobsWithoutRetries() {
		when(executor.isActive()).thenReturn(true);

		Health health = indicator(executor).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("active", true)
			.containsEntry("jobsDue", 7L)
			.containsEntry("jobsWithoutRetries", 2L);
	}

	@Test
	void nodeWithoutJobExecution_isUp() {
		Health health = indicator(null).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("enabled", false);
	}

	private JobExecutorHealthIndicator indicator(JobExecutor executor) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (executor != null) {
			beans.addBean("jobExecutor", executor);
		}
		return new JobExecutorHealthIndicator(beans.getBeanProvider(JobExecutor.class), management);
	}

}
