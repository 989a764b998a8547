package vn.partyadmission.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * The tree changed through /api/organizations and /api/reform-plans by the organizing commission of
 * the commune above the units, and refused to everyone else: another commune's commission (404), a
 * cell's secretary (403 on their own cell), a plain member (404), the commune's own commission on
 * the commune itself (403). Bad input answers 400 naming the field, and changes nothing.
 */
@DemoTest
class TreeApiTest {

	static final String ORGANIZING = "organizing.tamduong:" + DemoTest.PASSWORD;

	static final String OTHER_COMMUNE = "organizing.hoangan:" + DemoTest.PASSWORD;

	static final String SECRETARY = "secretary.hophoa1:" + DemoTest.PASSWORD;

	static final String MEMBER = "p00003:" + DemoTest.PASSWORD;

	static final String ADMIN = "admin:" + DemoTest.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	OrganizationTree tree;

	@Autowired
	MemberRegister members;

	@Autowired
	IdentityService identity;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void organizingCommissionAbove_addsRenamesFlagsAndStaffsAUnit_eachLoggedWithItsDate() throws Exception {
		String cell = "xa.tamduong.apicell1";
		HttpResponse<String> added = http.post("/api/organizations", ORGANIZING, """
				{"id": "%s", "name": "Chi bộ Thôn Mới", "kind": "GRASSROOTS_CELL", "parentId": "xa.tamduong", "validFrom": "2026-01-05"}"""
			.formatted(cell));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		official("api-tree-o1", cell);

		assertThat(send("PUT", "/api/organizations/" + cell + "/name", ORGANIZING,
				"{\"name\": \"Chi bộ Thôn Mới Hợp Hòa\", \"effectiveDate\": \"2026-02-01\"}").statusCode()).isEqualTo(200);
		assertThat(send("PUT", "/api/organizations/" + cell + "/flags", ORGANIZING,
				"{\"hardshipArea\": true, \"sector\": \"PRIVATE_ENTERPRISE\", \"effectiveDate\": \"2026-02-01\"}").statusCode()).isEqualTo(200);
		HttpResponse<String> staffed = send("PUT", "/api/organizations/" + cell + "/bodies/secretary/users/api-tree-o1", ORGANIZING, null);
		assertThat(staffed.statusCode()).as(staffed.body()).isEqualTo(200);

		JsonNode details = json.readTree(http.get("/api/organizations/" + cell + "/details", ORGANIZING).body());
		assertThat(details.at("/unit/name").asText()).isEqualTo("Chi bộ Thôn Mới Hợp Hòa");
		assertThat(details.at("/unit/hardshipArea").asBoolean()).isTrue();
		assertThat(details.at("/settings/sector").asText()).isEqualTo("PRIVATE_ENTERPRISE");
		assertThat(details.at("/bodies/SECRETARY/0").asText()).isEqualTo("api-tree-o1");
		assertThat(details.get("changes").findValuesAsText("kind")).contains("ADD", "RENAME", "FLAGS", "USER");
		assertThat(details.get("changes").findValuesAsText("detail")).anyMatch(d -> d.contains("Chi bộ Thôn Mới\" thành"));
		assertThat(details.get("changes").findValuesAsText("effectiveDate")).contains("2026-02-01");

		// the new account is the person's, in the body's group, and has no password: nobody signs in with it yet
		assertThat(identity.createUserQuery().userId("api-tree-o1").memberOfGroup(cell + ".secretary").count()).isEqualTo(1);
		assertThat(identity.createUserQuery().userId("api-tree-o1").singleResult().getLastName()).isEqualTo("Hòa");
		assertThat(http.get("/api/organizations/" + cell + "/details", "api-tree-o1:" + DemoTest.PASSWORD).statusCode()).isEqualTo(401);

		assertThat(send("DELETE", "/api/organizations/" + cell + "/bodies/secretary/users/api-tree-o1", ORGANIZING, null).statusCode())
			.isEqualTo(200);
		assertThat(identity.createUserQuery().userId("api-tree-o1").memberOfGroup(cell + ".secretary").count()).isZero();
	}

