package vn.partyadmission.security;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.partyadmission.organization.UnitScope;

/**
 * Runs engine calls of the project's API as the signed-in user with their groups, so the engine's
 * authorization checks and the steps' "who acts" checks apply as they do in Tasklist.
 */
@Component
public class EngineUser {

	private final IdentityService identity;

	EngineUser(IdentityService identity) {
		this.identity = identity;
	}

	public <T> T call(Authentication user, Supplier<T> work) {
		identity.setAuthentication(user.getName(), List.copyOf(UnitScope.groupsOf(user)));
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
