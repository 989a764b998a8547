package vn.partyadmission.operations;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.partyadmission.support.Http;
import vn.partyadmission.support.DemoTest;

/**
 * Cases of the demo's Hợp Hòa village cell driven through the HTTP API, as the cell's secretary
 * (start) and an administrator (every task) would: the candidates are imported first, then each
 * case is opened and its open tasks are completed one by one until the admission process and the
 * probation it calls have ended. Every date lies in the past, so each timer (quarters, end of
 * probation, missed deadlines) is due at once and the job executor fires it while the load runs.
 * One in four cases is refused by the standing committee; the others end with recognition.
 */
final class CaseLoad {

	static final String CELL = "xa.tamduong.hophoa1";

	static final String ADMIN = "admin:" + DemoTest.PASSWORD;

	static final String SECRETARY = "secretary.hophoa1:" + DemoTest.PASSWORD;

	/** The last date the load enters: the run must be on or after it (every date is in the past). */
	static final LocalDate LATEST_DATE = LocalDate.of(2026, 10, 1);

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One candidate and, once its start was answered or found in the database, its case. */
	static final class Candidate {

		final String personId;

		final boolean rejected;

		volatile String caseId;

		volatile boolean ended;

		/**
		 * Every date of the load is past, so the end of probation is due when probation starts and
		 * usually passes before the course is recorded: such a probation can only end in removal.
		 */
		volatile boolean removal;

		/** Steps taken so far, and after how many the load leaves the case where it is. */
		volatile int steps;

		volatile int stopAfter = Integer.MAX_VALUE;

		Candidate(String personId, boolean rejected) {
			this.personId = personId;
			this.rejected = rejected;
		}

	}

	final List<Candidate> candidates = new ArrayList<>();

	/** Requests answered and acted on (a start or a task completion). */
	final AtomicInteger actions = new AtomicInteger();

	/** Requests that got no answer or a server error while the node was being killed. */
	final AtomicInteger lostRequests = new AtomicInteger();

	/** Anything unexpected while the node was up: the test fails on it. */
	final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

	/** Set just before the node is killed: from then on a failed request is expected and counted. */
	final AtomicBoolean killing = new AtomicBoolean();

	CaseLoad(String prefix, int count) {
		for (int i = 1; i <= count; i++) {
			candidates.add(new Candidate(String.format("%s-%03d", prefix, i), i % 4 == 0));
		}
	}

	/**
	 * The cell's official members on a meeting date, from the members API: the base the register
	 * gives that meeting (an official member counts from the day the status began).
	 */
	static int officialsOn(Http http, String date) {
		int count = 0;
		for (int page = 0;; page++) {
			JsonNode members = read(expect(http.get("/api/members?unit=" + CELL + "&status=OFFICIAL&size=200&page=" + page,
					ADMIN), 200, "official members of " + CELL).body());
			for (JsonNode member : members.path("content")) {
				if (member.path("statusSince").asText().compareTo(date) <= 0) {
					count++;
				}
			}
			if (page + 1 >= members.path("totalPages").asInt()) {
				return count;
			}
		}
	}

