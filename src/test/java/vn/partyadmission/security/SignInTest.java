package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/** Session fixation protection and login throttling, through the real login form and HTTP Basic. */
@DemoTest
class SignInTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessEngine engine;

	@Test
	void signingIn_givesANewSessionId_andTheIdFromBeforeSignInIsWorthNothing() {
		Http http = new Http(port);
		WebSession browser = new WebSession();
		browser.get(http, "/login");
		String planted = browser.cookie(WebSession.COOKIE);
		assertThat(planted).as("session before sign-in (holds the CSRF token)").isNotNull();

		HttpResponse<String> signIn = browser.signIn(http, "admin", DemoTest.PASSWORD);

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(browser.cookie(WebSession.COOKIE)).isNotNull().isNotEqualTo(planted);
		assertThat(browser.get(http, "/dashboard").statusCode()).isEqualTo(200);
		// whoever planted the old id is still anonymous
		HttpResponse<String> attacker = new WebSession().cookie(WebSession.COOKIE, planted).get(http, "/dashboard");
		assertThat(attacker.statusCode()).isEqualTo(302);
		assertThat(attacker.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	/**
	 * Camunda's identity service checks every password (form and Basic alike) and holds a user off
	 * after a wrong one: 3 s by default, doubling per further failure up to 60 s, locked after 10
	 * until an administrator unlocks. Here the first delay is stretched so a slow machine cannot
	 * outrun it.
	 */
	@Test
	void aWrongPasswordOnTheLoginForm_holdsOffTheNextSignIn_overHttpBasicToo_untilUnlocked() {
		String userId = "throttled" + Long.toString(System.nanoTime(), 36);
		User user = identity.newUser(userId);
		user.setPassword("Right-Password-1");
		identity.saveUser(user);
		Http http = new Http(port);
		ProcessEngineConfigurationImpl config = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
		int delay = config.getLoginDelayBase();
		config.setLoginDelayBase(60);
		try {
			HttpResponse<String> wrong = new WebSession().signIn(http, userId, "wrong-password");
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");

			assertThat(http.get("/engine-rest/task/count", userId + ":Right-Password-1").statusCode())
				.as("right password at once, over Basic").isEqualTo(401);
			assertThat(new WebSession().signIn(http, userId, "Right-Password-1").headers().firstValue("Location")
				.orElseThrow()).as("right password at once, on the form").contains("/login?error");
		}
		finally {
			config.setLoginDelayBase(delay);
		}
		identity.unlockUser(userId);
		assertThat(http.get("/engine-rest/task/count", userId + ":Right-Password-1").statusCode())
			.as("right password once an administrator unlocked the user").isEqualTo(200);
	}

}
