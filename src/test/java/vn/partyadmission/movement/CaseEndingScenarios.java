package vn.partyadmission.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.NotVisible;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;
import vn.partyadmission.support.MutableClock;

/**
 * A case ended by the person's situation at each stage of admission and probation: the person's
 * standing, the journal line, and nothing of the case left running (task, timer, called probation).
 */
abstract class CaseEndingScenarios {

	static final LocalDate CEREMONY = LocalDate.of(2026, 1, 20);

	@Autowired
	CaseEndings endings;

	@Autowired
	CaseWalker walk;

	@Autowired
	Fixture fixture;

	@Autowired
	MutableClock clock;

	@Autowired
	MemberRegister members;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	Units u;

	String person;

	@BeforeEach
	void setUp() {
		u = fixture.create();
		person = u.id("cand");
	}

	enum Stage {
		BEFORE_THE_VOTE, AFTER_THE_CELLS_VOTE, AWAITING_THE_DECISION, DECIDED_BEFORE_THE_CEREMONY, PROBATION, RECOGNITION
	}

	@Test
	void withdrawalBeforeTheVote_makesTheApplicantAnOrdinaryPersonAgain_whoMayBeProposedInANewCase() {
		String caseId = walkTo(Stage.BEFORE_THE_VOTE);
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);

		CaseEndings.Ending ending = endAs(caseId, EndingReason.WITHDRAWN, Groups.cellSecretary(u.cell));

