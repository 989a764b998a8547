package vn.partyadmission.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up of work nobody can do, once users, groups and demo data are in place (ready,
 * after every start-up listener): an administrator reading the log sees which bodies need a member
 * and which mentors need a login before their tasks sit unseen.
 */
@Component
class StaffedBodiesAtStartUp {

	private static final Logger log = LoggerFactory.getLogger(StaffedBodiesAtStartUp.class);

	private final StaffedBodies bodies;

	StaffedBodiesAtStartUp(StaffedBodies bodies) {
		this.bodies = bodies;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void check() {
		StaffedBodies.Unstaffed unstaffed = bodies.find();
		if (!unstaffed.none()) {
			log.warn("Work nobody can do: candidate groups of open tasks without a member {}, bodies on the routes of "
					+ "open cases without a member {}, task assignees who are no user {}", unstaffed.taskGroups(),
					unstaffed.routeGroups(), unstaffed.assignees());
		}
	}

}
