package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * Liveness and readiness answer a probe without a login, with the status only; which components
 * make up readiness (database, job executor) and their details are for administrators.
 */
@DemoTest
class HealthProbesTest {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void probesAnswerAnonymously_withTheStatusOnly() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = http.get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(body.path("status").asText()).as(path).isEqualTo("UP");
			assertThat(body.has("components")).as(path + " hides its components: " + body).isFalse();
			assertThat(body.has("details")).as(path).isFalse();
		}
	}

	@Test
	void readinessOfAnAdministrator_namesTheDatabaseAndTheJobExecutor_withTheJobCounts() throws Exception {
		JsonNode body = json.readTree(http.get("/actuator/health/readiness", "admin:" + DemoTest.PASSWORD).body());

		assertThat(body.path("components").has("db")).as(body.toString()).isTrue();
		assertThat(body.path("components").has("readinessState")).isTrue();
		JsonNode jobs = body.path("components").path("jobExecutor");
		assertThat(jobs.path("status").asText()).isEqualTo("UP");
		// the tests switch job execution off, as a node that leaves the jobs to others would
		assertThat(jobs.path("details").path("enabled").asBoolean(true)).isFalse();
		assertThat(jobs.path("details").has("jobsDue")).isTrue();
		assertThat(jobs.path("details").has("jobsWithoutRetries")).isTrue();
	}

	@Test
	void aSignedInUserWhoIsNoAdministrator_seesTheStatusOnly() throws Exception {
		for (String user : new String[] { "secretary.hophoa1:" + DemoTest.PASSWORD, "standing.tamduong:" + DemoTest.PASSWORD }) {
			HttpResponse<String> response = http.get("/actuator/health/readiness", user);
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(body.path("status").asText()).isEqualTo("UP");
			assertThat(body.has("components")).as(user + ": " + body).isFalse();
		}
	}

	@Test
	void otherActuatorEndpointsStayClosed() {
		assertThat(http.get("/actuator/env", null).statusCode()).isIn(401, 404);
		assertThat(http.get("/actuator/env", "admin:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
	}

}
