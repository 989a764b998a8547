package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.PostgresHttpTest;
import vn.partyadmission.support.WebSession;

/**
 * Camunda's REST API attacked as ordinary users would, on PostgreSQL: the secretary who works the
 * case's task, the secretary of another cell and a plain member of the cell each try to forge a step
 * (variables outside the form, variables set without a form, starting in the middle, modifying,
 * signalling) and to count other units' cases. Every attack is refused with its 4xx, and the case's
 * variables, tasks and row, the journal and the running instances are as before.
 */
@PostgresHttpTest
class HostileWorkersOnPostgresTest {

	static final String PASSWORD = "Hostile-Worker-2026";

	static final AtomicInteger TRIED = new AtomicInteger();

	static final List<String> SUCCEEDED = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	Fixture fixture;

	@Autowired
	AdmissionCases cases;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	Http http;

	Fixture.Units u;

	/** Works the case: a candidate (her cell's committee) of its task. */
	String assignee;

	String otherUnit;

	String member;

	String admin;

	@BeforeEach
	void users() {
		http = new Http(port);
		u = fixture.create();
		assignee = user("sec", vn.partyadmission.organization.Groups.cellSecretary(u.cell));
		otherUnit = user("oth", vn.partyadmission.organization.Groups.cellSecretary(u.otherCell));
		member = user("mem", vn.partyadmission.organization.Groups.cellMembers(u.cell));
		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			identity.saveGroup(identity.newGroup(Groups.CAMUNDA_ADMIN));
		}
		admin = user("adm", Groups.CAMUNDA_ADMIN);
	}

	@AfterAll
	static void tally() {
		System.out.println("attacks tried: " + TRIED.get() + ", succeeded: " + SUCCEEDED.size());
		SUCCEEDED.forEach(s -> System.out.println("  succeeded: " + s));
	}

	@Test
	void aTaskTakesOnlyTheFieldsOfItsOwnForm_anyOtherVariableIs400NamingIt_nothingWritten() {
		Task task = newTask();
		String valid = "\"certificateNumber\": {\"value\": \"CN-9\"}, \"certificateDate\": {\"value\": \"2026-01-05\"}";
		for (String forged : List.of("organizingCommissionGroup", "hasIntermediateCommittee", "cellVoteOutcome", "caseId")) {
			for (String action : List.of("complete", "submit-form", "resolve")) {
				String body = "{\"variables\": {" + valid + ", \"" + forged + "\": {\"value\": \"xa.khac.secretary\"}}}";
				HttpResponse<String> own = attack(task, "POST", "/engine-rest/task/" + task.getId() + "/" + action, assignee, body);
				assertThat(own.statusCode()).as(own.body()).isEqualTo(400);
				assertThat(own.body()).contains("variables." + forged);
				attack(task, "POST", "/engine-rest/task/" + task.getId() + "/" + action, otherUnit, body);
				attack(task, "POST", "/engine-rest/task/" + task.getId() + "/" + action, member, body);
			}
		}
		// the form's own fields still complete the task
		HttpResponse<String> done = send("POST", "/engine-rest/task/" + task.getId() + "/complete", assignee,
				"{\"variables\": {" + valid + "}}", null);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		assertThat(SUCCEEDED).isEmpty();
	}

	@Test
	void variablesOutsideAForm_modificationsAndInstanceRoutes_areForAdministratorsOnly_403() {
		Task task = newTask();
		String pi = task.getProcessInstanceId();
		String value = "{\"value\": \"xa.khac.secretary\", \"type\": \"String\"}";
		String modifications = "{\"modifications\": {\"organizingCommissionGroup\": " + value + "}}";
		List<String[]> routes = List.of(
				new String[] { "POST", "/engine-rest/task/" + task.getId() + "/variables", modifications },
				new String[] { "POST", "/engine-rest/task/" + task.getId() + "/localVariables", modifications },
				new String[] { "PUT", "/engine-rest/task/" + task.getId() + "/variables/standingCommitteeGroup", value },
				new String[] { "PUT", "/engine-rest/task/" + task.getId() + "/localVariables/x", value },
				new String[] { "DELETE", "/engine-rest/task/" + task.getId() + "/variables/caseId", null },
				new String[] { "POST", "/engine-rest/process-instance/" + pi + "/variables", modifications },
				new String[] { "PUT", "/engine-rest/process-instance/" + pi + "/variables/x", value },
				new String[] { "DELETE", "/engine-rest/process-instance/" + pi + "/variables/personId", null },
				new String[] { "PUT", "/engine-rest/execution/" + pi + "/localVariables/x", value },
				new String[] { "POST", "/engine-rest/execution/" + pi + "/localVariables", modifications },
				new String[] { "POST", "/engine-rest/process-instance/" + pi + "/modification",
						"{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"DecideAdmission\"}]}" },
				new String[] { "PUT", "/engine-rest/process-instance/" + pi + "/suspended", "{\"suspended\": true}" },
				new String[] { "DELETE", "/engine-rest/process-instance/" + pi, null },
				new String[] { "POST", "/engine-rest/process-definition/" + task.getProcessDefinitionId() + "/restart",
						"{\"processInstanceIds\": [\"" + pi + "\"], \"instructions\": [{\"type\": \"startBeforeActivity\","
								+ " \"activityId\": \"DecideAdmission\"}]}" },
				new String[] { "POST", "/engine-rest/migration/execute", "{\"migrationPlan\": {}, \"processInstanceIds\": [\"" + pi + "\"]}" },
				new String[] { "POST", "/engine-rest/message", "{\"messageName\": \"x\", \"processInstanceId\": \"" + pi
						+ "\", \"processVariables\": {\"organizingCommissionGroup\": " + value + "}}" },
				new String[] { "POST", "/engine-rest/signal", "{\"name\": \"x\", \"variables\": {\"a\": " + value + "}}" },
				new String[] { "POST", "/engine-rest/condition", "{\"variables\": {\"a\": " + value + "}}" },
				new String[] { "POST", "/engine-rest/task/create", "{\"name\": \"forged\", \"candidateGroups\": []}" },
				new String[] { "PUT", "/engine-rest/task/" + task.getId(), "{\"name\": \"forged\", \"assignee\": \"x\"}" },
				new String[] { "POST", "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\": \"x\"}" },
				new String[] { "POST", "/engine-rest/task/" + task.getId() + "/delegate", "{\"userId\": \"x\"}" },
				new String[] { "POST", "/engine-rest/task/" + task.getId() + "/identity-links", "{\"groupId\": \"x\", \"type\": \"candidate\"}" },
				new String[] { "POST", "/engine-rest/job/suspended", "{\"suspended\": true, \"processInstanceId\": \"" + pi + "\"}" },
				new String[] { "POST", "/engine-rest/process-instance/delete", "{\"processInstanceIds\": [\"" + pi + "\"]}" });
		for (String[] route : routes) {
			for (String user : List.of(assignee, otherUnit, member)) {
				HttpResponse<String> refused = attack(task, route[0], route[1], user, route[2]);
				assertThat(refused.statusCode()).as(route[0] + " " + route[1] + " " + refused.body()).isEqualTo(403);
				assertThat(refused.body()).contains("Bạn không có quyền thực hiện thao tác này.");
			}
		}
		assertThat(SUCCEEDED).isEmpty();
	}

	@Test
	void startingInTheMiddleOrSkippingListeners_isRefused4xx_never500_andAStartTakesOnlyTheStartFormsFields() {
		Task task = newTask();
		String person = candidate();
		String start = "\"personId\": {\"value\": \"" + person + "\"}, \"cellId\": {\"value\": \"" + u.cell + "\"}";
		for (String extra : List.of(", \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"DecideAdmission\"}]",
				", \"skipCustomListeners\": true", ", \"skipIoMappings\": true")) {
			for (String user : List.of(assignee, otherUnit, member)) {
				HttpResponse<String> refused = attack(task, "POST", "/engine-rest/process-definition/key/admission/start", user,
						"{\"variables\": {" + start + "}" + extra + "}");
				assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
			}
		}
		for (String user : List.of(assignee, otherUnit, member)) {
			HttpResponse<String> refused = attack(task, "POST", "/engine-rest/process-definition/key/admission/submit-form", user,
					"{\"variables\": {" + start + ", \"standingCommitteeGroup\": {\"value\": \"xa.khac.standing\"}}}");
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.body()).contains("variables.standingCommitteeGroup");
		}
		assertThat(SUCCEEDED).isEmpty();
	}

	@Test
	void countsAcrossUnits_areForAdministratorsOnly_alsoThroughTheWebappsCopy() {
		Task task = newTask();
		for (String path : List.of("/engine-rest/process-definition/statistics",
				"/engine-rest/process-definition/" + task.getProcessDefinitionId() + "/statistics",
				"/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/metrics",
				"/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month",
				"/engine-rest/history/process-definition/" + task.getProcessDefinitionId() + "/statistics",
				"/engine-rest/history/process-definition/cleanable-process-instance-report",
				"/engine-rest/task/report/candidate-group-count")) {
			for (String user : List.of(assignee, otherUnit, member)) {
				assertThat(attack(task, "GET", path, user, null).statusCode()).as(path).isEqualTo(403);
			}
		}
		HttpResponse<String> asAdmin = send("GET", "/engine-rest/process-definition/statistics", admin, null, null);
		assertThat(asAdmin.statusCode()).as(asAdmin.body()).isEqualTo(200);

		WebSession browser = new WebSession();
		browser.signIn(http, assignee, PASSWORD);
		TRIED.incrementAndGet();
		HttpResponse<String> webapp = browser.get(http, "/camunda/api/engine/engine/default/process-definition/statistics");
		assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
		TRIED.incrementAndGet();
		HttpResponse<String> cockpit = browser.get(http, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
		assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
		assertThat(SUCCEEDED).isEmpty();
	}

	@Test
	void refusalsNameNoPermissionClassOrPath_inVietnameseOrEnglish() {
		Task task = newTask();
		// the engine's own refusal: another unit reads the case's variables
		HttpResponse<String> engine = attack(task, "GET", "/engine-rest/process-instance/" + task.getProcessInstanceId()
				+ "/variables", otherUnit, null);
		assertThat(engine.statusCode()).isIn(403, 404);
		assertThat(engine.body()).doesNotContain("PROCESS_INSTANCE", "READ", "missingAuthorizations", task.getProcessInstanceId());
		HttpResponse<String> english = send("PUT", "/engine-rest/process-instance/" + task.getProcessInstanceId()
				+ "/variables/x", member, "{\"value\": 1}", "en-US,en;q=0.9,vi;q=0.5");
		assertThat(english.body()).contains("You are not allowed to do this.").contains("\"type\":\"AuthorizationException\"");
		HttpResponse<String> array = attack(task, "POST", "/api/cases", assignee, "[]");
		assertThat(array.statusCode()).isEqualTo(400);
		assertThat(array.body()).doesNotContain("$", "OpenCase", "vn.partyadmission");
		HttpResponse<String> malformed = attack(task, "POST", "/engine-rest/task/" + task.getId() + "/complete", assignee,
				"{\"variables\": []}");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).doesNotContain("java.", "org.camunda");
		assertThat(SUCCEEDED).isEmpty();
	}

	/** Sends the attack and records it as succeeded if it was not refused or changed what the case holds. */
	private HttpResponse<String> attack(Task task, String method, String path, String user, String body) {
		String before = state(task.getProcessInstanceId());
		HttpResponse<String> response = send(method, path, user, body, null);
		TRIED.incrementAndGet();
		String after = state(task.getProcessInstanceId());
		if (response.statusCode() < 400 || response.statusCode() >= 500 || !before.equals(after)) {
			SUCCEEDED.add(user + " " + method + " " + path + " -> " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	/** The case's variables, tasks and row, the journal and the running instances. */
	private String state(String processInstanceId) {
		return jdbc.sql("select name_ || '=' || coalesce(text_, '') || '/' || coalesce(cast(long_ as varchar), '') from act_ru_variable"
				+ " where proc_inst_id_ = ? order by name_").param(processInstanceId).query(String.class).list()
				+ " " + jdbc.sql("select id_ || ':' || task_def_key_ || ':' || coalesce(assignee_, '') || ':' || coalesce(name_, '')"
						+ " from act_ru_task order by id_").query(String.class).list().hashCode()
				+ " " + jdbc.sql("select count(*) from act_ru_task").query(Long.class).single()
				+ " " + jdbc.sql("select cast(a as varchar) from admission_case a where process_instance_id = ?").param(processInstanceId)
					.query(String.class).list()
				+ " " + jdbc.sql("select count(*) from member_journal").query(Long.class).single()
				+ " " + jdbc.sql("select count(*) from admission_case").query(Long.class).single()
				+ " " + jdbc.sql("select count(*) from act_ru_execution").query(Long.class).single()
				+ " " + jdbc.sql("select count(*) from act_ru_variable").query(Long.class).single();
	}

	private HttpResponse<String> send(String method, String path, String user, String body, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
				.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build());
	}

	private String candidate() {
		String id = u.id("c" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
		fixture.candidate(id, "Nguyễn Thị Thu Hường", LocalDate.of(2000, 1, 15), u.cell);
		return id;
	}

	private Task newTask() {
		String caseId = cases.start(u.startValues(candidate(), u.cell, u.id("o1"), u.id("o2"))).id();
		return tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
	}

	private String user(String name, String group) {
		String id = name + "-" + u.prefix;
		User user = identity.newUser(id);
		user.setPassword(PASSWORD);
		user.setEmail(id + "@party-admission.invalid");
		identity.saveUser(user);
		identity.createMembership(id, group);
		return id;
	}

}