	@Test
	void onlyAdministratorsAndTheOrganizingCommissionAbove_changeAUnit() throws Exception {
		String cell = "xa.tamduong.hophoa1";
		String name = tree.find(cell).orElseThrow().name();
		String rename = "{\"name\": \"Tên khác\", \"effectiveDate\": \"2026-02-01\"}";
		long version = tree.version();

		assertThat(send("PUT", "/api/organizations/" + cell + "/name", OTHER_COMMUNE, rename).statusCode()).isEqualTo(404);
		assertThat(send("PUT", "/api/organizations/" + cell + "/name", SECRETARY, rename).statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/api/organizations/" + cell + "/name", MEMBER, rename).statusCode()).isEqualTo(404);
		assertThat(send("PUT", "/api/organizations/xa.tamduong/name", ORGANIZING, rename).statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/api/organizations/" + cell + "/bodies/secretary/users/p00003", SECRETARY, null).statusCode())
			.isEqualTo(403);
		assertThat(send("PUT", "/api/organizations/" + cell + "/bodies/secretary/users/p00003", OTHER_COMMUNE, null).statusCode())
			.isEqualTo(404);
		assertThat(http.post("/api/organizations/" + cell + "/merge", OTHER_COMMUNE,
				"{\"successorId\": \"xa.hoangan.anhoa1\", \"effectiveDate\": \"2026-02-01\"}").statusCode()).isEqualTo(404);
		// another commune's commission adding under this commune, or planning a reform of it
		assertThat(http.post("/api/organizations", OTHER_COMMUNE, """
				{"id": "xa.tamduong.intruder", "name": "X", "kind": "GRASSROOTS_CELL", "parentId": "xa.tamduong", "validFrom": "2026-01-05"}""")
			.statusCode()).isEqualTo(404);
		assertThat(http.post("/api/reform-plans", OTHER_COMMUNE, """
				{"title": "X", "effectiveDate": "2026-02-01", "changes": [{"kind": "MERGE", "unitId": "xa.tamduong.hophoa1", "targetId": "xa.tamduong.hophoa2"}]}""")
			.statusCode()).isEqualTo(404);
		assertThat(http.post("/api/reform-plans", SECRETARY, """
				{"title": "X", "effectiveDate": "2026-02-01", "changes": [{"kind": "MERGE", "unitId": "xa.tamduong.hophoa1", "targetId": "xa.tamduong.hophoa2"}]}""")
			.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/organizations/" + cell + "/details", MEMBER).statusCode()).isEqualTo(404);
		// the screen: the same rule; its forms need the session's CSRF token
		assertThat(http.get("/organization-tree?unit=" + cell, OTHER_COMMUNE).statusCode()).isEqualTo(404);
		HttpResponse<String> page = http.get("/organization-tree?unit=" + cell, ORGANIZING);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("xa.tamduong.hophoa1").doesNotContain("xa.hoangan");
		assertThat(send("POST", "/organization-tree/units/" + cell + "/rename", ORGANIZING, "name=X&effectiveDate=2026-02-01")
			.statusCode()).isEqualTo(403);

		assertThat(tree.find(cell).orElseThrow().name()).isEqualTo(name);
		assertThat(identity.createUserQuery().userId("p00003").memberOfGroup(cell + ".secretary").count()).isZero();
		assertThat(tree.version()).isEqualTo(version);
	}

	@Test
	void badInput_namesTheFieldInVietnamese_andChangesNothing() throws Exception {
		long version = tree.version();
		int people = members.personsOfCell("xa.tamduong.hophoa1").size();

		// an end before the unit began
		assertField(http.post("/api/organizations/xa.tamduong.hophoa1/merge", ORGANIZING,
				"{\"successorId\": \"xa.tamduong.hophoa2\", \"effectiveDate\": \"2025-06-30\"}"), 400, "effectiveDate");
		// a cycle: a committee moved under its own intermediate committee
		assertField(http.post("/api/organizations/xa.tamduong.agency1/move", ORGANIZING,
				"{\"newParentId\": \"xa.tamduong.agency1.office\", \"newId\": \"xa.tamduong.loop\", \"effectiveDate\": \"2026-02-01\"}"),
				400, "changes[0].targetId");
		// a cell with members ended without a successor
		HttpResponse<String> orphaning = http.post("/api/organizations/xa.tamduong.hophoa1/end", ORGANIZING,
				"{\"effectiveDate\": \"2026-02-01\"}");
		assertField(orphaning, 400, "changes[0].targetId");
		assertThat(orphaning.body()).contains("cần đơn vị kế tục");
		// a committee ended with units still below it
		assertField(http.post("/api/organizations/xa.tamduong.agency2/merge", ORGANIZING,
				"{\"successorId\": \"xa.tamduong.agency3\", \"effectiveDate\": \"2026-02-01\"}"), 400, "changes");
		assertField(http.post("/api/organizations", ORGANIZING, """
				{"id": "xa.tamduong.bad", "name": "X", "kind": "VILLAGE", "parentId": "xa.tamduong", "validFrom": "2026-01-05"}"""),
				400, "changes[0].unitKind");
		assertField(http.post("/api/organizations", ORGANIZING, """
				{"id": "xa.tamduong.hophoa1", "name": "X", "kind": "GRASSROOTS_CELL", "parentId": "xa.tamduong", "validFrom": "2026-01-05"}"""),
				400, "changes[0].unitId");
		assertField(http.post("/api/organizations", ORGANIZING, """
				{"id": "xa.tamduong.bad", "name": "X", "kind": "INTERMEDIATE_COMMITTEE", "parentId": "xa.tamduong", "validFrom": "2026-01-05"}"""),
				400, "changes[0].targetId");
		assertField(send("PUT", "/api/organizations/xa.tamduong.hophoa1/competent-committee", ORGANIZING,
				"{\"competentCommitteeId\": \"xa.tamduong.hophoa1\", \"decidingBody\": \"FULL_COMMITTEE\", \"effectiveDate\": \"2026-02-01\"}"),
				400, "competentCommitteeId");
		assertField(send("PUT", "/api/organizations/xa.tamduong.agency1/competent-committee", ORGANIZING,
				"{\"competentCommitteeId\": \"xa.hoangan\", \"effectiveDate\": \"2026-02-01\"}"), 400, "competentCommitteeId");
		assertField(send("PUT", "/api/organizations/xa.tamduong.hophoa1/name", ORGANIZING,
				"{\"name\": \"X\", \"effectiveDate\": \"2027-01-01\"}"), 400, "effectiveDate");
		assertField(send("PUT", "/api/organizations/xa.tamduong.hophoa1/bodies/standing/users/p00003", ORGANIZING, null), 400, "body");
		assertField(send("PUT", "/api/organizations/xa.tamduong.hophoa1/bodies/secretary/users/p00009", ORGANIZING, null), 400,
				"personId");
		assertThat(send("PUT", "/api/organizations/xa.tamduong.hophoa1/name", ORGANIZING,
				"{\"name\": \"X\", \"effectiveDate\": \"2026-02-01\", \"colour\": \"red\"}").statusCode()).isEqualTo(400);

		assertThat(tree.version()).isEqualTo(version);
		assertThat(tree.find("xa.tamduong.hophoa1").orElseThrow().validTo()).isNull();
		assertThat(members.personsOfCell("xa.tamduong.hophoa1")).hasSize(people);
		assertThat(tree.find("xa.tamduong.bad")).isEmpty();
	}

	@Test
	void moveMergeSplitAndEnd_keepHistory_andPeopleFollowTheirCells() throws Exception {
		String gr = "xa.tamduong.apigr";
		created(ORGANIZING, gr, "Đảng bộ Công ty Thử Nghiệm", "GRASSROOTS_COMMITTEE", "xa.tamduong");
		created(ORGANIZING, gr + ".c1", "Chi bộ Phân xưởng 1", "CELL", gr);
		created(ORGANIZING, gr + ".c2", "Chi bộ Phân xưởng 2", "CELL", gr);
		created(ORGANIZING, gr + ".c3", "Chi bộ Phân xưởng 3", "CELL", gr);
		official("api-tree-m1", gr + ".c1");
		official("api-tree-m2", gr + ".c2");

		// a grassroots committee delegated the power decides as its full committee
		assertThat(send("PUT", "/api/organizations/" + gr + "/competent-committee", ORGANIZING,
				"{\"competentCommitteeId\": \"%s\", \"decidingBody\": \"FULL_COMMITTEE\", \"effectiveDate\": \"2026-01-06\"}".formatted(gr))
			.statusCode()).isEqualTo(200);
		assertThat(tree.routingFor(gr + ".c1", LocalDate.of(2026, 1, 7)).standingCommitteeGroup()).isEqualTo(gr + ".committee");

		HttpResponse<String> moved = http.post("/api/organizations/" + gr + ".c2/move", ORGANIZING,
				"{\"newParentId\": \"xa.tamduong.agency2\", \"newId\": \"xa.tamduong.agency2.apic2\", \"effectiveDate\": \"2026-01-10\"}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		Organization old = tree.find(gr + ".c2").orElseThrow();
		assertThat(old.validTo()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(old.successorId()).isEqualTo("xa.tamduong.agency2.apic2");
		assertThat(members.findPerson("api-tree-m2").orElseThrow().cellId()).isEqualTo("xa.tamduong.agency2.apic2");

		assertThat(http.post("/api/organizations/" + gr + ".c1/merge", ORGANIZING,
				"{\"successorId\": \"%s.c3\", \"effectiveDate\": \"2026-01-12\"}".formatted(gr)).statusCode()).isEqualTo(200);
		assertThat(members.findPerson("api-tree-m1").orElseThrow().cellId()).isEqualTo(gr + ".c3");

		HttpResponse<String> split = http.post("/api/organizations/" + gr + "/split", ORGANIZING, """
				{"effectiveDate": "2026-02-01", "parts": [{"id": "%1$sa", "name": "Đảng bộ Công ty A"}, {"id": "%1$sb", "name": "Đảng bộ Công ty B"}],
				 "assignments": {"%1$s.c3": "%1$sb"}}""".formatted(gr));
		assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
		assertThat(tree.find(gr).orElseThrow().successorId()).isEqualTo(gr + "a");
		assertThat(tree.find(gr + "b.c3").orElseThrow().parentId()).isEqualTo(gr + "b");
		assertThat(members.findPerson("api-tree-m1").orElseThrow().cellId()).isEqualTo(gr + "b.c3");
		assertThat(members.journal("api-tree-m1")).hasSizeGreaterThanOrEqualTo(3);

		// the emptied part ends without a successor; history keeps every unit with its dates
		assertThat(http.post("/api/organizations/" + gr + "a/end", ORGANIZING, "{\"effectiveDate\": \"2026-02-15\"}").statusCode())
			.isEqualTo(200);
		assertThat(tree.find(gr + "a").orElseThrow().validTo()).isEqualTo(LocalDate.of(2026, 2, 15));
		assertThat(tree.find(gr + ".c1").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
	}

	@Test
	void aReformPlan_isPreviewedThenAppliedOnce() throws Exception {
		created(ORGANIZING, "xa.tamduong.apiplan1", "Chi bộ Đề án 1", "GRASSROOTS_CELL", "xa.tamduong");
		created(ORGANIZING, "xa.tamduong.apiplan2", "Chi bộ Đề án 2", "GRASSROOTS_CELL", "xa.tamduong");
		official("api-plan-o1", "xa.tamduong.apiplan1");
		HttpResponse<String> made = http.post("/api/reform-plans", ORGANIZING, """
				{"title": "Hợp nhất hai chi bộ", "effectiveDate": "2026-02-01",
				 "changes": [{"kind": "MERGE", "unitId": "xa.tamduong.apiplan1", "targetId": "xa.tamduong.apiplan2"}]}""");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String plan = "/api/reform-plans/" + json.readTree(made.body()).get("id").asText();

		assertThat(http.post(plan + "/apply", ORGANIZING, "").statusCode()).isEqualTo(409);
		assertThat(http.get(plan, OTHER_COMMUNE).statusCode()).isEqualTo(404);
		assertThat(http.post(plan + "/preview", SECRETARY, "").statusCode()).isEqualTo(404);
		JsonNode preview = json.readTree(http.post(plan + "/preview", ORGANIZING, "").body());
		assertThat(preview.get("applied").asBoolean()).isFalse();
		assertThat(preview.get("people").findValuesAsText("personId")).containsExactly("api-plan-o1");
		assertThat(members.findPerson("api-plan-o1").orElseThrow().cellId()).isEqualTo("xa.tamduong.apiplan1");

		assertThat(http.post(plan + "/apply", OTHER_COMMUNE, "").statusCode()).isEqualTo(404);
		assertThat(http.post(plan + "/apply", MEMBER, "").statusCode()).isEqualTo(404);
		assertThat(members.findPerson("api-plan-o1").orElseThrow().cellId()).isEqualTo("xa.tamduong.apiplan1");
		HttpResponse<String> applied = http.post(plan + "/apply", ORGANIZING, "");
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(members.findPerson("api-plan-o1").orElseThrow().cellId()).isEqualTo("xa.tamduong.apiplan2");
		assertField(http.post(plan + "/apply", ORGANIZING, ""), 409, "planId");
		assertThat(json.readTree(http.get(plan, ORGANIZING).body()).get("status").asText()).isEqualTo("APPLIED");
	}

	private void created(String credentials, String id, String name, String kind, String parent) {
		HttpResponse<String> r = http.post("/api/organizations", credentials, """
				{"id": "%s", "name": "%s", "kind": "%s", "parentId": "%s", "validFrom": "2026-01-05"}""".formatted(id, name, kind, parent));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
	}

	private void official(String id, String cellId) {
		members.register(new Person(id, "Nguyễn Văn Hòa", LocalDate.of(1980, 3, 3), "MALE", "Kinh", Education.HIGHER, "Công ty",
				"Thôn Mới", cellId, false), MemberStatus.OFFICIAL, LocalDate.of(2010, 5, 19),
				new Change(null, null, "test", "Official member", null));
	}

	private void assertField(HttpResponse<String> response, int status, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).contains(field);
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build());
	}

}
