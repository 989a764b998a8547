package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.DemoTest;

/**
 * Outside the demo profile the first administrator comes from the environment, with a password that
 * follows the password policy and is no demo password.
 */
@ApplicationTest
class AdministratorBootstrapTest {

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void refusesToStartWithAPasswordThePolicyRefuses_orADemoPassword() {
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "1").createAdministrator())
			.hasMessageContaining("ADMISSION_ADMIN_PASSWORD")
			.hasMessageContaining("ít nhất 12 ký tự [PASSWORD_POLICY_LENGTH]")
			.hasMessageContaining("[PASSWORD_POLICY_UPPERCASE]");
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "short-pw").createAdministrator())
			.hasMessageContaining("ít nhất 12 ký tự");
		// long and mixed, but it holds the user id
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "Ops-Password-2026").createAdministrator())
			.hasMessageContaining("[PASSWORD_POLICY_USER_DATA]");
		// the public demo password follows the policy, and is refused all the same
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", DemoTest.PASSWORD).createAdministrator())
			.hasMessageContaining("[DEMO_PASSWORD]");
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "demo").createAdministrator())
			.hasMessageContaining("[DEMO_PASSWORD]");
		assertThat(identity.createUserQuery().userId("ops").count()).isZero();
	}

	@Test
	void createsTheAdministratorFromTheEnvironment_inTheAdministratorsGroup() {
		new AdministratorBootstrap(identity, authorizations, "ops.admin", "Correct-Horse-Battery-9").createAdministrator();

		assertThat(identity.checkPassword("ops.admin", "Correct-Horse-Battery-9")).isTrue();
		assertThat(identity.createUserQuery().userId("ops.admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
		assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).count()).isPositive();
	}

}
