package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.support.ApplicationTest;

/** Outside the demo profile the first administrator comes from the environment, never with a default password. */
@ApplicationTest
class AdministratorBootstrapTest {

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void refusesToStartWithTheDemoPasswordOrAShortOne() {
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "demo").createAdministrator())
			.hasMessageContaining("ADMISSION_ADMIN_PASSWORD");
		assertThatThrownBy(() -> new AdministratorBootstrap(identity, authorizations, "ops", "short-pw").createAdministrator())
			.hasMessageContaining("at least 12");
		assertThat(identity.createUserQuery().userId("ops").count()).isZero();
	}

	@Test
	void createsTheAdministratorFromTheEnvironment_inTheAdministratorsGroup() {
		new AdministratorBootstrap(identity, authorizations, "ops.admin", "correct-horse-battery").createAdministrator();

		assertThat(identity.checkPassword("ops.admin", "correct-horse-battery")).isTrue();
		assertThat(identity.createUserQuery().userId("ops.admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
		assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).count()).isPositive();
	}

}
