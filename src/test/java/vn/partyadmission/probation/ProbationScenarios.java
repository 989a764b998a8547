package vn.partyadmission.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.CaseFile;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.membership.Discipline;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;
import vn.partyadmission.support.MutableClock;

/**
 * processes/probation.bpmn and the deadlines of both models, walked through real dates: the
 * ceremony of 20 January 2026, Tết 2027, the recognition in early 2027.
 */
abstract class ProbationScenarios {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate CEREMONY = LocalDate.of(2026, 1, 20);

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	IdentityService identity;

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
	RuntimeService runtime;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcClient jdbc;

	Units u;

	@BeforeEach
	void setUp() {
		u = fixture.create();
	}

	@Test
	void ceremonyOn20January2026_startsProbationEndingOn20January2027() {
		AdmissionCase admitted = walk.admit(u, CEREMONY);

		MemberRecord record = record();
		assertThat(record.status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(record.probationEndDate()).isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(walk.timer(admitted.id(), "ProbationEnded").getDuedate()).isEqualTo(startOf("2027-01-20"));
		assertThat(walk.timer(admitted.id(), "QuarterPassed").getDuedate()).isEqualTo(startOf("2026-04-20"));
		assertThat(walk.candidateGroups(walk.task(admitted.id(), "RecordNewMemberCourse")))
			.containsExactly(Groups.cellSecretary(u.cell));
		assertThat(cases.find(admitted.id()).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void probationActsOnTheAdmissionsCaseFile_itsVariablesAreOnlyWhatTasklistShows() {
		AdmissionCase admitted = walk.admit(u, CEREMONY);
		String probation = runtime.createProcessInstanceQuery().processDefinitionKey(ProbationChanges.PROBATION)
			.processInstanceBusinessKey(admitted.id()).singleResult().getId();

		assertThat(runtime.getVariables(probation).keySet()).containsExactlyInAnyOrder("caseId", "personName", "cellId");
		CaseFile file = caseFiles.find(probation).orElseThrow();
		assertThat(file.caseId()).isEqualTo(admitted.id());
		assertThat(file.route().cellSecretaryGroup()).isEqualTo(Groups.cellSecretary(u.cell));
		assertThat(file.progress()).containsEntry("mentorId", u.id("o3"))
			.containsEntry("probationEndDate", "2027-01-20")
			.containsEntry("mentorNotesWritten", 0);
		// the admission's own form values (votes, decision number, …) stay with the admission
		assertThat(runtime.getVariable(admitted.processInstanceId(), "decisionNumber")).isNotNull();
	}

	@Test
	void mentorWritesANoteEachQuarter_keptOnTheMemberRecord_dueTenWorkingDaysLater() {
		String caseId = walk.admit(u, CEREMONY).id();

		walk.fire(caseId, "QuarterPassed");
		Task note = walk.task(caseId, "WriteMentorNote");
		assertThat(note.getAssignee()).isEqualTo(u.id("o3"));
		// 20 April 2026 + 10 working days, past Hùng Kings' day (compensated 27 April), 30/4 and 1/5
		assertThat(note.getDueDate()).isEqualTo(endOf("2026-05-07"));
		for (int quarter = 1; quarter <= 3; quarter++) {
			if (quarter > 1) {
				walk.fire(caseId, "QuarterPassed");
			}
			walk.complete(caseId, "WriteMentorNote", Map.of("mentorNote", "Quarter " + quarter + ": active in the Youth Union"));
		}

		assertThat(members.mentorNotes(u.id("cand"))).extracting(n -> n.quarter()).containsExactly(1, 2, 3);
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("RecordNewMemberCourse");
	}

	@Test
	void recognitionDeadlineSpansTet2027_andTheDecisionTakesEffectAtTheEndOfProbation() {
		String caseId = toRecognitionMeeting();
		// 30 working days after 20 January 2027, across Tết (5 to 11 February off)
		assertThat(walk.task(caseId, "HoldRecognitionMeeting").getDueDate()).isEqualTo(endOf("2027-03-10"));

		clock.set(LocalDate.of(2027, 1, 26));
		recognitionVote(caseId, "RECOGNIZE", "2027-01-25", 5, 5);
		resolveByGrassroots(caseId, "RECOGNIZE");
		// 30 working days after the cell's resolution of 25 January 2027
		assertThat(walk.task(caseId, "DecideRecognition").getDueDate()).isEqualTo(endOf("2027-03-15"));
		clock.set(LocalDate.of(2027, 3, 1));
		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE", "decisionNumber", "QĐ 112",
				"decisionDate", "2027-02-26"));

		MemberRecord record = record();
		assertThat(record.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(record.officialDate()).isEqualTo(LocalDate.of(2027, 1, 20));
		// Party age counts from the admission decision (10 January 2026), not the ceremony
		assertThat(record.admissionDecisionDate()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(record.partyAge(LocalDate.of(2027, 3, 1))).isEqualTo(Period.of(1, 1, 19));
		AdmissionCase closed = cases.find(caseId).orElseThrow();
		assertThat(closed.outcome()).isEqualTo("OFFICIAL");
		assertThat(closed.isOpen()).isFalse();
	}

	@Test
	void recognitionVotesAreCountedAgainstTheRegister_andADecisionNumberIsIssuedOncePerCommitteeAndYear() {
		String caseId = toRecognitionMeeting();
		clock.set(LocalDate.of(2027, 1, 26));
		int journalBefore = members.journal(u.id("cand")).size();

		// the cell has 5 official members on the register (the probationary member is not one of them)
		assertRefused(() -> recognitionVote(caseId, "RECOGNIZE", "2027-01-25", 4, 4)).hasMessageContaining("officialMembers")
			.hasMessageContaining("base-from-register").hasMessageContaining("là 5");
		recognitionVote(caseId, "RECOGNIZE", "2027-01-25", 5, 4);
		assertRefused(() -> walk.complete(caseId, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate",
				"2027-01-26", "proposal", "RECOGNIZE", "committeeMembers", 7, "attendees", 7,
				"votesFor", 7, "votesAgainst", 0)))
			.hasMessageContaining("committeeMembers").hasMessageContaining("là 9");
		resolveByGrassroots(caseId, "RECOGNIZE");
		// each resolution: its step's line and the line with its document's hash (13-KNĐ, 15-KNĐ)
		assertThat(members.journal(u.id("cand"))).hasSize(journalBefore + 4);

		// another case of the same commune already holds the number this year
		jdbc.sql("""
				insert into issued_decision_number (body_id, form_code, decision_year, number_key, decision_number, case_id,
				                                    issued_at)
				values (?, 'QĐ-CNĐVCT', 2027, 'QĐ 7', 'QĐ 7', 'KN-2026-999999', current_timestamp)""")
			.param(u.commune).update();
		clock.set(LocalDate.of(2027, 3, 1));
		assertRefused(() -> walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE",
				"decisionNumber", "QĐ 7", "decisionDate", "2027-02-26")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("decisionNumber").hasMessageContaining("KN-2026-999999");
		assertThat(record().status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(members.journal(u.id("cand"))).hasSize(journalBefore + 4);

		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE", "decisionNumber", "QĐ 8",
				"decisionDate", "2027-02-26"));
		assertThat(record().status()).isEqualTo(MemberStatus.OFFICIAL);
	}

	@Test
	void recognitionVoteBeforeTheTwelveMonthsEnd_isRefused() {
		String caseId = toRecognitionMeeting();
		clock.set(LocalDate.of(2027, 1, 26));

		assertRefused(() -> recognitionVote(caseId, "RECOGNIZE", "2027-01-19", 5, 5))
			.hasMessageContaining("recognition-after-probation");
		assertThat(walk.task(caseId, "HoldRecognitionMeeting")).isNotNull();
	}

	@Test
	void memberWhoDoesNotQualify_isRemovedFromTheList() {
		String caseId = toRecognitionMeeting();
		clock.set(LocalDate.of(2027, 1, 26));
		recognitionVote(caseId, "REMOVE", "2027-01-25", 5, 4);
		resolveByGrassroots(caseId, "REMOVE");
		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "REMOVE", "decisionNumber", "QĐ 113",
				"decisionDate", "2027-01-26", "decisionReason", "Did not complete the new-member duties"));

