package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.PostgresHttpTest;
import vn.partyadmission.support.TestClockConfiguration;

/**
 * Two members of one cell committee work the same task at the same moment, over HTTP on PostgreSQL:
 * exactly one claim and one completion win, the other user gets 409 with a message Tasklist shows,
 * and the member journal has the step once. Many parallel requests to open a case for one person
 * open exactly one (a unique index decides) and the others get 409, never 500.
 */
@PostgresHttpTest
class ConcurrentUsersOnPostgresTest {

	static final Logger log = LoggerFactory.getLogger(ConcurrentUsersOnPostgresTest.class);

	static final int ROUNDS = 50;

	static final String PASSWORD = "Concurrent-Users-pw1";

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

	final ObjectMapper json = new ObjectMapper();

	Http http;

	Fixture.Units u;

	String alice;

	String bob;

	ExecutorService pool;

	@BeforeEach
	void twoSecretariesOfOneCell() {
		http = new Http(port);
		u = fixture.create();
		alice = secretary("alice");
		bob = secretary("bob");
		pool = Executors.newFixedThreadPool(8);
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void twoUsersClaimAndCompleteTheSameTask_oneWins_theOtherGets409_andTheJournalHasOneEntry() throws Exception {
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			String person = u.id("r" + round);
			fixture.candidate(person, "Nguyễn Thị Thu Hường", LocalDate.of(2000, 1, 15), u.cell);
			String task = firstTask(cases.start(u.startValues(person, u.cell, u.id("o1"), u.id("o2"))));

			List<HttpResponse<String>> claims = race(2, i -> http.post("/engine-rest/task/" + task + "/claim",
					credentials(i == 0 ? alice : bob), "{\"userId\": \"" + (i == 0 ? alice : bob) + "\"}"));
			assertOneWinsOthersConflict(claims, 204, outcomes, "claim");
			String assignee = tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
			assertThat(assignee).isIn(alice, bob);

			String certificate = """
					{"variables": {"certificateNumber": {"value": "CN-%d"}, "certificateDate": {"value": "%s"}}}"""
				.formatted(round, TestClockConfiguration.TODAY.minusMonths(2));
			List<HttpResponse<String>> completions = race(2, i -> http.post("/engine-rest/task/" + task + "/complete",
					credentials(i == 0 ? alice : bob), certificate));
			assertOneWinsOthersConflict(completions, 204, outcomes, "complete");
			assertThat(journal(person, "Hoàn thành lớp bồi dưỡng nhận thức về Đảng")).as("journal lines of round %d", round).isEqualTo(1);
		}
		log.info("concurrent task work, {} rounds of two users claiming and completing one task: {}", ROUNDS, outcomes);
		assertThat(outcomes).containsEntry("claim 204", ROUNDS).containsEntry("complete 204", ROUNDS);
	}