		assertThat(ending.fromStatus()).isEqualTo(MemberStatus.APPLICANT);
		assertEnded(caseId, EndingReason.WITHDRAWN, MemberStatus.CASE_ENDED);
		assertThat(MemberStatus.CASE_ENDED.mayOpenCase()).isTrue();
		AdmissionCase again = cases.start(CaseWalker.certified(u.startValues()));
		assertThat(again.isOpen()).isTrue();
		assertThat(status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);
	}

	@Test
	void movingAwayAfterTheCellsVote_endedByTheOrganizingCommission_endsTheCase_andThePersonMayBeProposedAgain() {
		String caseId = walkTo(Stage.AFTER_THE_CELLS_VOTE);
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("ResolveByGrassrootsCommittee");

		endAs(caseId, EndingReason.MOVED_AWAY, Groups.organizingCommission(u.commune));

		assertEnded(caseId, EndingReason.MOVED_AWAY, MemberStatus.CASE_ENDED);
		assertThat(status().mayOpenCase()).isTrue();
	}

	@Test
	void disqualificationFoundWhileAwaitingTheDecision_endsTheDecisionAndItsDeadlineTimer_andNoNewCaseMayOpen() {
		String caseId = walkTo(Stage.AWAITING_THE_DECISION);
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("DecideAdmission");
		assertThat(jobsOf(caseId)).isPositive();

		endAs(caseId, EndingReason.DISQUALIFIED, Groups.standingCommittee(u.commune));

		assertEnded(caseId, EndingReason.DISQUALIFIED, MemberStatus.DISQUALIFIED);
		Throwable refused = catchThrowable(() -> cases.start(CaseWalker.certified(u.startValues())));
		assertThat(refused).isInstanceOf(InvalidInputException.class).hasMessageContaining("candidate-status");
		assertThat(cases.findOpenByPerson(person)).isEmpty();
	}

	@Test
	void withdrawalWhileTheCommitteeAboveOwesAReportOnTheOverdueDecision_endsTheCase_theReportStaysOwed() {
		String caseId = walkTo(Stage.AWAITING_THE_DECISION);
		walk.fire(caseId, "DecisionOverdue");
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder("DecideAdmission", "ReportOverdueDecision");

		endAs(caseId, EndingReason.WITHDRAWN, Groups.cellSecretary(u.cell));

		assertEnded(caseId, EndingReason.WITHDRAWN, MemberStatus.CASE_ENDED);
		// the missed deadline is the committee's to explain, whatever became of the case (overdue-report.bpmn)
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("ReportOverdueDecision");
	}

	@Test
	void deathAfterTheDecisionBeforeTheCeremony_endsTheCeremonyAndItsTimer_andTheStanding() {
		String caseId = walkTo(Stage.DECIDED_BEFORE_THE_CEREMONY);
		assertThat(status()).isEqualTo(MemberStatus.ADMITTED);

		endAs(caseId, EndingReason.DIED, Groups.cellSecretary(u.cell));

		assertEnded(caseId, EndingReason.DIED, MemberStatus.DECEASED);
		assertThat(status().mayOpenCase()).isFalse();
	}

	@Test
	void withdrawalDuringProbation_removesTheMemberFromTheListOfProbationaryMembers_andEndsTheCalledProbation() {
		String caseId = walkTo(Stage.PROBATION);
		List<String> instances = instancesOf(caseId);
		assertThat(instances).hasSize(2);
		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("o3"));

		endAs(caseId, EndingReason.WITHDRAWN, Groups.cellSecretary(u.cell));

		assertEnded(caseId, EndingReason.WITHDRAWN, MemberStatus.REMOVED);
		instances.forEach(id -> assertThat(management.createJobQuery().processInstanceId(id).count()).isZero());
		assertThat(members.journal(person).get(members.journal(person).size() - 1).change())
			.contains("xóa tên trong danh sách đảng viên dự bị");
	}

	@Test
	void deathDuringProbation_endsTheStanding_andTheCalledProbation() {
		String caseId = walkTo(Stage.PROBATION);

		endAs(caseId, EndingReason.DIED, Groups.standingCommittee(u.commune));

		assertEnded(caseId, EndingReason.DIED, MemberStatus.DECEASED);
	}

	@Test
	void disqualificationAtRecognition_removesTheProbationaryMember_fromTheCompetentCommittee() {
		String caseId = walkTo(Stage.RECOGNITION);
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("HoldRecognitionMeeting");

		endAs(caseId, EndingReason.DISQUALIFIED, Groups.standingCommittee(u.commune));

		assertEnded(caseId, EndingReason.DISQUALIFIED, MemberStatus.REMOVED);
		assertThat(jdbc.sql("select count(*) from audit_log where target = ? and detail like 'Kết thúc hồ sơ%'")
			.param(caseId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheCasesCellAndCompetentCommittee_mayEndIt_othersLearnNothingOrAreRefused_andNothingChanges() {
		String caseId = walkTo(Stage.BEFORE_THE_VOTE);
		Fixture.Units elsewhere = fixture.create();
		clock.set(CEREMONY);
		int journal = members.journal(person).size();

		// another cell's secretary, a plain member of this cell, a member of this cell without the role, another commune
		for (Set<String> groups : List.of(Set.of(Groups.cellSecretary(u.otherCell)), Set.of(Groups.cellMembers(u.cell)),
				Set.of(Groups.cellMembers(u.cell), Groups.cellSecretary(u.otherCell)),
				Set.of(Groups.standingCommittee(elsewhere.commune)), Set.<String>of())) {
			assertThat(catchThrowable(() -> endings.end(caseId, request(EndingReason.WITHDRAWN), "intruder", groups)))
				.as("%s", groups).isInstanceOf(NotVisible.class);
		}
		// the grassroots committee sees the case but does not end it
		Throwable refused = catchThrowable(() -> endings.end(caseId, request(EndingReason.WITHDRAWN), "gr",
				Set.of(Groups.committee(u.grassroots))));
		assertThat(refused).isInstanceOf(ResponseStatusException.class);
		assertThat(((ResponseStatusException) refused).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(cases.find(caseId).orElseThrow().isOpen()).isTrue();
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("HoldCellMeeting");
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);
		assertThat(members.journal(person)).hasSize(journal);
	}

	@Test
	void badInput_isRefusedNamingEachField_inVietnamese_andChangesNothing() {
		String caseId = walkTo(Stage.BEFORE_THE_VOTE);
		Set<String> secretary = Set.of(Groups.cellSecretary(u.cell));
		LocalDate today = LocalDate.now(clock);

		InvalidInputException missing = (InvalidInputException) catchThrowable(
				() -> endings.end(caseId, new CaseEndings.Request(null, " ", null, null), "s", secretary));
		assertThat(missing.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("reason", "note", "date");
		assertThat(missing.errors().get(1).message()).contains("Cần ghi nhận xét");
		InvalidInputException future = (InvalidInputException) catchThrowable(() -> endings.end(caseId,
				new CaseEndings.Request(EndingReason.DIED, "Gia đình báo tin", today.plusDays(1), null), "s", secretary));
		assertThat(future.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("date");
		InvalidInputException beforeOpened = (InvalidInputException) catchThrowable(() -> endings.end(caseId,
				new CaseEndings.Request(EndingReason.DIED, "Gia đình báo tin", CEREMONY.minusDays(200), null), "s", secretary));
		assertThat(beforeOpened.errors().get(0).rule()).isEqualTo("after-case-opened");
		InvalidInputException longNote = (InvalidInputException) catchThrowable(() -> endings.end(caseId,
				new CaseEndings.Request(EndingReason.WITHDRAWN, "x".repeat(501), today, null), "s", secretary));
		assertThat(longNote.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("note");

		assertThat(cases.find(caseId).orElseThrow().isOpen()).isTrue();
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);
		assertThat(endings.find(caseId)).isEmpty();
	}

	@Test
	void aCaseEndsOnce_theSecondEndingIsAConflict() {
		String caseId = walkTo(Stage.BEFORE_THE_VOTE);
		endAs(caseId, EndingReason.WITHDRAWN, Groups.cellSecretary(u.cell));

		Throwable again = catchThrowable(() -> endAs(caseId, EndingReason.DIED, Groups.standingCommittee(u.commune)));

		assertThat(again).isInstanceOf(ConflictException.class).hasMessageContaining("đã kết thúc");
		assertThat(status()).isEqualTo(MemberStatus.CASE_ENDED);
	}

	// --- helpers

	CaseEndings.Ending endAs(String caseId, EndingReason reason, String group) {
		return endings.end(caseId, request(reason), "user-of-" + group, Set.of(group));
	}

	CaseEndings.Request request(EndingReason reason) {
		return new CaseEndings.Request(reason, "Chi bộ ghi nhận: " + reason.words(), LocalDate.now(clock), "12/VB");
	}

	/** The case is closed with the reason, nothing of it runs, and the person's standing and journal say so. */
	void assertEnded(String caseId, EndingReason reason, MemberStatus standing) {
		AdmissionCase c = cases.find(caseId).orElseThrow();
		assertThat(c.isOpen()).isFalse();
		assertThat(c.outcome()).isEqualTo(reason.name());
		assertThat(caseFiles.find(c.processInstanceId()).orElseThrow().isOpen()).isFalse();
		// the case's own processes; a report owed on a missed deadline is not the case's (overdue-report.bpmn)
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
			.processDefinitionKeyIn("admission", "probation").count()).isZero();
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).processDefinitionKeyIn("admission", "probation")
			.count()).isZero();
		assertThat(management.createJobQuery().processInstanceId(c.processInstanceId()).count()).isZero();
		assertThat(status()).isEqualTo(standing);
		JournalEntry last = members.journal(person).get(members.journal(person).size() - 1);
		assertThat(last.caseId()).isEqualTo(caseId);
		assertThat(last.activityId()).isEqualTo(CaseEndings.ACTIVITY);
		assertThat(last.toStatus()).isEqualTo(standing);
		assertThat(last.actor()).startsWith("user-of-");
		assertThat(last.change()).contains(reason.words()).contains("Chi bộ ghi nhận");
		assertThat(last.document().number()).isEqualTo("12/VB");
		assertThat(endings.find(caseId).orElseThrow().toStatus()).isEqualTo(standing);
	}

	MemberStatus status() {
		return members.findRecord(person).orElseThrow().status();
	}

	List<String> instancesOf(String caseId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.map(ProcessInstance::getId).toList();
	}

	long jobsOf(String caseId) {
		return instancesOf(caseId).stream().mapToLong(id -> management.createJobQuery().processInstanceId(id).count()).sum();
	}

	/** Walks a case of "cand" in cell c1 to a stage; the clock ends on the stage's day. */
	String walkTo(Stage stage) {
		switch (stage) {
			case DECIDED_BEFORE_THE_CEREMONY:
				return walk.toCeremony(u, CEREMONY);
			case PROBATION: {
				String caseId = walk.admit(u, CEREMONY).id();
				walk.fire(caseId, "QuarterPassed");
				return caseId;
			}
			case RECOGNITION:
				return walk.toRecognitionMeeting(u, CEREMONY);
			default:
				break;
		}
		clock.set(CEREMONY.minusDays(120));
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-8/2025");
		values.put("certificateDate", CEREMONY.minusMonths(5).toString());
		String id = cases.start(values).id();
		clock.set(CEREMONY);
		walk.complete(id, "ReceiveApplication", Map.of("applicationDate", day(-110), "personalHistoryDate", day(-110)));
		walk.complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", day(-100)));
		walk.complete(id, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", day(-90)));
		if (stage == Stage.BEFORE_THE_VOTE) {
			return id;
		}
		walk.complete(id, "HoldCellMeeting", walk.unanimous(u.cell, CEREMONY.minusDays(80), Map.of("resolutionNumber", "06-NQ/CB")));
		if (stage == Stage.AFTER_THE_CELLS_VOTE) {
			return id;
		}
		walk.complete(id, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", day(-70), "resolutionNumber", "08-NQ",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(id, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		return id;
	}

	private static String day(int offset) {
		return CEREMONY.plusDays(offset).toString();
	}

}