		assertThat(record().status()).isEqualTo(MemberStatus.REMOVED);
		assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo("REMOVED");
	}

	@Test
	void thirdFailedRecognitionVote_goesToTheCommitteeAbove() {
		String caseId = toRecognitionMeeting();
		clock.set(LocalDate.of(2027, 1, 26));
		for (int i = 0; i < 3; i++) {
			recognitionVote(caseId, "RECOGNIZE", "2027-01-25", 5, 3);
		}

		Task review = walk.task(caseId, "ReviewFailedRecognitionVotes");
		assertThat(walk.candidateGroups(review)).containsExactly(Groups.committee(u.grassroots));
		walk.complete(caseId, "ReviewFailedRecognitionVotes", Map.of("failedVotesProposal", "RECOGNIZE",
				"failedVotesReason", "The minority's objections were examined and not upheld"));
		assertThat(walk.task(caseId, "ResolveRecognitionByGrassrootsCommittee")).isNotNull();
	}

	@Test
	void missedDecisionDeadline_createsATaskForTheCommitteeAbove_andMarksTheCaseOverdue() {
		clock.set(LocalDate.of(2026, 1, 5));
		AdmissionCase opened = cases.start(withCertificate());
		String caseId = opened.id();
		walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2026-01-05", "personalHistoryDate", "2026-01-05"));
		walk.complete(caseId, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-01-05"));
		walk.complete(caseId, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-01-05"));
		walk.complete(caseId, "HoldCellMeeting", Map.of("meetingDate", "2026-01-05", "officialMembers", 5, "attendees", 5,
				"votesFor", 5, "votesAgainst", 0));
		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-01-05",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		// 60 working days after 5 January 2026, across Tết 2026 (16 to 20 February)
		Task decision = walk.task(caseId, "DecideAdmission");
		assertThat(decision.getDueDate()).isEqualTo(endOf("2026-04-06"));
		assertThat(walk.timer(caseId, "DecisionOverdue").getDuedate()).isEqualTo(endOf("2026-04-06"));

		clock.set(LocalDate.of(2026, 4, 7));
		walk.fire(caseId, "DecisionOverdue");

		assertThat(walk.candidateGroups(walk.task(caseId, "ReportOverdueDecision")))
			.containsExactly(Groups.standingCommittee(u.province));
		assertThat(walk.task(caseId, "DecideAdmission")).isNotNull();
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isEqualTo("ADMISSION_DECISION");

		// extended once by up to 30 working days, with a reason; the overdue mark goes
		assertRefused(() -> walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "EXTEND",
				"extensionWorkingDays", 31, "decisionReason", "Verification abroad"))).hasMessageContaining("extension-limit");
		walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "EXTEND", "extensionWorkingDays", 30,
				"decisionReason", "Verification of relatives abroad"));
		assertThat(walk.task(caseId, "DecideAdmission").getDueDate()).isEqualTo(endOf("2026-05-21"));
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isNull();
		assertRefused(() -> walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "EXTEND",
				"extensionWorkingDays", 5, "decisionReason", "Again"))).hasMessageContaining("extend-once");
		walk.complete(caseId, "ReportOverdueDecision", Map.of("overdueExplanation", "Relatives abroad not yet verified"));
		assertThat(members.journal(u.id("cand"))).extracting(e -> e.change())
			.anySatisfy(c -> assertThat(c).contains("thêm 30 ngày làm việc").contains("Verification of relatives abroad"));
	}

	@Test
	void lateCeremony_waitsForTheConsentOfTheCommitteeAboveTheCell_andIsHeldOnceItConsents() {
		String caseId = walk.toCeremony(u, CEREMONY);
		Task ceremony = walk.task(caseId, "HoldAdmissionCeremony");
		assertThat(walk.timer(caseId, "CeremonyOverdue").getDuedate()).isEqualTo(ceremony.getDueDate());

		clock.set(LocalDate.of(2026, 4, 1));
		walk.fire(caseId, "CeremonyOverdue");

		// the ceremony waits: no ceremony task until the committee above answers
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("ConsentToLateCeremony");
		assertThat(walk.candidateGroups(walk.task(caseId, "ConsentToLateCeremony")))
			.containsExactly(Groups.committee(u.grassroots));
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isEqualTo("CEREMONY");
		assertRefused(() -> walk.complete(caseId, "ConsentToLateCeremony", Map.of("dongY", "false")))
			.hasMessageContaining("lyDo").hasMessageContaining("lý do");
		assertRefused(() -> walk.complete(caseId, "ConsentToLateCeremony", Map.of("lyDo", "Không rõ")))
			.hasMessageContaining("dongY");

		walk.complete(caseId, "ConsentToLateCeremony", Map.of("dongY", "true", "lyDo", "Người vào Đảng đi công tác xa"));
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("HoldLateAdmissionCeremony");
		assertThat(walk.candidateGroups(walk.task(caseId, "HoldLateAdmissionCeremony"))).containsExactly(Groups.cellSecretary(u.cell));
		walk.complete(caseId, "HoldLateAdmissionCeremony", Map.of("ceremonyDate", "2026-04-01", "mentorId", u.id("o3"),
				"oathTaken", true));

		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isNull();
		assertThat(record().status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(record().ceremonyDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(members.journal(u.id("cand"))).extracting(e -> e.change())
			.anySatisfy(c -> assertThat(c).contains("đồng ý tổ chức lễ kết nạp muộn").contains("công tác xa"));
	}

	@Test
	void lateCeremonyRefusedByTheCommitteeAbove_endsTheCaseWithoutAdmission_andNothingOfItIsLeft() {
		String caseId = walk.toCeremony(u, CEREMONY);
		clock.set(LocalDate.of(2026, 4, 1));
		walk.fire(caseId, "CeremonyOverdue");

		walk.complete(caseId, "ConsentToLateCeremony", Map.of("dongY", false, "lyDo", "Chi bộ chậm trễ không có lý do chính đáng"));

		assertThat(record().status()).isEqualTo(MemberStatus.REJECTED);
		AdmissionCase ended = cases.find(caseId).orElseThrow();
		assertThat(ended.isOpen()).isFalse();
		assertThat(ended.outcome()).isEqualTo("REJECTED");
		assertThat(ended.overdueDeadline()).isNull();
		assertThat(members.journal(u.id("cand"))).last().extracting(e -> e.change()).asString()
			.contains("không đồng ý tổ chức lễ kết nạp muộn").contains("không có lý do chính đáng");
		assertNothingLeft(caseId);
		// the person's standing is restored: another case may be opened at once
		assertThat(cases.start(withCertificate()).id()).isNotEqualTo(caseId);
	}

	@Test
	void decisionClockRunsFromTheCellResolution_andEscalatesWhileTheCaseIsStillAtTheGrassrootsCommittee() {
		clock.set(LocalDate.of(2026, 1, 5));
		String caseId = cases.start(withCertificate()).id();
		walkToCellResolution(caseId);

		// 60 working days after the resolution of 5 January 2026, across Tết 2026, before any body above acted
		assertThat(walk.task(caseId, "ResolveByGrassrootsCommittee")).isNotNull();
		assertThat(walk.timer(caseId, "DecisionOverdue").getDuedate()).isEqualTo(endOf("2026-04-06"));
		clock.set(LocalDate.of(2026, 4, 7));
		walk.fire(caseId, "DecisionOverdue");

		assertThat(walk.candidateGroups(walk.task(caseId, "ReportOverdueDecision")))
			.containsExactly(Groups.standingCommittee(u.province));
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isEqualTo("ADMISSION_DECISION");
		assertThat(walk.task(caseId, "ResolveByGrassrootsCommittee")).as("the review goes on").isNotNull();
		assertThat(members.journal(u.id("cand"))).extracting(e -> e.change())
			.anySatisfy(c -> assertThat(c).startsWith("Quá thời hạn ra quyết định kết nạp"));

		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-04-07", "resolutionNumber", "08",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		assertThat(walk.task(caseId, "DecideAdmission").getDueDate()).isEqualTo(endOf("2026-04-06"));
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.mapToLong(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId("DecisionOverdue").count())
			.sum()).as("the committee above is told once").isZero();
	}

	@Test
	void decisionDeadlineExtendedBeforeItRunsOut_movesTheClockOfTheWholeReview() {
		clock.set(LocalDate.of(2026, 1, 5));
		String caseId = cases.start(withCertificate()).id();
		walkToCellResolution(caseId);
		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-01-05", "resolutionNumber", "08",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));

		walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "EXTEND", "extensionWorkingDays", 30,
				"decisionReason", "Thẩm tra thân nhân ở nước ngoài"));

		assertThat(walk.timer(caseId, "DecisionOverdue").getDuedate()).isEqualTo(endOf("2026-05-21"));
		assertThat(walk.task(caseId, "DecideAdmission").getDueDate()).isEqualTo(endOf("2026-05-21"));
	}

	@Test
	void caseRejectedWhileItsOverdueReportIsOpen_endsAtOnce_thePersonMayBeProposedAgain_andTheReportIsStillFiled() {
		clock.set(LocalDate.of(2026, 1, 5));
		String caseId = cases.start(withCertificate()).id();
		walkToCellResolution(caseId);
		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-01-05", "resolutionNumber", "08",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		clock.set(LocalDate.of(2026, 4, 7));
		walk.fire(caseId, "DecisionOverdue");
		Task report = walk.task(caseId, "ReportOverdueDecision");

		walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "REJECT", "decisionReason",
				"Lý lịch chưa được chứng nhận đầy đủ"));

		AdmissionCase ended = cases.find(caseId).orElseThrow();
		assertThat(ended.isOpen()).isFalse();
		assertThat(ended.outcome()).isEqualTo("REJECTED");
		assertThat(record().status()).isEqualTo(MemberStatus.REJECTED);
		assertNothingLeft(caseId);
		assertThat(walk.openTasks(caseId)).extracting(Task::getId).containsExactly(report.getId());
		String next = cases.start(withCertificate()).id();
		assertThat(next).isNotEqualTo(caseId);

		// the report is still owed, and filed on the ended case
		walk.complete(caseId, "ReportOverdueDecision", Map.of("overdueExplanation", "Chờ kết quả thẩm tra thân nhân"));
		assertThat(walk.openTasks(caseId)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
		assertThat(members.journalOfCase(caseId)).extracting(e -> e.change())
			.anySatisfy(c -> assertThat(c).contains("Chờ kết quả thẩm tra thân nhân"));
		assertThat(cases.find(next).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void overdueReport_cannotBeStartedByASignedInUser() {
		clock.set(LocalDate.of(2026, 1, 5));
		String caseId = cases.start(withCertificate()).id();
		// a secretary may not start it at all
		identity.setAuthentication("secretary-" + u.prefix, List.of(Groups.cellSecretary(u.cell)));
		try {
			assertThat(catchThrowable(() -> runtime.startProcessInstanceByMessage("overdue-ADMISSION_DECISION", caseId)))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			identity.clearAuthentication();
		}
		// a user the engine lets start it is refused by the report itself
		String starter = "starter-" + u.prefix;
		grant(starter, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
		grant(starter, Resources.PROCESS_DEFINITION, "overdue-report", Permissions.CREATE_INSTANCE);
		identity.setAuthentication(starter, List.of());
		try {
			assertRefused(() -> runtime.startProcessInstanceByMessage("overdue-ADMISSION_DECISION", caseId))
				.hasMessageContaining("started-by-deadline");
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey).containsExactly("ReceiveApplication");
	}

	@Test
	void newMemberCourseNeverDone_probationStillReachesRemoval_andRecognitionIsRefused() {
		String caseId = walk.admit(u, CEREMONY).id();
		for (int quarter = 1; quarter <= 3; quarter++) {
			walk.fire(caseId, "QuarterPassed");
			walk.complete(caseId, "WriteMentorNote", Map.of("mentorNote", "Quý " + quarter));
		}
		LocalDate end = CEREMONY.plusYears(1);
		assertThat(walk.timer(caseId, "NewMemberCourseMissed").getDuedate()).isEqualTo(startOf(end.toString()));
		clock.set(end);
		walk.fire(caseId, "NewMemberCourseMissed");
		walk.fire(caseId, "ProbationEnded");
		walk.complete(caseId, "RecordSelfReview", Map.of("selfReviewDate", end.toString()));
		walk.complete(caseId, "AssessProbationaryMember", Map.of("assessmentDate", end.toString(), "assessmentSummary",
				"Chưa học lớp bồi dưỡng", "recommendation", "REMOVE"));
		walk.complete(caseId, "CollectRecognitionComments", Map.of("commentsSummary", "Đồng ý", "commentsDate", end.toString()));
		assertThat(members.journal(u.id("cand"))).extracting(e -> e.change())
			.anySatisfy(c -> assertThat(c).contains("chưa hoàn thành lớp bồi dưỡng đảng viên mới"));

		clock.set(LocalDate.of(2027, 1, 26));
		assertRefused(() -> recognitionVote(caseId, "RECOGNIZE", "2027-01-25", 5, 5)).hasMessageContaining("new-member-course");
		recognitionVote(caseId, "REMOVE", "2027-01-25", 5, 5);
		resolveByGrassroots(caseId, "REMOVE");
		assertRefused(() -> walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE",
				"decisionNumber", "QĐ 120", "decisionDate", "2027-01-26"))).hasMessageContaining("new-member-course");
		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "REMOVE", "decisionNumber", "QĐ 121",
				"decisionDate", "2027-01-26", "decisionReason", "Không hoàn thành lớp bồi dưỡng đảng viên mới"));

		assertThat(record().status()).isEqualTo(MemberStatus.REMOVED);
		assertThat(cases.find(caseId).orElseThrow().outcome()).isEqualTo("REMOVED");
		assertThat(cases.find(caseId).orElseThrow().isOpen()).isFalse();
		assertNothingLeft(caseId);
		assertThat(walk.openTasks(caseId)).isEmpty();
	}

	@Test
	void missedRecognitionReviewDeadline_reportsToTheCommitteeAboveTheCell_andMarksTheCaseOverdue() {
		String caseId = toRecognitionMeeting();
		// 30 working days after the end of probation on 20 January 2027, across Tết
		assertThat(walk.timer(caseId, "RecognitionReviewOverdue").getDuedate()).isEqualTo(endOf("2027-03-10"));

		clock.set(LocalDate.of(2027, 3, 11));
		walk.fire(caseId, "RecognitionReviewOverdue");

		assertThat(walk.candidateGroups(walk.task(caseId, "ReportOverdueRecognitionReview")))
			.containsExactly(Groups.committee(u.grassroots));
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isEqualTo("RECOGNITION_REVIEW");
		recognitionVote(caseId, "RECOGNIZE", "2027-03-11", 5, 5);
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isNull();
	}

	@Test
	void disciplineDuringProbation_isReprimandOrWarningOnly() {
		walk.admit(u, CEREMONY);
		clock.set(LocalDate.of(2026, 6, 1));

		assertRefused(() -> change(Map.of("changeKind", "DISCIPLINE", "disciplineKind", "EXPULSION")))
			.hasMessageContaining("probation-discipline");
		change(Map.of("changeKind", "DISCIPLINE", "disciplineKind", "WARNING"));

		assertThat(members.disciplines(u.id("cand"))).extracting(Discipline::kind).containsExactly(Discipline.Kind.WARNING);
	}

	@Test
	void replacedMentor_handsTheOpenTasksAndTheRightToSeeTheCaseToTheNewMentor_whoMustBeAnOfficialMemberOfTheCell() {
		String caseId = walk.admit(u, CEREMONY).id();
		clock.set(LocalDate.of(2026, 4, 21));
		walk.fire(caseId, "QuarterPassed");
		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("o3"));

		assertRefused(() -> change(Map.of("changeKind", "REPLACE_MENTOR", "newMentorId", u.id("o6"), "mentorChangeReason", "MOVED")))
			.hasMessageContaining("mentor-official-of-cell");
		change(Map.of("changeKind", "REPLACE_MENTOR", "newMentorId", u.id("o4"), "mentorChangeReason", "MOVED"));

		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("o4"));
		assertThat(record().mentorId()).isEqualTo(u.id("o4"));
		String probation = walk.task(caseId, "WriteMentorNote").getProcessInstanceId();
		assertThat(authorizations.isUserAuthorized(u.id("o4"), List.of(), Permissions.READ, Resources.PROCESS_INSTANCE,
				probation)).as("the new mentor may read the probation case").isTrue();
		walk.complete(caseId, "WriteMentorNote", Map.of("mentorNote", "First note by the new mentor"));
		walk.fire(caseId, "QuarterPassed");
		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("o4"));
	}

	@Test
	void aChangeForAPersonOfAnotherCell_isAnsweredAsForAnUnknownPerson() {
		walk.admit(u, CEREMONY);
		Fixture.Units other = fixture.create();
		clock.set(LocalDate.of(2026, 6, 1));
		Map<String, Object> warning = new HashMap<>(Map.of("changeKind", "DISCIPLINE", "disciplineKind", "WARNING",
				"decisionDate", "2026-06-01", "reason", "Decided by the cell meeting"));

		identity.setAuthentication("secretary-" + other.prefix, List.of(Groups.cellSecretary(other.cell)));
		try {
			warning.put("personId", u.id("cand"));
			String probationary = refusal(() -> runtime.startProcessInstanceByKey("probation-change", warning));
			warning.put("personId", other.id("nobody"));
			String unknown = refusal(() -> runtime.startProcessInstanceByKey("probation-change", warning));

			assertThat(probationary).isEqualTo(unknown).contains("person-of-the-cell").doesNotContain(u.cell);
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(members.disciplines(u.id("cand"))).isEmpty();
	}

	private static String refusal(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException e) {
			Throwable cause = e;
			while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
				cause = cause.getCause();
			}
			return cause.getMessage();
		}
		throw new AssertionError("not refused");
	}

	// ---- helpers

	/** Opened on 5 January 2026 with a certificate; the cell resolves the same day. */
	void walkToCellResolution(String caseId) {
		walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2026-01-05", "personalHistoryDate", "2026-01-05"));
		walk.complete(caseId, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-01-05"));
		walk.complete(caseId, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-01-05"));
		walk.complete(caseId, "HoldCellMeeting", Map.of("meetingDate", "2026-01-05", "officialMembers", 5, "attendees", 5,
				"votesFor", 5, "votesAgainst", 0, "resolutionNumber", "06-NQ"));
	}

	private void grant(String userId, Resources resource, String resourceId, Permissions permission) {
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId(userId);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		grant.addPermission(permission);
		authorizations.saveAuthorization(grant);
	}

	/** The jobs (timers) of every process the case ever ran. */
	List<Job> jobsOfCase(String caseId) {
		return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).list().stream())
			.toList();
	}

	/** The case's admission and probation processes have ended: no task, no timer, no job of theirs is left. */
	void assertNothingLeft(String caseId) {
		List<String> caseProcesses = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.filter(pi -> !pi.getProcessDefinitionId().startsWith("overdue-report:"))
			.map(pi -> pi.getId())
			.toList();
		assertThat(caseProcesses).as("admission and probation of the case").isEmpty();
		assertThat(jobsOfCase(caseId)).as("timers and jobs of the case").isEmpty();
		assertThat(walk.openTasks(caseId)).extracting(Task::getTaskDefinitionKey)
			.allSatisfy(key -> assertThat(key).startsWith("ReportOverdue"));
	}

	/** Admitted on 20 January 2026, notes and course done, probation ended: at the cell's recognition meeting. */
	String toRecognitionMeeting() {
		return walk.toRecognitionMeeting(u, CEREMONY);
	}

	void recognitionVote(String caseId, String proposal, String meetingDate, int officialMembers, int votesFor) {
		walk.complete(caseId, "HoldRecognitionMeeting", Map.of("meetingDate", meetingDate, "proposal", proposal,
				"officialMembers", officialMembers, "attendees", officialMembers, "votesFor", votesFor, "votesAgainst",
				officialMembers - votesFor));
	}

	void resolveByGrassroots(String caseId, String proposal) {
		walk.complete(caseId, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate", "2027-01-26", "proposal", proposal, "committeeMembers", 9, "attendees", 9, "votesFor", 9,
				"votesAgainst", 0));
	}

	void change(Map<String, Object> values) {
		Map<String, Object> all = new HashMap<>(values);
		all.put("personId", u.id("cand"));
		all.put("decisionDate", LocalDate.now(clock).toString());
		all.put("reason", "Decided by the cell meeting");
		runtime.startProcessInstanceByKey("probation-change", all);
	}

	Map<String, Object> withCertificate() {
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-2/2025");
		values.put("certificateDate", "2025-09-01");
		return values;
	}

	MemberRecord record() {
		return members.findRecord(u.id("cand")).orElseThrow();
	}

	static Date startOf(String day) {
		return Date.from(LocalDate.parse(day).atStartOfDay(VIETNAM).toInstant());
	}

	static Date endOf(String day) {
		return Date.from(LocalDate.parse(day).atTime(23, 59, 59).atZone(VIETNAM).toInstant());
	}

	static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof InvalidInputException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("refused by a rule, but got %s", thrown).isNotNull();
		return assertThat(cause);
	}

}
