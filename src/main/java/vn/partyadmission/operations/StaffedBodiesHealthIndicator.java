package vn.partyadmission.operations;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * "staffedBodies" in the health details (administrators only): the bodies and assignees that have
 * work but nobody to do it ({@link StaffedBodies}). Always UP: an unstaffed body is work for the
 * administrator, not a reason to take the node out of service, and it is not part of readiness.
 * The status of /actuator/health is computed for every caller, anonymous probes included, so the
 * answer is kept for a while (party-admission.health.staffed-bodies-refresh, one minute).
 */
@Component("staffedBodiesHealthIndicator")
class StaffedBodiesHealthIndicator extends AbstractHealthIndicator {

	private final StaffedBodies bodies;

	private final long refreshNanos;

	private StaffedBodies.Unstaffed last;

	private long lastAt;

	StaffedBodiesHealthIndicator(StaffedBodies bodies,
			@Value("${party-admission.health.staffed-bodies-refresh:PT1M}") Duration refresh) {
		super("staffed bodies check failed");
		this.bodies = bodies;
		this.refreshNanos = refresh.toNanos();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		StaffedBodies.Unstaffed unstaffed = current();
		builder.up()
			.withDetail("taskGroupsWithoutMembers", unstaffed.taskGroups())
			.withDetail("routeGroupsWithoutMembers", unstaffed.routeGroups())
			.withDetail("assigneesWithoutLogin", unstaffed.assignees());
	}

	private synchronized StaffedBodies.Unstaffed current() {
		long now = System.nanoTime();
		if (last == null || now - lastAt >= refreshNanos) {
			last = bodies.find();
			lastAt = now;
		}
		return last;
	}

}
