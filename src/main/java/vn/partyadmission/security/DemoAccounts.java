package vn.partyadmission.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo users carry a marker e-mail. Outside the demo profile the application refuses to start
 * while any of them exists, since their password is public.
 */
@Component
@Profile("!demo")
public class DemoAccounts {

	/** The e-mail of every demo user: .invalid never delivers. */
	public static final String MARKER_EMAIL = "demo@party-admission.invalid";

	private final IdentityService identity;

	DemoAccounts(IdentityService identity) {
		this.identity = identity;
	}

	@EventListener(ApplicationStartedEvent.class)
	void refuseDemoAccounts() {
		long demoUsers = identity.createUserQuery().userEmail(MARKER_EMAIL).count();
		if (demoUsers > 0) {
			throw new IllegalStateException(demoUsers + " demo users with the public demo password exist in this database. "
					+ "Delete them in Admin (e-mail " + MARKER_EMAIL + ") or run with the demo profile.");
		}
	}

}
