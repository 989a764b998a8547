package vn.partyadmission.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.support.DemoTest;
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
		assertThat(get("/engine-rest/task", "organizing.hoangan:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void failedLoginDelaysTheNextAttempt_evenWithTheRightPassword() throws Exception {
		// Camunda's identity service locks the user for a growing delay after each failure
		assertThat(get("/engine-rest/task", "committee.agency1office:wrong").statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/task", "committee.agency1office:" + DemoTest.PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void caseStartedByACellSecretary_isSeenByThatCellOnly() throws Exception {
		// p00009 is an outstanding candidate of the first village cell of Hợp Hòa, now xa.tamduong.hophoa1
		String start = """
				{"variables": {
				  "personId": {"value": "p00009"}, "cellId": {"value": "xa.tamduong.hophoa1"},
				  "introductionPath": {"value": "TWO_MEMBERS"},
				  "introducer1Id": {"value": "p00001"}, "introducer1Relation": {"value": "WORK"}, "introducer1Since": {"value": "2020-01-01"},
				  "introducer2Id": {"value": "p00002"}, "introducer2Relation": {"value": "RESIDENCE"}, "introducer2Since": {"value": "2020-01-01"}
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
