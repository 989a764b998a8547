package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.DemoTest;

/** Outside the demo profile, a database that still holds demo users (public password) is refused. */
@ApplicationTest
class DemoAccountsTest {

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	IdentityService identity;

	@Test
	void refusesToStartWhileDemoUsersExist() {
		assertThatCode(demoAccounts::refuseDemoAccounts).doesNotThrowAnyException();
		User demo = identity.newUser("secretary.leftover");
		demo.setEmail(DemoAccounts.MARKER_EMAIL);
		demo.setPassword(DemoTest.PASSWORD);
		identity.saveUser(demo);
		try {
			assertThatThrownBy(demoAccounts::refuseDemoAccounts).hasMessageContaining("demo users");
		}
		finally {
			identity.deleteUser("secretary.leftover");
		}
	}

}
