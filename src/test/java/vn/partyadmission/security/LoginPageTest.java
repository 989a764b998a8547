package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.EnglishWords;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * The sign-in page speaks Vietnamese, says why a sign-in failed (wrong password, locked account) and
 * that one signed out, carries the demo mark under the demo profile, and English only when chosen.
 * The webapps' files of our own (configuration, locales, script) are served in place of the webjar's.
 */
@DemoTest
class LoginPageTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Test
	void loginPage_isVietnamese_withTheDemoMark_andNoEnglish() {
		HttpResponse<String> page = new Http(port).get("/login", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"vi\"", "Tên đăng nhập", "Mật khẩu", "Đăng nhập", LoginPage.DEMO_MARK)
			.doesNotContain("Please sign in");
		String visible = page.body().replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");
		// the one English word is the language link's "English", the name of the language a user may choose
		assertThat(EnglishWords.in(visible)).allMatch("English"::equals);
	}

	@Test
	void wrongPassword_isSaidInVietnamese_andNothingMore() {
		Http http = new Http(port);
		WebSession session = new WebSession();
		HttpResponse<String> posted = session.signIn(http, "secretary.hoangdan1", "Sai-mat-khau-1");

		assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(session.get(http, "/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.")
			.doesNotContain("tạm khóa");
		identity.unlockUser("secretary.hoangdan1");
	}

	@Test
	void lockedAccount_isSaidToBeLocked_evenWithTheRightPassword() {
		Http http = new Http(port);
		try {
			// Camunda locks an account for a growing delay after each wrong password (3 wrong: 18 s)
			for (int i = 0; i < 3; i++) {
				new WebSession().signIn(http, "secretary.dongtinh1", "Sai-mat-khau-" + i);
			}
			WebSession session = new WebSession();
			session.signIn(http, "secretary.dongtinh1", DemoTest.PASSWORD);

			assertThat(session.get(http, "/login?error").body()).contains("Tài khoản đang tạm khóa");
		}
		finally {
			identity.unlockUser("secretary.dongtinh1");
		}
	}

	@Test
	void signedOut_isSaid() {
		assertThat(new Http(port).get("/login?logout", null).body()).contains("Đồng chí đã đăng xuất.");
	}

	@Test
	void english_onlyWhenChosen_andTheChoiceIsRemembered() {
		Http http = new Http(port);
		HttpResponse<String> chosen = http.get("/login?lang=en", null);
		assertThat(chosen.body()).contains("lang=\"en\"", "User name", "Password");
		assertThat(chosen.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				c -> assertThat(c).startsWith(LoginPage.LANGUAGE_COOKIE + "=en"));

		HttpResponse<String> remembered = http.send(HttpRequest.newBuilder(http.uri("/login"))
			.header("Cookie", LoginPage.LANGUAGE_COOKIE + "=en").build());
		assertThat(remembered.body()).contains("User name");
		// a browser asking for English in its Accept-Language still gets Vietnamese
		assertThat(http.send(HttpRequest.newBuilder(http.uri("/login")).header("Accept-Language", "en-US,en").build()).body())
			.contains("Tên đăng nhập");
	}

	@Test
	void webappFilesOfOurOwn_areServedInPlaceOfTheWebjars() {
		Http http = new Http(port);
		WebSession browser = new WebSession();
		browser.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);

		for (String webapp : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			HttpResponse<String> config = browser.get(http, "/camunda/app/" + webapp + "/scripts/config.js");
			assertThat(config.statusCode()).isEqualTo(200);
			assertThat(config.body()).as(webapp).contains("party-admission-language", "customScripts");
			HttpResponse<String> locale = browser.get(http, "/camunda/app/" + webapp + "/locales/vi.json");
			assertThat(locale.statusCode()).isEqualTo(200);
			assertThat(locale.body()).contains("Đăng xuất");
		}
		HttpResponse<String> script = browser.get(http, "/camunda/app/party-admission.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
		assertThat(browser.get(http, "/camunda/app/party-admission.css").statusCode()).isEqualTo(200);
	}

	@Test
	void about_withoutASession_isRefusedWithoutTheBrowsersPasswordDialog() {
		HttpResponse<String> about = new Http(port).get("/api/about", null);

		assertThat(about.statusCode()).isEqualTo(401);
		assertThat(about.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

}
