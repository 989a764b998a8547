package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * Issue 13, item 9: an administrator could create a user with the password "1". Every route that
 * sets a password refuses one the policy refuses, with 400 naming each rule (Vietnamese unless the
 * client prefers English), and writes nothing; the policy itself is published for the Admin webapp.
 */
@DemoTest
class PasswordPolicyTest {

	static final String ADMIN = "admin:" + DemoTest.PASSWORD;

	static final String USER = "policy.probe";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@AfterEach
	void removeProbe() {
		if (identity.createUserQuery().userId(USER).count() > 0) {
			identity.deleteUser(USER);
		}
	}

	@Test
	void userCreate_withPassword1_is400NamingTheRules_andCreatesNothing() throws Exception {
		HttpResponse<String> refused = send("POST", "/engine-rest/user/create", ADMIN, create(USER, "1"), null);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		String message = json.readTree(refused.body()).get("message").asText();
		assertThat(message).contains("mật khẩu phải có ít nhất 12 ký tự [PASSWORD_POLICY_LENGTH]",
				"chữ hoa [PASSWORD_POLICY_UPPERCASE]", "ký tự đặc biệt", "[PASSWORD_POLICY_SPECIAL]");
		assertThat(identity.createUserQuery().userId(USER).count()).isZero();

		HttpResponse<String> english = send("POST", "/engine-rest/user/create", ADMIN, create(USER, "1"), "en-GB,en;q=0.9,vi;q=0.5");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(json.readTree(english.body()).get("message").asText()).contains("must have at least 12 characters");
		assertThat(identity.createUserQuery().userId(USER).count()).isZero();
	}

	@Test
	void userCreate_withAPasswordHoldingTheUserId_isRefused() throws Exception {
		HttpResponse<String> refused = send("POST", "/engine-rest/user/create", ADMIN, create(USER, "Policy.Probe-2026"), null);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("PASSWORD_POLICY_USER_DATA");
		assertThat(identity.createUserQuery().userId(USER).count()).isZero();
	}

	@Test
	void aCompliantPassword_isAccepted_andSignsIn_whileACredentialsUpdateTo1IsRefused() {
		HttpResponse<String> created = send("POST", "/engine-rest/user/create", ADMIN, create(USER, "Lua-Xanh-2026!"), null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
		assertThat(http.get("/engine-rest/task/count", USER + ":Lua-Xanh-2026!").statusCode()).isEqualTo(200);

		// the user changes their own password, as Tasklist's and Admin's profile pages do
		HttpResponse<String> refused = send("PUT", "/engine-rest/user/" + USER + "/credentials", USER + ":Lua-Xanh-2026!",
				"{\"password\":\"1\",\"authenticatedUserPassword\":\"Lua-Xanh-2026!\"}", null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("ít nhất 12 ký tự", "PASSWORD_POLICY_LENGTH");
		assertThat(identity.checkPassword(USER, "Lua-Xanh-2026!")).as("the old password still signs in").isTrue();

		// and so does an administrator for them
		assertThat(send("PUT", "/engine-rest/user/" + USER + "/credentials", ADMIN,
				"{\"password\":\"1\",\"authenticatedUserPassword\":\"" + DemoTest.PASSWORD + "\"}", null).statusCode())
			.isEqualTo(400);
		HttpResponse<String> changed = send("PUT", "/engine-rest/user/" + USER + "/credentials", ADMIN,
				"{\"password\":\"Mua-Gat-2027#\",\"authenticatedUserPassword\":\"" + DemoTest.PASSWORD + "\"}", null);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(identity.checkPassword(USER, "Mua-Gat-2027#")).isTrue();
	}

	@Test
	void thePolicyIsPublished_andAPasswordCanBeCheckedAgainstIt() throws Exception {
		HttpResponse<String> policy = http.get("/engine-rest/identity/password-policy", ADMIN);
		assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
		JsonNode rules = json.readTree(policy.body()).get("rules");
		assertThat(rules.findValuesAsText("placeholder")).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_LOWERCASE",
				"PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA");
		assertThat(rules.findValue("minLength").asText()).isEqualTo("12");

		// what Admin asks as one types: a report, not a refusal
		HttpResponse<String> check = send("POST", "/engine-rest/identity/password-policy", ADMIN, "{\"password\":\"1\"}", null);
		assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
		assertThat(json.readTree(check.body()).get("valid").asBoolean()).isFalse();
		HttpResponse<String> demo = send("POST", "/engine-rest/identity/password-policy", ADMIN,
				"{\"password\":\"" + DemoTest.PASSWORD + "\"}", null);
		assertThat(json.readTree(demo.body()).get("valid").asBoolean()).as("the demo password follows the policy").isTrue();
	}

	private static String create(String id, String password) {
		return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Kiểm\",\"lastName\":\"Thử\",\"email\":\"probe@example.invalid\"},"
				+ "\"credentials\":{\"password\":\"" + password + "\"}}";
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build());
	}

}
