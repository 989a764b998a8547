package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/** /api/cases as the units use it, and every kind of bad input answered 4xx with nothing changed. */
@DemoTest
class AdmissionCaseApiTest {

	static final String SECRETARY = "secretary.hophoa1:" + DemoTest.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	MemberRegister members;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void secretaryOpensACase_findsItInTheUnitsList_andReadsItsTimeline() throws Exception {
		String person = candidate("api-open");
		HttpResponse<String> opened = http.post("/api/cases", SECRETARY, body(person, "\"certificateDate\": \"2025-06-01\", \"certificateNumber\": \"CN-1\""));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String caseId = json.readTree(opened.body()).get("id").asText();
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/api/cases/" + caseId);

		JsonNode page = json.readTree(http.get("/api/cases?unit=xa.tamduong&status=OPEN&size=200&sort=openedAt", "organizing.tamduong:" + DemoTest.PASSWORD).body());
		assertThat(page.get("content").findValuesAsText("id")).contains(caseId);
		JsonNode one = json.readTree(http.get("/api/cases/" + caseId, "standing.tamduong:" + DemoTest.PASSWORD).body());
		assertThat(one.get("timeline").findValuesAsText("what")).anyMatch(w -> w.contains("mở hồ sơ kết nạp " + caseId));
		assertThat(one.get("timeline").findValuesAsText("documentCode")).contains("CN-NTVĐ");
		assertThat(http.get("/api/cases/" + caseId, "standing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void badInput_isA4xxProblemNamingTheField_andChangesNothing() throws Exception {
		String person = candidate("api-bad");
		long before = cases();

		assertProblem(http.post("/api/cases", SECRETARY, "{\"personId\": \"" + person + "\","), 400, "body");
		assertProblem(http.post("/api/cases", SECRETARY, body(person, "\"certificateDate\": \"tomorrow\"")), 400, "certificateDate");
		assertProblem(http.post("/api/cases", SECRETARY, body(person, "\"favouriteColour\": \"red\"")), 400, "favouriteColour");
		assertProblem(http.post("/api/cases", SECRETARY, body(person, "\"introductionPath\": \"THREE_FRIENDS\"")), 400, "introductionPath");
		assertProblem(http.post("/api/cases", SECRETARY, body("nobody-" + person, "\"certificateNumber\": \"x\"")), 400, "personId");
		HttpResponse<String> huge = http.post("/api/cases", SECRETARY, body(person, "\"unionResolutionNumber\": \"" + "x".repeat(300_000) + "\""));
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(cases()).isEqualTo(before);
		assertThat(members.findRecord(person).orElseThrow().status()).isEqualTo(MemberStatus.SOURCE_CANDIDATE);
	}

	@Test
	void secretaryOfAnotherUnit_learnsNothingOfAPersonOutsideHerCell_whateverTheirStatusOrCase() throws Exception {
		String withCase = candidate("api-leak-case");
		assertThat(http.post("/api/cases", SECRETARY, body(withCase, "\"certificateDate\": \"2025-06-01\", \"certificateNumber\": \"CN-1\""))
			.statusCode()).isEqualTo(201);
		String official = members.personsOfCell("xa.tamduong.hophoa1").stream()
			.filter(p -> members.findRecord(p.id()).orElseThrow().status() == MemberStatus.OFFICIAL)
			.findFirst().orElseThrow().id();
		String candidate = candidate("api-leak-cand");
		long before = cases();

		List<String> answers = new ArrayList<>();
		for (String person : List.of(withCase, official, candidate, "nobody-api-leak")) {
			HttpResponse<String> refused = http.post("/api/cases", "secretary.anhoa1:" + DemoTest.PASSWORD, """
					{"personId": "%s", "cellId": "xa.hoangan.anhoa1", "introductionPath": "TWO_MEMBERS",
					 "introducers": [{"personId": "p00001", "relation": "WORK", "since": "2019-01-01"},
					                 {"personId": "p00002", "relation": "RESIDENCE", "since": "2019-01-01"}]}""".formatted(person));
			assertProblem(refused, 400, "personId");
			assertThat(refused.body()).contains("Không tìm thấy người này trong chi bộ của đồng chí.")
				.doesNotContain("hophoa").doesNotContain("OFFICIAL").doesNotContain("APPLICANT").doesNotContain("KN-");
			answers.add(json.readTree(refused.body()).path("errors").toString().replace(person, "ID"));
		}
		assertThat(answers).containsOnly(answers.get(0));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void introducerFromAnotherUnit_readsLikeAnUnknownId_namingNoCellOrStatus() throws Exception {
		String person = candidate("api-intro");
		String elsewhere = members.personsOfCell("xa.hoangan.anhoa1").get(0).id();
		String request = """
				{"personId": "%s", "cellId": "xa.tamduong.hophoa1", "introductionPath": "TWO_MEMBERS",
				 "introducers": [{"personId": "%s", "relation": "WORK", "since": "2019-01-01"},
				                 {"personId": "nobody-intro", "relation": "RESIDENCE", "since": "2019-01-01"}]}""";

		HttpResponse<String> refused = http.post("/api/cases", SECRETARY, request.formatted(person, elsewhere));
		assertProblem(refused, 400, "introducer1Id");
		assertThat(refused.body()).contains("introducer2Id").doesNotContain("anhoa").doesNotContain("hoangan")
			.doesNotContain("OFFICIAL").doesNotContain("SOURCE_CANDIDATE");
		JsonNode errors = json.readTree(refused.body()).path("errors");
		List<String> messages = new ArrayList<>();
		errors.forEach(e -> messages.add(e.path("message").asText().replace(elsewhere, "ID").replace("nobody-intro", "ID")));
		assertThat(messages).hasSize(2).containsOnly(messages.get(0));
	}

	@Test
	void listsRefuseBadPagingSortingAndUnitsTheUserMayNotSee() {
		assertProblem(http.get("/api/cases?unit=xa.tamduong&page=9999", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "page");
		assertProblem(http.get("/api/cases?unit=xa.tamduong&size=5000", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "size");
		assertProblem(http.get("/api/cases?unit=xa.tamduong&sort=password", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "sort");
		assertProblem(http.get("/api/cases?unit=xa.tamduong&page=abc", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "page");
		assertProblem(http.get("/api/cases", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "unit");
		assertThat(http.get("/api/cases?unit=xa.tamduong", "organizing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/cases?unit=xa.tamduong", null).statusCode()).isEqualTo(401);
	}

	@Test
	void organizationsAndRecognitionListsAreScopedToTheUsersUnits() throws Exception {
		JsonNode commune = json.readTree(http.get("/api/organizations/xa.tamduong", "organizing.tamduong:" + DemoTest.PASSWORD).body());
		assertThat(commune.get("competentCommitteeId").asText()).isEqualTo("xa.tamduong");
		assertThat(commune.get("children").findValuesAsText("id")).contains("xa.tamduong.hophoa1");
		assertThat(http.get("/api/organizations/xa.tamduong", "organizing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/probation/due?unit=xa.tamduong&days=90", "organizing.tamduong:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		assertProblem(http.get("/api/probation/due?unit=xa.tamduong&days=400", "organizing.tamduong:" + DemoTest.PASSWORD), 400, "days");
		assertThat(http.get("/api/probation/due?unit=xa.tamduong", "organizing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void membersOfAUnitAreListedWithTheirStanding_andTheRecordKeepsVietnameseNamesExactly() throws Exception {
		String person = candidate("api-member");
		JsonNode page = json.readTree(http.get("/api/members?unit=xa.tamduong.hophoa1&status=SOURCE_CANDIDATE&size=200",
				SECRETARY).body());
		assertThat(page.get("content").findValuesAsText("personId")).contains(person);
		JsonNode record = json.readTree(http.get("/api/members/" + person, SECRETARY).body());
		assertThat(record.get("person").get("fullName").asText()).isEqualTo("Hoàng Thị Ánh Nguyệt");
		assertThat(record.get("journal").get(0).get("change").asText()).isEqualTo("Outstanding candidate");
		assertThat(http.get("/api/members?unit=xa.tamduong.hophoa1", "secretary.anhoa1:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void openApiDescriptionAndItsUiPageAreServedBehindLogin() {
		assertThat(http.get("/api/openapi", null).statusCode()).isEqualTo(401);
		HttpResponse<String> spec = http.get("/api/openapi", "admin:" + DemoTest.PASSWORD);
		assertThat(spec.statusCode()).isEqualTo(200);
		assertThat(spec.body()).contains("/api/cases").contains("/api/members/{personId}").contains("/api/calendar/{year}");
		assertThat(http.get("/api/docs", "admin:" + DemoTest.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(http.get("/api/swagger-ui/index.html", "admin:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/swagger-ui/index.html", null).statusCode()).isEqualTo(401);
	}

	private void assertProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	private String body(String person, String extra) {
		return """
				{"personId": "%s", "cellId": "xa.tamduong.hophoa1", "introductionPath": "TWO_MEMBERS",
				 "introducers": [{"personId": "p00001", "relation": "WORK", "since": "2019-01-01"},
				                 {"personId": "p00002", "relation": "RESIDENCE", "since": "2019-01-01"}], %s}"""
			.formatted(person, extra);
	}

	private String candidate(String id) {
		members.register(new Person(id, "Hoàng Thị Ánh Nguyệt", LocalDate.of(1999, 9, 9), "FEMALE", "Kinh",
				Education.UPPER_SECONDARY, "Hợp tác xã", "Thôn Đông", "xa.tamduong.hophoa1", false), MemberStatus.SOURCE_CANDIDATE,
				LocalDate.of(2025, 1, 1), new Change(null, null, "test", "Outstanding candidate", null));
		return id;
	}

	private long cases() {
		return jdbc.sql("select count(*) from admission_case").query(Long.class).single();
	}

}