	/** Takes the candidates over from "paper" through the import API, as the README describes. */
	void importCandidates(Http http) throws Exception {
		StringBuilder csv = new StringBuilder("id,full_name,date_of_birth,gender,ethnicity,education,workplace,residence,"
				+ "cell_id,youth_union_member,village_head,sector,status,admission_decision_date,ceremony_date,official_date\n");
		for (Candidate c : candidates) {
			csv.append(c.personId).append(",Nguyễn Thị Tải ").append(c.personId).append(",1998-05-05,FEMALE,Kinh,")
				.append("UPPER_SECONDARY,Trường Tiểu học Hợp Hòa,Thôn Đông,").append(CELL)
				.append(",false,false,,SOURCE_CANDIDATE,,,\n");
		}
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(http.uri("/api/members/imports?dryRun=false"))
			.header("Authorization", basic(ADMIN))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
			.build());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("import refused: " + started.statusCode() + " " + started.body());
		}
		String location = started.headers().firstValue("Location").orElseThrow();
		Instant until = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(until)) {
			JsonNode progress = JSON.readTree(http.get(location, ADMIN).body());
			String status = progress.path("status").asText();
			if (status.equals("IMPORTED")) {
				return;
			}
			if (!status.equals("RUNNING")) {
				throw new IllegalStateException("import ended " + progress);
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("import did not end within 60 s");
	}

	/**
	 * Runs {@code threads} workers, each working its share of the cases round-robin (so many cases
	 * are in flight at once), until every case ended, the deadline passed, or the node is killed.
	 */
	void run(Http http, int threads, Duration deadline) throws InterruptedException {
		Instant until = Instant.now().plus(deadline);
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < threads; w++) {
			int worker = w;
			List<Candidate> share = new ArrayList<>();
			for (int i = worker; i < candidates.size(); i += threads) {
				share.add(candidates.get(i));
			}
			Thread thread = new Thread(() -> work(http, share, until), "load-" + w);
			thread.start();
			workers.add(thread);
		}
		for (Thread worker : workers) {
			worker.join();
		}
	}

	private void work(Http http, List<Candidate> share, Instant until) {
		while (Instant.now().isBefore(until)) {
			boolean acted = false;
			boolean open = false;
			for (Candidate c : share) {
				if (c.ended || c.steps >= c.stopAfter) {
					continue;
				}
				open = true;
				if (killing.get()) {
					return;
				}
				try {
					acted |= advance(http, c);
				}
				catch (RuntimeException e) {
					if (killing.get()) {
						lostRequests.incrementAndGet();
						return;
					}
					errors.add(c.personId + "/" + c.caseId + ": " + e.getMessage());
					return;
				}
			}
			if (!open) {
				return;
			}
			if (!acted) {
				sleep(250);
			}
		}
	}

	/** One step of a case: open it, or complete one of its open tasks. False when it waits for a timer. */
	boolean advance(Http http, Candidate c) {
		if (c.caseId == null) {
			HttpResponse<String> opened = http.post("/api/cases", SECRETARY, openCase(c));
			expect(opened, 201, "open case of " + c.personId);
			c.caseId = read(opened.body()).path("id").asText();
			c.steps++;
			actions.incrementAndGet();
			return true;
		}
		JsonNode tasks = read(expect(http.get("/engine-rest/task?processInstanceBusinessKey=" + c.caseId, ADMIN), 200,
				"tasks of " + c.caseId).body());
		if (tasks.isEmpty()) {
			JsonNode running = read(expect(http.get("/engine-rest/process-instance?businessKey=" + c.caseId, ADMIN), 200,
					"instances of " + c.caseId).body());
			c.ended = running.isEmpty();
			return false;
		}
		JsonNode task = tasks.get(0);
		String key = task.path("taskDefinitionKey").asText();
		Map<String, Object> values = values(key, c);
		// votes of all present and in favour, against the base the register gives for the meeting
		if (key.equals("HoldCellMeeting") || key.equals("HoldRecognitionMeeting")) {
			int base = officialsOn(http, (String) values.get("meetingDate"));
			values.put("attendees", base);
			values.put("votesFor", base);
		}
		ObjectNode body = JSON.createObjectNode();
		ObjectNode variables = body.putObject("variables");
		values.forEach((name, value) -> variables.putObject(name).putPOJO("value", value));
		HttpResponse<String> completed = http.post("/engine-rest/task/" + task.path("id").asText() + "/complete", ADMIN,
				body.toString());
		if (completed.statusCode() == 400 && completed.body().contains("\"new-member-course\"")) {
			c.removal = true;
			return true;
		}
		expect(completed, 204, key + " of " + c.caseId);
		c.steps++;
		actions.incrementAndGet();
		return true;
	}

	private static String openCase(Candidate c) {
		return """
				{"personId": "%s", "cellId": "%s", "introductionPath": "TWO_MEMBERS",
				 "introducers": [{"personId": "p00001", "relation": "WORK", "since": "2020-01-01"},
				                 {"personId": "p00002", "relation": "RESIDENCE", "since": "2020-01-01"}],
				 "certificateNumber": "CN-7/2025", "certificateDate": "2025-07-15"}""".formatted(c.personId, CELL);
	}

	/** What a user enters at each step; every date is before {@link #LATEST_DATE}. */
	static Map<String, Object> values(String taskKey, Candidate c) {
		Map<String, Object> v = new LinkedHashMap<>();
		switch (taskKey) {
			case "RecordAwarenessCertificate" -> {
				v.put("certificateNumber", "CN-7/2025");
				v.put("certificateDate", "2025-07-15");
			}
			case "ReceiveApplication" -> {
				v.put("applicationDate", "2025-07-20");
				v.put("personalHistoryDate", "2025-07-20");
			}
			case "VerifyBackground" -> {
				v.put("backgroundVerified", true);
				v.put("verificationConclusion", "Clear");
				v.put("verificationDate", "2025-07-25");
			}
			case "CollectComments" -> {
				v.put("commentsSummary", "Agreed");
				v.put("commentsDate", "2025-07-28");
			}
			case "HoldCellMeeting" -> {
				v.put("meetingDate", "2025-08-01");
				v.put("votesAgainst", 0);
			}
			case "ResolveByGrassrootsCommittee" -> {
				v.put("resolutionDate", "2025-08-05");
				v.put("committeeMembers", 9);
				v.put("attendees", 9);
				v.put("votesFor", 9);
				v.put("votesAgainst", 0);
			}
			case "AppraiseByOrganizingCommission" -> v.put("appraisalOutcome", "FORWARD");
			case "DecideAdmission" -> {
				if (c.rejected) {
					v.put("admissionDecision", "REJECT");
					v.put("decisionReason", "Dossier incomplete");
				}
				else {
					v.put("admissionDecision", "ADMIT");
					v.put("decisionNumber", "QĐ " + c.personId);
					v.put("decisionDate", "2025-09-01");
				}
			}
			case "HoldAdmissionCeremony", "HoldLateAdmissionCeremony" -> {
				v.put("ceremonyDate", "2025-09-15");
				v.put("mentorId", "p00003");
				v.put("oathTaken", true);
			}
			case "ReportOverdueDecision", "ReportOverdueRecognitionReview", "ReportOverdueRecognitionDecision" ->
				v.put("overdueExplanation", "Reported late by the load test");
			case "ConsentToLateCeremony" -> v.put("dongY", true);
			case "AppraiseByIntermediateCommittee" -> {
				v.put("appraisalNumber", "07/BC");
				v.put("appraisalDate", "2025-08-20");
				v.put("recommendAdmission", true);
				v.put("appraisalOpinion", "Đủ điều kiện");
			}
			case "WriteMentorNote" -> v.put("mentorNote", "Active in the Youth Union");
			case "RecordNewMemberCourse" -> {
				v.put("courseCertificateNumber", "BD-55");
				v.put("courseCertificateDate", "2025-12-01");
			}
			case "RecordSelfReview" -> v.put("selfReviewDate", "2026-09-16");
			case "AssessProbationaryMember" -> {
				v.put("assessmentDate", "2026-09-16");
				v.put("assessmentSummary", "Fulfils the standards");
				v.put("recommendation", "RECOGNIZE");
			}
			case "CollectRecognitionComments" -> {
				v.put("commentsSummary", "Agreed");
				v.put("commentsDate", "2026-09-16");
			}
			case "HoldRecognitionMeeting" -> {
				v.put("meetingDate", "2026-09-20");
				v.put("proposal", c.removal ? "REMOVE" : "RECOGNIZE");
				v.put("votesAgainst", 0);
			}
			case "ResolveRecognitionByGrassrootsCommittee" -> {
				v.put("resolutionDate", "2026-09-22");
				v.put("proposal", c.removal ? "REMOVE" : "RECOGNIZE");
				v.put("committeeMembers", 9);
				v.put("attendees", 9);
				v.put("votesFor", 9);
				v.put("votesAgainst", 0);
			}
			case "DecideRecognition" -> {
				v.put("recognitionDecision", c.removal ? "REMOVE" : "RECOGNIZE");
				if (c.removal) {
					v.put("decisionReason", "Chưa hoàn thành lớp bồi dưỡng đảng viên mới");
				}
				v.put("decisionNumber", "QĐ-CN " + c.personId);
				v.put("decisionDate", "2026-10-01");
			}
			default -> throw new IllegalStateException("the load does not know the task " + taskKey);
		}
		return v;
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static String basic(String credentials) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