	@Test
	void manyParallelRequestsToOpenACaseForOnePerson_openOne_theOthersGet409() throws Exception {
		int persons = 5;
		int parallel = 8;
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int p = 0; p < persons; p++) {
			String person = u.id("par" + p);
			fixture.candidate(person, "Trần Văn Đức", LocalDate.of(1999, 5, 5), u.cell);
			String body = """
					{"personId": "%s", "cellId": "%s", "introductionPath": "TWO_MEMBERS",
					 "introducers": [{"personId": "%s", "relation": "WORK", "since": "2019-01-01"},
					                 {"personId": "%s", "relation": "RESIDENCE", "since": "2019-01-01"}]}"""
				.formatted(person, u.cell, u.id("o1"), u.id("o2"));
			List<HttpResponse<String>> answers = race(parallel, i -> http.post("/api/cases", credentials(i % 2 == 0 ? alice : bob), body));
			assertOneWinsOthersConflict(answers, 201, outcomes, "open");
			for (HttpResponse<String> answer : answers) {
				if (answer.statusCode() == 409) {
					assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
					assertThat(answer.body()).contains("\"rule\":\"one-open-case\"").contains("\"field\":\"personId\"");
				}
			}
			assertThat(jdbc.sql("select count(*) from admission_case where person_id = ?").param(person).query(Long.class)
				.single()).isEqualTo(1);
			assertThat(journal(person, "Chi bộ mở hồ sơ kết nạp")).isEqualTo(1);
		}
		log.info("parallel case opening, {} persons x {} requests: {}", persons, parallel, outcomes);
	}

	@Test
	void tasklistShowsWhyTheTaskCouldNotBeCompleted() throws Exception {
		String person = u.id("tl");
		fixture.candidate(person, "Lê Ngọc Ánh", LocalDate.of(1998, 8, 20), u.cell);
		String task = firstTask(cases.start(u.startValues(person, u.cell, u.id("o1"), u.id("o2"))));
		String values = """
				{"variables": {"certificateNumber": {"value": "CN-1"}, "certificateDate": {"value": "%s"}}}"""
			.formatted(TestClockConfiguration.TODAY.minusMonths(2));
		assertThat(http.post("/engine-rest/task/" + task + "/complete", credentials(alice), values).statusCode()).isEqualTo(204);

		// Bob's Tasklist still shows the form and submits it: the webapp API Tasklist calls, its session and CSRF token
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/default/")).header("Authorization", basic(bob)).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst().orElseThrow().getValue();
		HttpResponse<String> submitted = browser.send(HttpRequest
			.newBuilder(http.uri("/camunda/api/engine/engine/default/task/" + task + "/submit-form"))
			.header("Authorization", basic(bob))
			.header("X-XSRF-TOKEN", csrf)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(values))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(409);
		JsonNode error = json.readTree(submitted.body());
		assertThat(error.get("type").asText()).isEqualTo("TaskConflict");
		assertThat(error.get("message").asText())
			.startsWith("Công việc “").endsWith("” không còn mở: đã có người khác hoàn thành trước. Những gì đồng chí vừa nhập"
					+ " chưa được lưu; đề nghị tải lại danh sách công việc.");
		assertThat(journal(person, "Hoàn thành lớp bồi dưỡng nhận thức về Đảng")).isEqualTo(1);

		// an id no task ever had is not a conflict, and not a server error
		HttpResponse<String> unknown = http.post("/engine-rest/task/no-such-task/complete", credentials(alice), values);
		assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
	}

	/** Runs the requests in parallel threads released at the same instant by a barrier. */
	private List<HttpResponse<String>> race(int parties, Function<Integer, HttpResponse<String>> request) throws Exception {
		CyclicBarrier start = new CyclicBarrier(parties);
		List<Future<HttpResponse<String>>> futures = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			int party = i;
			Callable<HttpResponse<String>> call = () -> {
				start.await(10, TimeUnit.SECONDS);
				return request.apply(party);
			};
			futures.add(pool.submit(call));
		}
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Future<HttpResponse<String>> future : futures) {
			answers.add(future.get(60, TimeUnit.SECONDS));
		}
		return answers;
	}

	private void assertOneWinsOthersConflict(List<HttpResponse<String>> answers, int success, Map<String, Integer> outcomes,
			String what) {
		for (HttpResponse<String> answer : answers) {
			outcomes.merge(what + " " + answer.statusCode(), 1, Integer::sum);
			if (answer.statusCode() == 409 && answer.body().contains("\"type\":\"TaskConflict\"")) {
				outcomes.merge(what + " 409 " + (answer.body().contains("cùng lúc") ? "concurrent"
						: answer.body().contains("đã được") && answer.body().contains("nhận làm") ? "claimed" : "completed"), 1, Integer::sum);
			}
		}
		assertThat(answers).extracting(HttpResponse::statusCode).as(answers.stream().map(HttpResponse::body).toList().toString())
			.containsOnlyOnce(success)
			.filteredOn(status -> status != success)
			.containsOnly(409);
	}

	private String firstTask(AdmissionCase opened) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(opened.id()).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("RecordAwarenessCertificate");
		return task.getId();
	}

	private long journal(String person, String change) {
		return jdbc.sql("select count(*) from member_journal where person_id = ? and change like ?")
			.params(person, change + "%")
			.query(Long.class)
			.single();
	}

	private String secretary(String name) {
		String id = name + "-" + u.prefix;
		User user = identity.newUser(id);
		user.setPassword(PASSWORD);
		user.setEmail(id + "@party-admission.invalid");
		identity.saveUser(user);
		identity.createMembership(id, Groups.cellSecretary(u.cell));
		return id;
	}

	private static String credentials(String user) {
		return user + ":" + PASSWORD;
	}

	private static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials(user).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
