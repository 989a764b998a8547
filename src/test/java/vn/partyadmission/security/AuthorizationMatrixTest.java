package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * Every role × every kind of resource × own unit / other unit, through the REST APIs as the
 * users call them. A case of the Hợp Hòa village cell (Tam Dương commune) is walked by its own
 * bodies; the same roles of Hoàng An commune must learn nothing of it. Zero leaks.
 */
@DemoTest
class AuthorizationMatrixTest {

	static final String CELL = "xa.tamduong.hophoa1";

	static final String PERSON = "p00010";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	MemberRegister members;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void everyRoleSeesItsOwnUnitsCasesTasksVariablesHistoryAndRecords_andNothingOfOtherUnits() throws Exception {
		String pi = startCase();
		walk(pi, "secretary.hophoa1:" + DemoTest.PASSWORD, "ReceiveApplication", "{\"applicationDate\":{\"value\":\"2026-01-05\"},\"personalHistoryDate\":{\"value\":\"2026-01-05\"}}");
		walk(pi, "secretary.hophoa1:" + DemoTest.PASSWORD, "VerifyBackground", "{\"backgroundVerified\":{\"value\":true},\"verificationConclusion\":{\"value\":\"Clear\"},\"verificationDate\":{\"value\":\"2026-01-10\"}}");
		walk(pi, "secretary.hophoa1:" + DemoTest.PASSWORD, "CollectComments", "{\"commentsSummary\":{\"value\":\"Agreed\"},\"commentsDate\":{\"value\":\"2026-01-12\"}}");
		// the base is the register's: every official member of the cell on the meeting day, all in favour
		int base = members.officialMembersOn("xa.tamduong.hophoa1", LocalDate.of(2026, 1, 15));
		walk(pi, "secretary.hophoa1:" + DemoTest.PASSWORD, "HoldCellMeeting", "{\"meetingDate\":{\"value\":\"2026-01-15\"},\"attendees\":{\"value\":" + base + "},\"votesFor\":{\"value\":" + base + "},\"votesAgainst\":{\"value\":0}}");
		String appraisal = taskId(pi, "organizing.tamduong:" + DemoTest.PASSWORD);

		List<String> leaks = new ArrayList<>();
		Map<String, Boolean> ownUnit = new LinkedHashMap<>();
		ownUnit.put("secretary.hophoa1", true);
		ownUnit.put("organizing.tamduong", true);
		ownUnit.put("standing.tamduong", true);
		ownUnit.put("admin", true);
		ownUnit.put("secretary.anhoa1", false);
		ownUnit.put("organizing.hoangan", false);
		ownUnit.put("standing.hoangan", false);
		ownUnit.put("committee.agency1", false);
		ownUnit.forEach((user, sees) -> {
			String as = user + ":" + DemoTest.PASSWORD;
			check(leaks, user, "case", sees, http.get("/engine-rest/process-instance/" + pi, as));
			check(leaks, user, "variables", sees, http.get("/engine-rest/process-instance/" + pi + "/variables", as));
			check(leaks, user, "history", sees, http.get("/engine-rest/history/process-instance/" + pi, as));
			check(leaks, user, "history tasks", sees,
					listed(http.get("/engine-rest/history/task?processInstanceId=" + pi, as)));
			check(leaks, user, "member record", sees, http.get("/api/members/" + PERSON, as));
			// the open task is the organizing commission's: only it (and administrators) may see it
			boolean seesTask = user.equals("organizing.tamduong") || user.equals("admin");
			check(leaks, user, "task", seesTask, http.get("/engine-rest/task/" + appraisal, as));
			check(leaks, user, "task variables", seesTask, http.get("/engine-rest/task/" + appraisal + "/variables", as));
			check(leaks, user, "task list", seesTask, listed(http.get("/engine-rest/task?processInstanceId=" + pi, as)));
		});

		// on to probation: the mentor sees their own task and nothing of another unit
		walk(pi, "organizing.tamduong:" + DemoTest.PASSWORD, "AppraiseByOrganizingCommission", "{\"appraisalOutcome\":{\"value\":\"FORWARD\"}}");
		walk(pi, "standing.tamduong:" + DemoTest.PASSWORD, "DecideAdmission", "{\"admissionDecision\":{\"value\":\"ADMIT\"},\"decisionNumber\":{\"value\":\"QĐ 7-QĐ/ĐU\"},\"decisionDate\":{\"value\":\"2026-02-20\"}}");
		walk(pi, "secretary.hophoa1:" + DemoTest.PASSWORD, "HoldAdmissionCeremony", "{\"ceremonyDate\":{\"value\":\"2026-02-27\"},\"mentorId\":{\"value\":\"p00003\"},\"oathTaken\":{\"value\":true}}");
		String probation = probationOf(pi);
		management.executeJob(management.createJobQuery().processInstanceId(probation).activityId("QuarterPassed").singleResult().getId());
		String note = taskId(probation, "p00003:" + DemoTest.PASSWORD);
		Map<String, Boolean> mentor = Map.of("p00003", true, "secretary.anhoa1", false, "standing.hoangan", false);
		mentor.forEach((user, sees) -> {
			check(leaks, user, "mentor's task", sees, http.get("/engine-rest/task/" + note, user + ":" + DemoTest.PASSWORD));
			check(leaks, user, "probation case", sees, http.get("/engine-rest/process-instance/" + probation, user + ":" + DemoTest.PASSWORD));
		});

		assertThat(leaks).as("allow/deny mismatches").isEmpty();
	}

