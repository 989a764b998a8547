package vn.partyadmission.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.MutableClock;

/** Endings and transfers over the wire, as the demo's users call them: status codes and Vietnamese problems. */
@DemoTest
class MovementHttpTest {

	static final String SECRETARY = "secretary.hophoa1:" + DemoTest.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	MemberRegister members;

	@Autowired
	MutableClock clock;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void theCellEndsACase_201_whileOtherUnitsAndPlainMembersGet404_anonymous401_badInput400_andASecondEnding409() throws Exception {
		String person = register("mv-http-end", MemberStatus.SOURCE_CANDIDATE);
		HttpResponse<String> opened = http.post("/api/cases", SECRETARY, """
				{"personId": "%s", "cellId": "xa.tamduong.hophoa1", "introductionPath": "TWO_MEMBERS",
				 "certificateNumber": "CN-1", "certificateDate": "2025-06-01",
				 "introducers": [{"personId": "p00001", "relation": "WORK", "since": "2019-01-01"},
				                 {"personId": "p00002", "relation": "RESIDENCE", "since": "2019-01-01"}]}""".formatted(person));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String caseId = json.readTree(opened.body()).get("id").asText();
		String path = "/api/cases/" + caseId + "/endings";
		String today = LocalDate.now(clock).toString();
		String ending = "{\"reason\": \"WITHDRAWN\", \"note\": \"Chi bộ ghi nhận đơn xin rút\", \"date\": \"" + today + "\"}";

		assertThat(http.post(path, "secretary.anhoa1:" + DemoTest.PASSWORD, ending).statusCode()).isEqualTo(404);
		assertThat(http.post(path, "p00003:" + DemoTest.PASSWORD, ending).statusCode()).isEqualTo(404);
		assertThat(http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ending)).build()).statusCode()).isEqualTo(401);
		HttpResponse<String> badReason = http.post(path, SECRETARY, "{\"reason\": \"BORED\", \"note\": \"x\", \"date\": \"" + today + "\"}");
		assertThat(badReason.statusCode()).as(badReason.body()).isEqualTo(400);
		assertThat(badReason.body()).contains("reason");
		HttpResponse<String> noNote = http.post(path, SECRETARY, "{\"reason\": \"WITHDRAWN\", \"date\": \"" + today + "\"}");
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(noNote.body()).contains("\"field\":\"note\"").contains("Cần ghi nhận xét");
		assertThat(members.findRecord(person).orElseThrow().status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);

		HttpResponse<String> ended = http.post(path, SECRETARY, ending);
		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(201);
		assertThat(json.readTree(ended.body()).get("toStatus").asText()).isEqualTo("CASE_ENDED");
		JsonNode view = json.readTree(http.get("/api/cases/" + caseId, "organizing.tamduong:" + DemoTest.PASSWORD).body());
		assertThat(view.get("admissionCase").get("outcome").asText()).isEqualTo("WITHDRAWN");
		assertThat(view.get("timeline").findValuesAsText("what")).anyMatch(w -> w.contains("Chi bộ ghi nhận đơn xin rút"));
		assertThat(http.get(path, "standing.tamduong:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(http.post(path, "standing.tamduong:" + DemoTest.PASSWORD, ending).statusCode()).isEqualTo(409);
	}

	@Test
	void aTransferIsSentByTheOldCell_listedForTheReceivingCommune_andConfirmedOnlyByTheReceivingCell() throws Exception {
		String person = register("mv-http-move", MemberStatus.OFFICIAL);
		String today = LocalDate.now(clock).toString();

		assertThat(http.post("/api/transfers", "secretary.anhoa1:" + DemoTest.PASSWORD, send(person, today)).statusCode())
			.as("the receiving cell cannot send").isEqualTo(404);
		HttpResponse<String> sent = http.post("/api/transfers", SECRETARY, send(person, today));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		long id = json.readTree(sent.body()).get("id").asLong();
		JsonNode incoming = json.readTree(http.get("/api/transfers/incoming?unit=xa.hoangan", "standing.hoangan:" + DemoTest.PASSWORD).body());
		assertThat(incoming.findValuesAsText("personId")).contains(person);
		assertThat(http.get("/api/transfers/incoming?unit=xa.hoangan", SECRETARY).statusCode()).isEqualTo(404);

		String confirm = "/api/transfers/" + id + "/confirmation";
		assertThat(http.post(confirm, SECRETARY, "{}").statusCode()).as("the sending cell cannot confirm").isEqualTo(404);
		assertThat(http.post(confirm, "standing.hoangan:" + DemoTest.PASSWORD, "{}").statusCode()).isEqualTo(403);
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo("xa.tamduong.hophoa1");
		HttpResponse<String> confirmed = http.post(confirm, "secretary.anhoa1:" + DemoTest.PASSWORD, "{}");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(json.readTree(confirmed.body()).get("status").asText()).isEqualTo("CONFIRMED");
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo("xa.hoangan.anhoa1");
		assertThat(http.get("/api/members/" + person, "secretary.anhoa1:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/members/" + person, SECRETARY).statusCode()).isEqualTo(404);
	}

	private static String send(String person, String today) {
		return """
				{"personId": "%s", "kind": "OFFICIAL", "toCellId": "xa.hoangan.anhoa1", "sentOn": "%s", "letterNumber": "GGT-9"}"""
			.formatted(person, today);
	}

	private String register(String id, MemberStatus status) {
		members.register(new Person(id, "Đỗ Thị Lan", LocalDate.of(1990, 3, 3), "FEMALE", "Kinh", Education.UPPER_SECONDARY,
				"Hợp tác xã", "Thôn Đông", "xa.tamduong.hophoa1", false), status, LocalDate.of(2015, 1, 1),
				new Change(null, null, "test", "Registered for the movement API test", null));
		return id;
	}

}
