package vn.partyadmission.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRegister;

/**
 * Walks a case through its tasks by activity id, across the admission process and the probation
 * process it calls (both carry the case id as business key), moving the clock to each step's date.
 */
@Component
public class CaseWalker {

	private final AdmissionCases cases;

	private final TaskService tasks;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final MutableClock clock;

	private final MemberRegister members;

	public CaseWalker(AdmissionCases cases, TaskService tasks, ManagementService management, RuntimeService runtime,
			MutableClock clock, MemberRegister members) {
		this.members = members;
		this.cases = cases;
		this.tasks = tasks;
		this.management = management;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Opens the case 120 days before the ceremony and walks it to the ceremony, mentor o3; the clock ends on the ceremony day. */
	public AdmissionCase admit(Fixture.Units u, LocalDate ceremony) {
		String id = toCeremony(u, ceremony);
		complete(id, "HoldAdmissionCeremony", Map.of("ceremonyDate", ceremony.toString(), "mentorId", u.id("o3"),
				"oathTaken", true));
		return cases.find(id).orElseThrow();
	}

	/**
	 * As {@link #admit}, then probation: three mentor notes, the course four months in, the probation
	 * ended a year after the ceremony, self-review, assessment and comments done; the cell's
	 * recognition meeting is the open task and the clock is a year after the ceremony.
	 */
	public String toRecognitionMeeting(Fixture.Units u, LocalDate ceremony) {
		String caseId = admit(u, ceremony).id();
		for (int quarter = 1; quarter <= 3; quarter++) {
			fire(caseId, "QuarterPassed");
			complete(caseId, "WriteMentorNote", Map.of("mentorNote", "Quarter " + quarter));
		}
		LocalDate course = ceremony.plusMonths(4);
		clock.set(course.plusDays(12));
		complete(caseId, "RecordNewMemberCourse", Map.of("courseCertificateNumber", "BD-55", "courseCertificateDate",
				course.minusDays(5).toString()));
		LocalDate end = ceremony.plusYears(1);
		clock.set(end);
		fire(caseId, "ProbationEnded");
		complete(caseId, "RecordSelfReview", Map.of("selfReviewDate", end.toString()));
		complete(caseId, "AssessProbationaryMember", Map.of("assessmentDate", end.toString(), "assessmentSummary",
				"Fulfils the standards", "recommendation", "RECOGNIZE"));
		complete(caseId, "CollectRecognitionComments", Map.of("commentsSummary", "Agreed", "commentsDate", end.toString()));
		return caseId;
	}

	/** As {@link #toRecognitionMeeting}, then recognised unanimously: the case is closed, the member official. */
	public String toOfficialMember(Fixture.Units u, LocalDate ceremony) {
		String caseId = toRecognitionMeeting(u, ceremony);
		LocalDate end = ceremony.plusYears(1);
		clock.set(end.plusDays(6));
		complete(caseId, "HoldRecognitionMeeting", unanimous(u.cell, end.plusDays(5), Map.of("proposal", "RECOGNIZE")));
		complete(caseId, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate", end.plusDays(6).toString(), "proposal", "RECOGNIZE", "committeeMembers", 9, "attendees", 9, "votesFor", 9,
				"votesAgainst", 0));
		clock.set(end.plusMonths(1).plusDays(9));
		complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE", "decisionNumber", decisionNumber(caseId),
				"decisionDate", end.plusDays(37).toString()));
		return caseId;
	}

	/** As {@link #admit} up to the decision to admit (10 days before {@code ceremony}); the ceremony task is open. */
	public String toCeremony(Fixture.Units u, LocalDate ceremony) {
		return toCeremony(u, u.startValues(), ceremony);
	}

	/** As {@link #toCeremony(Fixture.Units, LocalDate)} for the person and introducers of these start values. */
	public String toCeremony(Fixture.Units u, Map<String, Object> startValues, LocalDate ceremony) {
		clock.set(ceremony.minusDays(120));
		Map<String, Object> values = new HashMap<>(startValues);
		values.put("certificateNumber", "CN-8/2025");
		values.put("certificateDate", ceremony.minusMonths(5).toString());
		AdmissionCase opened = cases.start(values);
		String id = opened.id();
		clock.set(ceremony);
		complete(id, "ReceiveApplication", Map.of("applicationDate", day(ceremony, -110), "personalHistoryDate", day(ceremony, -110)));
		complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", day(ceremony, -100)));
		complete(id, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", day(ceremony, -90)));
		complete(id, "HoldCellMeeting", unanimous(u.cell, ceremony.minusDays(80), Map.of()));
		complete(id, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", day(ceremony, -70),
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		complete(id, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		complete(id, "DecideAdmission", Map.of("admissionDecision", "ADMIT", "decisionNumber", decisionNumber(id),
				"decisionDate", day(ceremony, -10)));
		return id;
	}

	/**
	 * A cell meeting where every official member the register counts on that day is present and in
	 * favour: cells grow as the tests' members are recognised, and the base is the register's.
	 */
	public Map<String, Object> unanimous(String cellId, LocalDate meetingDate, Map<String, Object> more) {
		int base = members.officialMembersOn(cellId, meetingDate);
		Map<String, Object> values = new HashMap<>(more);
		values.put("meetingDate", meetingDate.toString());
		values.put("attendees", base);
		values.put("votesFor", base);
		values.put("votesAgainst", 0);
		return values;
	}

	/**
	 * The decision number the walker gives a case: a committee issues a number once a year, and the
	 * tests walk many cases of one committee.
	 */
	public static String decisionNumber(String caseId) {
		return "QĐ " + Integer.parseInt(caseId.substring(caseId.lastIndexOf('-') + 1));
	}

	/**
	 * Moves both clocks to 9:00 of a day: the engine's stamps the task history (a report's days per
	 * stage), the application's dates the steps' checks.
	 */
	public void engineDay(LocalDate day) {
		clock.set(day);
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	/** Start values with the awareness certificate given, so the case starts at ReceiveApplication. */
	public static Map<String, Object> certified(Map<String, Object> values) {
		values.put("certificateNumber", "CN-1/2025");
		values.put("certificateDate", "2025-01-10");
		return values;
	}

	public Task task(String caseId, String activityId) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(activityId).singleResult();
		assertThat(task).as("open task %s of case %s", activityId, caseId).isNotNull();
		return task;
	}

	public List<Task> openTasks(String caseId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(caseId).list();
	}

	public void complete(String caseId, String activityId, Map<String, Object> values) {
		tasks.complete(task(caseId, activityId).getId(), new HashMap<>(values));
	}

	public Job timer(String caseId, String activityId) {
		List<Job> jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
				.list().stream())
			.toList();
		assertThat(jobs).as("timer %s of case %s", activityId, caseId).hasSize(1);
		return jobs.get(0);
	}

	/** Lets a timer fire, as the job executor does once its due date passes. */
	public void fire(String caseId, String activityId) {
		management.executeJob(timer(caseId, activityId).getId());
	}

	public List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(l -> l.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private static String day(LocalDate ceremony, int offset) {
		return ceremony.plusDays(offset).toString();
	}

}
