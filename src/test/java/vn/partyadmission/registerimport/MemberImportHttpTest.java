package vn.partyadmission.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * The import API as the README shows it, on the demo district: who may upload, what the answer
 * says, how the report is polled. Only dry runs and refused rows, so the demo data stay as the
 * other demo tests expect them.
 */
@DemoTest
class MemberImportHttpTest {

	static final String TAM_DUONG_CELL = "xa.tamduong.hophoa1";

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void organizingCommission_dryRunsAFileOfItsCommune_andPollsTheOutcomeAtTheLocation() throws Exception {
		HttpResponse<String> accepted = upload("organizing.tamduong:" + DemoTest.PASSWORD, "",
				file(MemberImportScenarios.official("imp-http-1", "Nguyễn Thị Ngọc Ánh", TAM_DUONG_CELL)));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode started = json.readTree(accepted.body());
		assertThat(started.get("dryRun").asBoolean()).isTrue();
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/api/members/imports/" + started.get("importId").asText());

		JsonNode done = await(location, "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(done.get("status").asText()).isEqualTo("VALIDATED");
		assertThat(done.get("validRows").asInt()).isEqualTo(1);
		assertThat(done.get("importedRows").asInt()).isZero();
		// another user learns nothing of it
		assertThat(http.get(location, "organizing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get(location, "admin:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void organizingCommissionOfAnotherCommune_cannotImportIntoATamDuongCell_theRowIsRefused() throws Exception {
		HttpResponse<String> accepted = upload("organizing.hoangan:" + DemoTest.PASSWORD, "?dryRun=false",
				file(MemberImportScenarios.official("imp-http-2", "Đặng Hữu Phước", TAM_DUONG_CELL)));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();

		JsonNode done = await(location, "organizing.hoangan:" + DemoTest.PASSWORD);
		assertThat(done.get("status").asText()).isEqualTo("VALIDATED");
		assertThat(done.get("importedRows").asInt()).isZero();
		JsonNode report = json.readTree(http.get(location + "/errors?page=0&size=10", "organizing.hoangan:" + DemoTest.PASSWORD).body());
		assertThat(report.get("totalErrors").asInt()).isEqualTo(1);
		assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(2);
		assertThat(report.get("errors").get(0).get("column").asText()).isEqualTo("cell_id");
		assertThat(http.get("/api/members/imp-http-2", "admin:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void anonymousCallersGet401_plainCellMembers403_andAMissingFile400() {
		String csv = file(MemberImportScenarios.candidate("imp-http-3", "Lưu Ỷ Lan", TAM_DUONG_CELL));
		assertThat(http.send(HttpRequest.newBuilder(http.uri("/api/members/imports")).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv)).build()).statusCode()).isEqualTo(401);

		HttpResponse<String> member = upload("p00003:" + DemoTest.PASSWORD, "", csv);
		assertThat(member.statusCode()).isEqualTo(403);
		assertThat(member.body()).contains("\"title\":\"Not allowed to import members\"");

		HttpResponse<String> empty = upload("organizing.tamduong:" + DemoTest.PASSWORD, "", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(empty.body()).contains("csv-required");
	}

	@Test
	void multipartUpload_isTakenLikeABody() throws Exception {
		String boundary = "----import-test";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"members.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n"
				+ file(MemberImportScenarios.candidate("imp-http-4", "Lưu Ỷ Lan", TAM_DUONG_CELL)) + "\r\n--" + boundary
				+ "--\r\n";
		HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(http.uri("/api/members/imports"))
			.header("Authorization", basic("organizing.tamduong:" + DemoTest.PASSWORD))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode done = await(accepted.headers().firstValue("Location").orElseThrow(), "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(done.get("status").asText()).isEqualTo("VALIDATED");
		assertThat(done.get("validRows").asInt()).isEqualTo(1);
	}

	private static String file(String row) {
		return MemberImportScenarios.HEADER + "\n" + row + "\n";
	}

	private HttpResponse<String> upload(String credentials, String query, String csv) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/members/imports" + query))
			.header("Authorization", basic(credentials))
			.header("Content-Type", "text/csv")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build());
	}

	private JsonNode await(String location, String credentials) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			HttpResponse<String> response = http.get(location, credentials);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode current = json.readTree(response.body());
			if (!current.get("status").asText().equals("RUNNING")) {
				return current;
			}
			assertThat(System.nanoTime()).as("import still running").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