	@Test
	void cockpitAndAdminAreForAdministratorsOnly() throws Exception {
		assertThat(authorizedApps("secretary.hophoa1")).contains("tasklist").doesNotContain("cockpit", "admin");
		assertThat(authorizedApps("standing.tamduong")).contains("tasklist").doesNotContain("cockpit", "admin");
		assertThat(authorizedApps("admin")).contains("tasklist", "cockpit", "admin");
	}

	@Test
	void cellSecretaryCannotOpenACaseForAnotherCellsPerson() {
		// p00020 is an outstanding candidate of the second Hợp Hòa village cell
		HttpResponse<String> refused = http.post("/engine-rest/process-definition/key/admission/start", "secretary.anhoa1:" + DemoTest.PASSWORD,
				startBody("p00020", "xa.tamduong.hophoa2", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("secretary-of-the-cell");
	}

	/** Passes when the outcome matches: 2xx when the user may see it, 403/404 (or an empty list) when not. */
	private void check(List<String> leaks, String user, String resource, boolean allowed, HttpResponse<String> response) {
		int status = response.statusCode();
		boolean saw = status == 200 && !response.body().equals("[]");
		boolean deniedCleanly = status == 403 || status == 404 || status == 200 && response.body().equals("[]");
		if (allowed ? !saw : !deniedCleanly || response.body().contains(PERSON)) {
			leaks.add(user + " / " + resource + ": expected " + (allowed ? "allow" : "deny") + ", got " + status + " "
					+ response.body().substring(0, Math.min(120, response.body().length())));
		}
	}

	private static HttpResponse<String> listed(HttpResponse<String> response) {
		return response;
	}

	private String startCase() throws Exception {
		HttpResponse<String> started = http.post("/engine-rest/process-definition/key/admission/start",
				"secretary.hophoa1:" + DemoTest.PASSWORD, startBody(PERSON, CELL,
						",\"certificateNumber\":{\"value\":\"CN-4/2025\"},\"certificateDate\":{\"value\":\"2025-10-01\"}"));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		return json.readTree(started.body()).get("id").asText();
	}

	private static String startBody(String person, String cell, String moreVariables) {
		return "{\"variables\":{\"personId\":{\"value\":\"" + person + "\"},\"cellId\":{\"value\":\"" + cell + "\"},"
				+ "\"introductionPath\":{\"value\":\"TWO_MEMBERS\"},"
				+ "\"introducer1Id\":{\"value\":\"p00001\"},\"introducer1Relation\":{\"value\":\"WORK\"},\"introducer1Since\":{\"value\":\"2020-01-01\"},"
				+ "\"introducer2Id\":{\"value\":\"p00002\"},\"introducer2Relation\":{\"value\":\"RESIDENCE\"},\"introducer2Since\":{\"value\":\"2020-01-01\"}"
				+ moreVariables + "}}";
	}

	private void walk(String processInstanceId, String as, String activity, String variables) throws Exception {
		JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + processInstanceId, as).body());
		assertThat(tasks).as("tasks of %s", as).hasSize(1);
		assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(activity);
		HttpResponse<String> done = http.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", as,
				"{\"variables\":" + variables + "}");
		assertThat(done.statusCode()).as(activity + ": " + done.body()).isEqualTo(204);
	}

	private String taskId(String processInstanceId, String as) throws Exception {
		JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + processInstanceId, as).body());
		assertThat(tasks).as("tasks of %s", as).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	private String probationOf(String processInstanceId) throws Exception {
		JsonNode instances = json.readTree(http.get("/engine-rest/process-instance?superProcessInstance=" + processInstanceId,
				"admin:" + DemoTest.PASSWORD).body());
		return instances.get(0).get("id").asText();
	}

	/** Signs in through the login form as a browser does and asks the webapps which apps the user may open. */
	private String authorizedApps(String user) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = browser.send(HttpRequest.newBuilder(http.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(http.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + DemoTest.PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		// opening Tasklist hands the signed-in user to the webapps, as in a browser
		browser.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/default/")).build(),
				HttpResponse.BodyHandlers.ofString());
		URI me = http.uri("/camunda/api/admin/auth/user/default");
		return browser.send(HttpRequest.newBuilder(me).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
