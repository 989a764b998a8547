package vn.partyadmission.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every password set through the engine (engine REST user create and credentials, the Admin
 * webapp, the administrator bootstrap, the demo users) follows {@link PasswordRules}; the engine's
 * policy is on, so GET /engine-rest/identity/password-policy answers and Admin shows the rules.
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnablePasswordPolicy(true);
		configuration.setPasswordPolicy(PasswordRules.POLICY);
		configuration.setIdentityService(new PolicyCheckedIdentityService());
	}

}
