package vn.partyadmission.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the Camunda job executor, part of the readiness probe: a node whose job executor should
 * run but does not (not started yet, or stopped) is not ready, since its timers and deadlines would
 * not fire. A node configured without job execution (camunda.bpm.job-execution.enabled=false) is
 * ready: another node runs the jobs. The details, shown to administrators only, count the jobs due
 * now and the jobs whose retries are used up (each one an incident to look at in Cockpit).
 * <p>
 * The bean name replaces the starter's own indicator of the same name, which gives neither count.
 * {@link JobExecutor} is an engine class, not public API; the starter's indicator uses it too, and
 * Operaton keeps it under its own package.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

	private final ObjectProvider<JobExecutor> jobExecutor;

	private final ManagementService management;

	JobExecutorHealthIndicator(ObjectProvider<JobExecutor> jobExecutor, ManagementService management) {
		super("job executor health check failed");
		this.jobExecutor = jobExecutor;
		this.management = management;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		JobExecutor executor = jobExecutor.getIfAvailable();
		if (executor == null) {
			builder.up().withDetail("enabled", false);
		}
		else {
			boolean active = executor.isActive();
			(active ? builder.up() : builder.down()).withDetail("enabled", true).withDetail("active", active);
		}
		builder.withDetail("jobsDue", management.createJobQuery().executable().count())
			.withDetail("jobsWithoutRetries", management.createJobQuery().noRetriesLeft().count());
	}

}
