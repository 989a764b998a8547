package vn.partyadmission.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.PostgresHttpTest;

/**
 * The documents over HTTP on PostgreSQL: listed and downloaded by those who may see the case, a
 * 404 for a person of another unit, a correction by the issuing body kept beside its predecessor.
 */
@PostgresHttpTest
class DocumentApiTest {

	static final String PASSWORD = "Van-Ban-2026-ok";

	@LocalServerPort
	int port;

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	IdentityService identity;

	@Autowired
	MemberRegister members;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	Fixture.Units u;

	String caseId;

	String personId;

	String standing;

	String secretary;

	String outsider;

	@BeforeEach
	void walkACase() {
		http = new Http(port);
		u = fixture.create();
		caseId = walk.toCeremony(u, LocalDate.of(2026, 3, 15));
		personId = u.id("cand");
		standing = user("standing", Groups.standingCommittee(u.commune));
		secretary = user("secretary", Groups.cellSecretary(u.cell));
		outsider = user("outsider", Groups.cellSecretary(u.otherCell));
	}

	@Test
	void thoseWhoSeeTheCase_listAndDownload_aPersonOfAnotherUnitGets404() throws Exception {
		JsonNode list = json.readTree(ok(http.get("/api/cases/" + caseId + "/documents", secretary)).body());
		assertThat(list.findValuesAsText("formCode")).containsExactlyInAnyOrder("6-KNĐ", "8-KNĐ", "9-KNĐ");
		JsonNode decision = byCode(list, "9-KNĐ").get(0);
		assertThat(decision.get("number").asText()).isEqualTo(CaseWalker.decisionNumber(caseId));
		assertThat(decision.get("version").asInt()).isEqualTo(1);
		String pdfLink = decision.get("links").get("pdf").asText();
		String docxLink = decision.get("links").get("docx").asText();

		HttpResponse<byte[]> pdf = bytes(pdfLink, standing);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(OfficialDocuments.sha256(pdf.body())).isEqualTo(decision.get("sha256").asText());
		assertThat(DocumentFiles.pdfText(pdf.body())).contains(members.findPerson(personId).orElseThrow().fullName());
		HttpResponse<byte[]> docx = bytes(docxLink, secretary);
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(DocumentFiles.docxText(docx.body())).contains("Số: " + CaseWalker.decisionNumber(caseId));

		// the case's timeline links each step's document where it is stored
		JsonNode timeline = json.readTree(ok(http.get("/api/cases/" + caseId, secretary)).body()).get("timeline");
		assertThat(timeline.findParents("documentCode").stream()
			.filter(e -> "9-KNĐ".equals(e.path("documentCode").asText()))
			.map(e -> e.path("documentLink").asText()))
			.isNotEmpty()
			.allMatch(pdfLink::equals);

		JsonNode ofMember = json.readTree(ok(http.get("/api/members/" + personId + "/documents", standing)).body());
		assertThat(ofMember.findValuesAsText("id")).contains(decision.get("id").asText());
		String memberPdf = byCode(ofMember, "9-KNĐ").get(0).get("links").get("pdf").asText();
		assertThat(bytes(memberPdf, standing).statusCode()).isEqualTo(200);

		// another unit's secretary: the same 404 as for a case that does not exist
		assertThat(http.get("/api/cases/" + caseId + "/documents", outsider).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/cases/" + caseId + "-0/documents", outsider).statusCode()).isEqualTo(404);
		assertThat(bytes(pdfLink, outsider).statusCode()).isEqualTo(404);
		assertThat(bytes(docxLink, outsider).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/members/" + personId + "/documents", outsider).statusCode()).isEqualTo(404);
		assertThat(bytes(memberPdf, outsider).statusCode()).isEqualTo(404);
		assertThat(bytes(pdfLink.replace(".pdf", ".exe"), standing).statusCode()).isEqualTo(404);
	}

	@Test
	void aCorrection_isVersion2WithItsReason_andVersion1IsKept() throws Exception {
		String path = "/api/cases/" + caseId + "/documents/9-knd/corrections";
		// the cell's secretary sees the case but did not issue the decision
		assertThat(http.post(path, secretary, "{\"reason\": \"Sai ngày sinh\"}").statusCode()).isEqualTo(403);
		assertThat(http.post(path, outsider, "{\"reason\": \"Sai ngày sinh\"}").statusCode()).isEqualTo(404);
		HttpResponse<String> noReason = http.post(path, standing, "{\"reason\": \"  \"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Cần ghi lý do đính chính");

		HttpResponse<String> corrected = http.post(path, standing, "{\"reason\": \"Đính chính nơi cư trú theo lý lịch\"}");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
		JsonNode v2 = json.readTree(corrected.body());
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("reason").asText()).isEqualTo("Đính chính nơi cư trú theo lý lịch");

		List<JsonNode> decisions = byCode(json.readTree(ok(http.get("/api/cases/" + caseId + "/documents", standing)).body()),
				"9-KNĐ");
		assertThat(decisions).extracting(d -> d.get("version").asInt()).containsExactly(1, 2);
		JsonNode v1 = decisions.get(0);
		assertThat(v2.get("replacesId").asText()).isEqualTo(v1.get("id").asText());
		assertThat(v2.get("number").asText()).isEqualTo(v1.get("number").asText());
		assertThat(bytes(v1.get("links").get("pdf").asText(), standing).statusCode()).isEqualTo(200);
		assertThat(bytes(v2.get("links").get("pdf").asText(), standing).statusCode()).isEqualTo(200);
		assertThat(members.journal(personId)).anyMatch(e -> e.change().contains("lưu bản 2")
				&& e.change().contains(v2.get("sha256").asText()) && standing.startsWith(e.actor() + ":"));
	}

	private static List<JsonNode> byCode(JsonNode list, String code) {
		List<JsonNode> found = new java.util.ArrayList<>();
		list.forEach(d -> {
			if (d.get("formCode").asText().equals(code)) {
				found.add(d);
			}
		});
		return found;
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	/** GET as {@code user:password}, the answer's bytes. */
	private HttpResponse<byte[]> bytes(String path, String credentials) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A user of the test's tree in one group; returns the credentials {@code id:password}. */
	private String user(String name, String group) {
		String id = name + "-" + u.prefix;
		User user = identity.newUser(id);
		user.setPassword(PASSWORD);
		user.setEmail(id + "@party-admission.invalid");
		identity.saveUser(user);
		identity.createMembership(id, group);
		return id + ":" + PASSWORD;
	}

}
