package vn.partyadmission.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.TestClockConfiguration;
import vn.partyadmission.support.Http;


/**
 * The application as the README runs it (demo profile, H2): the Tam Dương tree of the seed
 * article and its 2025 reform are loaded, the login page answers, the REST API needs a login and a
 * cell's case is visible to that cell only.
 */
@DemoTest
class DemoApplicationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationTree tree;

	@Autowired
	IdentityService identity;

	@Autowired
	MemberRegister members;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void districtHas48GrassrootsOrganizations_asInTheSeedArticle() {
		assertThat(count("select count(*) from organization where parent_id = 'td' and kind = 'GRASSROOTS_COMMITTEE'"))
			.isEqualTo(16);
		assertThat(count("select count(*) from organization where parent_id = 'td' and kind = 'GRASSROOTS_CELL'"))
			.isEqualTo(32);
	}

	@Test
	void afterThe2025Reform_noOneIsLeftInADissolvedUnit_andCommunesDecideAdmissions() {
		assertThat(count("select count(*) from organization where id like 'td%' and (valid_to <> date '2025-07-01' or successor_id is null)"))
			.isZero();
		assertThat(count("select count(*) from person p join organization o on o.id = p.cell_id where o.valid_to is not null"))
			.isZero();
		assertThat(count("select count(*) from organization where kind = 'COMMUNE_COMMITTEE' and competent_committee_id = id and parent_id = 'phutho'"))
			.isEqualTo(4);
	}

	@Test
	void everyBodyACaseOfADemoCellCanGoTo_andEveryMentor_hasALogin() throws Exception {
		for (String cell : new String[] { "xa.tamduong.hophoa1", "xa.hoangan.anhoa1", "xa.tamduong.agency1.office.c1",
				// where DemoReports opens its sample cases
				"xa.tamduong.kimlong1", "xa.hoangan.hoangdan1", "xa.hoithinh.duyphien1", "xa.tamduongbac.dongtinh1" }) {
			CaseRouting route = tree.routingFor(cell, TestClockConfiguration.TODAY);
			route.asVariables().forEach((name, value) -> {
				if (name.endsWith("Group") && value instanceof String group) {
					assertThat(identity.createUserQuery().memberOfGroup(group).count()).as(cell + " " + name + " " + group).isPositive();
				}
			});
		}
		// the mentors of the short path and of the intermediate-committee path sign in with their person id
		assertThat(identity.createUserQuery().userIdIn("p00003", "p00432").count()).isEqualTo(2);
		assertThat(identity.createUserQuery().userId("p00432").memberOfGroup("xa.tamduong.agency1.office.c1.members").count())
			.isEqualTo(1);
		assertThat(members.findPerson("p00432").orElseThrow().cellId()).isEqualTo("xa.tamduong.agency1.office.c1");

		JsonNode staffed = new ObjectMapper().readTree(get("/actuator/health", "admin:" + DemoTest.PASSWORD).body())
			.path("components").path("staffedBodies");
		assertThat(staffed.path("status").asText()).as(staffed.toString()).isEqualTo("UP");
		for (String detail : new String[] { "taskGroupsWithoutMembers", "routeGroupsWithoutMembers", "assigneesWithoutLogin" }) {
			assertThat(staffed.path("details").path(detail).isArray()).as(staffed.toString()).isTrue();
			assertThat(staffed.path("details").path(detail).size()).as(detail + ": " + staffed).isZero();
		}
	}

	@Test
	void loginPageAnswers_andTasklistNeedsALogin() {
		assertThat(get("/login", null).statusCode()).isEqualTo(200);
		HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/default/"))
			.header("Accept", "text/html").build());
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void migrateToCamunda8BannerIsSwitchedOffInEveryWebapp() {
		for (String app : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			assertThat(get("/camunda/app/" + app + "/styles/user-styles.css", "admin:" + DemoTest.PASSWORD).body())
				.as(app).contains(".ce-eol-banner").contains("display: none");
		}
	}

	@Test
	void restApiRefusesAnonymousCallsAndWrongPasswords() throws Exception {
		assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/task", "standing.tamduong:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		// a user no other test signs in as: a wrong password holds the user off for a few seconds
		assertThat(get("/engine-rest/task", "standing.phutho:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void failedLoginDelaysTheNextAttempt_evenWithTheRightPassword() throws Exception {
		// Camunda's identity service locks the user for a growing delay after each failure
		assertThat(get("/engine-rest/task", "committee.agency1office:wrong").statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/task", "committee.agency1office:" + DemoTest.PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void caseStartedByACellSecretary_isSeenByThatCellOnly() throws Exception {
		// p00009 is an outstanding candidate of the first village cell of Hợp Hòa, now xa.tamduong.hophoa1,
		// and a Youth Union member of youth age: the Youth Union and one official member introduce her
		String start = """
				{"variables": {
				  "personId": {"value": "p00009"}, "cellId": {"value": "xa.tamduong.hophoa1"},
				  "introductionPath": {"value": "YOUTH_UNION"}, "unionResolutionNumber": {"value": "05-NQ/ĐTN"},
				  "introducer1Id": {"value": "p00001"}, "introducer1Relation": {"value": "WORK"}, "introducer1Since": {"value": "2020-01-01"}
				}}""";
		HttpResponse<String> started = post("/engine-rest/process-definition/key/admission/start", "secretary.hophoa1:" + DemoTest.PASSWORD, start);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

		String mine = get("/engine-rest/task?processVariables=personId_eq_p00009", "secretary.hophoa1:" + DemoTest.PASSWORD).body();
		String theirs = get("/engine-rest/task?processVariables=personId_eq_p00009", "secretary.anhoa1:" + DemoTest.PASSWORD).body();
		assertThat(mine).contains("RecordAwarenessCertificate");
		assertThat(theirs).isEqualTo("[]");
	}

	@Test
	void refusedStartOverRest_is400NamingTheFieldAndRule_andCreatesNothing() throws Exception {
		long before = count("select count(*) from admission_case");
		String start = """
				{"variables": {
				  "personId": {"value": "p00010"}, "cellId": {"value": "xa.tamduong.hophoa1"},
				  "introductionPath": {"value": "TWO_MEMBERS"},
				  "introducer1Id": {"value": "p00001"}, "introducer1Relation": {"value": "WORK"}, "introducer1Since": {"value": "2026-01-01"}
				}}""";
		HttpResponse<String> refused = post("/engine-rest/process-definition/key/admission/start", "secretary.hophoa1:" + DemoTest.PASSWORD, start);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"introducer2Id\"").contains("introducer-12-months");
		assertThat(count("select count(*) from admission_case")).isEqualTo(before);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<String> get(String path, String credentials) {
		return http.get(path, credentials);
	}

	private HttpResponse<String> post(String path, String credentials, String json) {
		return http.post(path, credentials, json);
	}

}
