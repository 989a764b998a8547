package vn.partyadmission.security;

import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The engine checks a new password against the policy inside its save-user command and then throws
 * a bare "Password does not match policy", which the REST APIs answer with 500. Here the same check,
 * asked from inside that command, refuses with 400 naming each broken rule; nothing is saved. Asked
 * from outside a command (POST /identity/password-policy, the Admin webapp's check as one types) it
 * only reports, as Camunda's does.
 */
class PolicyCheckedIdentityService extends IdentityServiceImpl {

	@Override
	public PasswordPolicyResult checkPasswordAgainstPolicy(String candidatePassword, User user) {
		PasswordPolicyResult result = super.checkPasswordAgainstPolicy(candidatePassword, user);
		if (!result.isValid() && Context.getCommandContext() != null) {
			throw PasswordRules.refusal(result, UserLanguage.english());
		}
		return result;
	}

}
