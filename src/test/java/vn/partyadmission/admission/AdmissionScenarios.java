package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;
import vn.partyadmission.support.Fixture.Units;

/**
 * Every path of processes/admission.bpmn, with the member record and journal the delegates keep.
 * Run against H2 and against a real PostgreSQL by the two subclasses.
 */
abstract class AdmissionScenarios {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MemberRegister members;

	@Autowired
	Fixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	MutableClock clock;

	Units u;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		u = fixture.create();
	}

	// ---- paths through the model

	@Test
	void happyPath_caseRunsFromOpeningToCeremony_andTheMemberBecomesProbationary() {
		ProcessInstance pi = start(u.startValues());

		assertThat(pi).isWaitingAt(AdmissionProcess.RECORD_AWARENESS_CERTIFICATE);
		assertThat(task(pi)).hasCandidateGroup(Groups.cellSecretary(u.cell));
		complete(task(pi), withVariables("certificateNumber", "CN-123/2026", "certificateDate", "2026-01-10"));
		assertThat(status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);

		receiveApplication(pi);
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);
		verifyBackground(pi, true);
		collectComments(pi);
		holdCellMeeting(pi, 5, 5, 4, 1);
		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
		assertThat(task(pi)).hasCandidateGroup(Groups.committee(u.grassroots));
		resolveByGrassroots(pi, 9, 8, 7);
		appraise(pi, "FORWARD", null);
		assertThat(pi).isWaitingAt(AdmissionProcess.DECIDE_ADMISSION);
		assertThat(task(pi)).hasCandidateGroup(Groups.standingCommittee(u.commune));
		complete(task(pi), withVariables("admissionDecision", "ADMIT", "decisionNumber", "QĐ 45-QĐ/ĐU",
				"decisionDate", "2026-02-20"));
		assertThat(status()).isEqualTo(MemberStatus.ADMITTED);

		assertThat(pi).isWaitingAt(AdmissionProcess.HOLD_ADMISSION_CEREMONY);
		complete(task(pi), withVariables("ceremonyDate", "2026-02-27", "mentorId", u.id("o3"), "oathTaken", true));

		assertThat(pi).hasPassed(AdmissionProcess.HOLD_ADMISSION_CEREMONY).isWaitingAt(AdmissionProcess.PROBATION);
		MemberRecord record = record();
		assertThat(record.status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(record.admissionDecisionDate()).isEqualTo(LocalDate.of(2026, 2, 20));
		assertThat(record.ceremonyDate()).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(record.probationEndDate()).isEqualTo(LocalDate.of(2027, 2, 27));
		assertThat(record.mentorId()).isEqualTo(u.id("o3"));
		assertThat(journal()).extracting(JournalEntry::toStatus)
			.filteredOn(s -> s != null)
			.containsExactly(MemberStatus.SOURCE_CANDIDATE, MemberStatus.AWARENESS_CERTIFIED, MemberStatus.APPLICANT,
					MemberStatus.ADMITTED, MemberStatus.PROBATIONARY);
		assertThat(journal()).extracting(JournalEntry::document)
			.filteredOn(d -> d != null)
			.extracting(Document::code)
			.containsExactly("CN-NTVĐ", "1-KNĐ", "2-KNĐ", "20-KNĐ", "5-KNĐ", "6-KNĐ", "8-KNĐ", "9-KNĐ");
		// the case stays open through the 12 months of probation (probation.bpmn)
		AdmissionCase admitted = caseOf(pi);
		assertThat(admitted.outcome()).isEqualTo("ADMITTED");
		assertThat(admitted.isOpen()).isTrue();
	}

	@Test
	void validAwarenessCertificate_skipsTheClassAndStartsCertified() {
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-77/2024");
		values.put("certificateDate", "2024-05-10");
		ProcessInstance pi = start(values);

		assertThat(pi).isWaitingAt(AdmissionProcess.RECEIVE_APPLICATION);
		assertThat(record().awarenessCertificateNumber()).isEqualTo("CN-77/2024");
		assertThat(status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);
	}

	@Test
	void certificateOnRecordOlderThan60Months_sendsThePersonToTheClassAgain() {
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-1/2020");
		values.put("certificateDate", "2020-06-01");
		assertRefused(() -> start(values)).hasMessageContaining("CERTIFICATE_EXPIRED");

		jdbc.sql("update member_record set status = 'AWARENESS_CERTIFIED', awareness_certificate_number = 'CN-1/2020', "
				+ "awareness_certificate_date = date '2020-06-01' where person_id = ?").param(u.id("cand")).update();
		ProcessInstance pi = start(u.startValues());
		assertThat(pi).isWaitingAt(AdmissionProcess.RECORD_AWARENESS_CERTIFICATE);
		certify(pi);
		assertThat(record().awarenessCertificateDate()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(pi).isWaitingAt(AdmissionProcess.RECEIVE_APPLICATION);
	}

	@Test
	void personNotAdmittedBefore_mayBeProposedInANewCase_whichStartsANewCycle() {
		ProcessInstance first = toVerification();
		verifyBackground(first, false);
		assertThat(status()).isEqualTo(MemberStatus.REJECTED);

		ProcessInstance second = start(u.startValues());
		assertThat(second).isWaitingAt(AdmissionProcess.RECEIVE_APPLICATION);
		assertThat(status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);
		receiveApplication(second);
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);
	}

	@Test
	void backgroundNotVerified_endsTheCaseWithoutAdmission() {
		ProcessInstance pi = toVerification();
		verifyBackground(pi, false);

		assertThat(pi).isEnded().hasPassed(AdmissionProcess.RECORD_NOT_ADMITTED);
		assertThat(status()).isEqualTo(MemberStatus.REJECTED);
		assertThat(caseOf(pi).outcome()).isEqualTo("REJECTED");
	}

	@Test
	void cellVoteBelowTwoThirdsOfOfficialMembers_isRepeated_andPassesTheSecondTime() {
		nineOfficialMembers();
		ProcessInstance pi = toCellMeeting();
		// 6 of the register's 9 is exactly two thirds: passes; 5 of 9 does not
		holdCellMeeting(pi, 9, 8, 5, 3);
		assertThat(pi).isWaitingAt(AdmissionProcess.HOLD_CELL_MEETING);
		assertThat(progress(pi, "cellVoteAttempts")).isEqualTo(1);

		holdCellMeeting(pi, 9, 9, 6, 3);
		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
		assertThat(journal()).filteredOn(e -> e.document() != null && "6-KNĐ".equals(e.document().code()))
			.extracting(JournalEntry::change)
			.satisfiesExactly(first -> assertThat(first).endsWith(": không đạt"), second -> assertThat(second).endsWith(": đạt"));
	}

	@Test
	void thirdFailedCellVote_goesToTheCommitteeAbove_whichMayCloseTheCase() {
		nineOfficialMembers();
		ProcessInstance pi = toCellMeeting();
		holdCellMeeting(pi, 9, 9, 5, 4);
		holdCellMeeting(pi, 9, 9, 4, 5);
		holdCellMeeting(pi, 9, 9, 5, 4);

		assertThat(pi).isWaitingAt(AdmissionProcess.REVIEW_FAILED_VOTES);
		assertThat(task(pi)).hasCandidateGroup(Groups.committee(u.grassroots));
		complete(task(pi), withVariables("failedVotesDecision", "CLOSE", "failedVotesReason", "No majority after three meetings"));

		assertThat(pi).isEnded().hasPassed(AdmissionProcess.RECORD_NOT_ADMITTED);
		assertThat(status()).isEqualTo(MemberStatus.REJECTED);
	}

	@Test
	void thirdFailedCellVote_mayBeSentOnByTheCommitteeAbove() {
		nineOfficialMembers();
		ProcessInstance pi = toCellMeeting();
		for (int i = 0; i < 3; i++) {
			holdCellMeeting(pi, 9, 9, 5, 4);
		}
		complete(task(pi), withVariables("failedVotesDecision", "PROCEED", "failedVotesReason", "Reasons of the minority examined"));

		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
	}

	@Test
	void grassrootsResolutionBelowTwoThirdsOfCommitteeMembers_rejects() {
		ProcessInstance pi = toCellMeeting();
		holdCellMeeting(pi, 5, 5, 5, 0);
		resolveByGrassroots(pi, 9, 9, 5);

		assertThat(pi).isEnded().hasPassed(AdmissionProcess.RECORD_NOT_ADMITTED);
		assertThat(status()).isEqualTo(MemberStatus.REJECTED);
		assertThat(journal()).last().extracting(JournalEntry::change).asString().contains("Đảng ủy cơ sở");
	}

	@Test
	void standingCommitteeRejection_needsAReason_andEndsTheCase() {
		ProcessInstance pi = toDecision();
		assertRefused(() -> complete(task(pi), withVariables("admissionDecision", "REJECT")))
			
			.hasMessageContaining("decisionReason");
		complete(task(pi), withVariables("admissionDecision", "REJECT", "decisionReason", "Personal history incomplete"));

		assertThat(pi).isEnded().hasPassed(AdmissionProcess.RECORD_NOT_ADMITTED);
		assertThat(status()).isEqualTo(MemberStatus.REJECTED);
		assertThat(journal()).last().extracting(JournalEntry::change).asString().contains("Personal history incomplete");
	}

	@Test
	void returnForMoreInformation_goesBackToTheCell_thenToTheOrganizingCommissionAgain() {
		ProcessInstance pi = toDecision();
		complete(task(pi), withVariables("admissionDecision", "RETURN", "decisionReason", "Add the residence cell's comments"));

		assertThat(pi).isWaitingAt(AdmissionProcess.SUPPLEMENT_DOSSIER);
		assertThat(task(pi)).hasCandidateGroup(Groups.cellSecretary(u.cell));
		complete(task(pi), withVariables("supplementNote", "Comments of the residence cell added"));
		assertThat(pi).isWaitingAt(AdmissionProcess.APPRAISE_BY_ORGANIZING_COMMISSION);
		appraise(pi, "RETURN", "Signature missing on 2-KNĐ");
		assertThat(pi).isWaitingAt(AdmissionProcess.SUPPLEMENT_DOSSIER);
		complete(task(pi), withVariables("supplementNote", "Signed"));
		appraise(pi, "FORWARD", null);
		assertThat(pi).isWaitingAt(AdmissionProcess.DECIDE_ADMISSION);
		assertThat(status()).isEqualTo(MemberStatus.APPLICANT);
	}

	@Test
	void cellUnderAnIntermediateCommittee_getsItsAppraisal_7KND() {
		ProcessInstance pi = start(u.startValues(u.id("imcand"), u.intermediateCell, u.id("im1"), u.id("im2")));
		certify(pi);
		receiveApplication(pi);
		verifyBackground(pi, true);
		collectComments(pi);
		holdCellMeeting(pi, 2, 2, 2, 0);

		assertThat(pi).isWaitingAt(AdmissionProcess.APPRAISE_BY_INTERMEDIATE_COMMITTEE);
		assertThat(task(pi)).hasCandidateGroup(Groups.committee(u.intermediate));
		complete(task(pi), withVariables("appraisalNumber", "07/BC", "appraisalDate", "2026-02-25", "recommendAdmission", "true",
				"appraisalOpinion", "Qualified"));
		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
		assertThat(progress(pi, "intermediateRecommendation")).isEqualTo("RECOMMEND");
	}

	@Test
	void intermediateCommitteeMayAdviseAgainst_7KND_theGrassrootsCommitteeStillDecides_withTheAdviceOnRecord() {
		ProcessInstance pi = start(u.startValues(u.id("imcand"), u.intermediateCell, u.id("im1"), u.id("im2")));
		certify(pi);
		receiveApplication(pi);
		verifyBackground(pi, true);
		collectComments(pi);
		holdCellMeeting(pi, 2, 2, 2, 0);
		List<JournalEntry> before = members.journal(u.id("imcand"));

		// the opinion is required, and so is its reason
		assertRefused(() -> complete(task(pi), withVariables("appraisalNumber", "07/BC", "appraisalDate", "2026-02-25",
				"appraisalOpinion", "Chưa tiêu biểu"))).hasMessageContaining("recommendAdmission");
		assertRefused(() -> complete(task(pi), withVariables("appraisalNumber", "07/BC", "appraisalDate", "2026-02-25",
				"recommendAdmission", "false"))).hasMessageContaining("appraisalOpinion");
		assertThat(members.journal(u.id("imcand"))).hasSameSizeAs(before);

		complete(task(pi), withVariables("appraisalNumber", "07/BC", "appraisalDate", "2026-02-25", "recommendAdmission",
				"false", "appraisalOpinion", "Chưa thật sự tiêu biểu trong công tác đoàn"));

		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
		assertThat(task(pi)).hasCandidateGroup(Groups.committee(u.grassroots));
		assertThat(progress(pi, "intermediateRecommendation")).isEqualTo("NOT_RECOMMEND");
		assertThat(progress(pi, "intermediateOpinion")).isEqualTo("Chưa thật sự tiêu biểu trong công tác đoàn");
		assertThat(members.journal(u.id("imcand"))).last().satisfies(e -> {
			assertThat(e.change()).contains("không đề nghị kết nạp").contains("Chưa thật sự tiêu biểu");
			assertThat(e.document().code()).isEqualTo("7-KNĐ");
		});
		assertThat(members.findRecord(u.id("imcand")).orElseThrow().status()).isEqualTo(MemberStatus.APPLICANT);
	}

	@Test
	void grassrootsCell_isVerifiedByItsOwnCommittee_andGoesStraightToTheCompetentCommittee() {
		ProcessInstance pi = start(u.startValues(u.id("gccand"), u.grassrootsCell, u.id("gc1"), u.id("gc2")));
		certify(pi);
		receiveApplication(pi);
		assertThat(task(pi)).hasCandidateGroup(Groups.cellSecretary(u.grassrootsCell));
		verifyBackground(pi, true);
		collectComments(pi);
		holdCellMeeting(pi, 2, 2, 2, 0);

		assertThat(pi).isWaitingAt(AdmissionProcess.APPRAISE_BY_ORGANIZING_COMMISSION);
		assertThat(task(pi)).hasCandidateGroup(Groups.organizingCommission(u.commune));
	}

	// ---- bad input: clear error, nothing created or changed

	@Test
	void startForAnUnknownPerson_isRefused_andCreatesNothing() {
		long before = instances();
		Map<String, Object> values = u.startValues(u.id("nobody"), u.cell, u.id("o1"), u.id("o2"));

		assertRefused(() -> start(values))
			.hasMessageContaining("personId").hasMessageContaining("person-of-the-cell");
		assertThat(instances()).isEqualTo(before);
	}

	@Test
	void startForAPersonOfAnotherCell_isRefused() {
		Map<String, Object> values = u.startValues(u.id("other"), u.cell, u.id("o1"), u.id("o2"));

		assertRefused(() -> start(values))
			.hasMessageContaining("person-of-the-cell");
		assertThat(members.journal(u.id("other"))).hasSize(1);
	}

	@Test
	void secondCaseForAPersonWithAnOpenCase_isRefused() {
		start(u.startValues());
		long before = instances();

		assertRefused(() -> start(u.startValues()))
			.hasMessageContaining("one-open-case");
		assertThat(instances()).isEqualTo(before);
	}

	@Test
	void personOf17Years11Months_mayOpenACase_butTheCellMeetingCountsTheAgeOnItsDate() {
		// 17 years and 11 months on 2026-03-02, the day the case opens
		fixture.candidate(u.id("young"), "Đỗ Minh Khôi", LocalDate.of(2008, 3, 3), u.cell);
		ProcessInstance pi = toVerification(u.startValues(u.id("young"), u.cell, u.id("o1"), u.id("o2")));
		verifyBackground(pi, true);
		collectComments(pi);
		int journal = members.journal(u.id("young")).size();

		assertRefused(() -> complete(task(pi), withVariables("meetingDate", "2026-03-02", "attendees", 5, "votesFor", 5,
				"votesAgainst", 0)))
			.hasMessageContaining("AGE_BELOW_18")
			.hasMessageContaining("dateOfBirth");
		assertThat(pi).isWaitingAt(AdmissionProcess.HOLD_CELL_MEETING);
		assertThat(members.journal(u.id("young"))).hasSize(journal);

		// eighteen on the meeting's date: the cell may vote
		clock.set(LocalDate.of(2026, 3, 3));
		complete(task(pi), withVariables("meetingDate", "2026-03-03", "attendees", 5, "votesFor", 5, "votesAgainst", 0));
		assertThat(progress(pi, "cellVoteOutcome")).isEqualTo("PASSED");
	}

	@Test
	void personEighteenToTheDay_isAccepted() {
		fixture.candidate(u.id("just18"), "Đỗ Minh Khôi", LocalDate.of(2008, 3, 2), u.cell);

		ProcessInstance pi = start(u.startValues(u.id("just18"), u.cell, u.id("o1"), u.id("o2")));
		assertThat(pi).isWaitingAt(AdmissionProcess.RECORD_AWARENESS_CERTIFICATE);
	}

	@Test
	void missingIntroducers_areRefusedFieldByField() {
		Map<String, Object> values = u.startValues();
		values.remove("introducer2Id");
		values.remove("introducer1Since");

		assertRefused(() -> start(values))
			.satisfies(e -> assertThat(((InvalidInputException) e).errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("introducer2Id", "introducer1Since"));
	}

	@Test
	void introducerWhoIsNotAnOfficialMember_orKnownForLessThan12Months_isRefused() {
		Map<String, Object> values = u.startValues(u.id("cand"), u.cell, u.id("other"), u.id("o2"));
		values.put("introducer2Since", "2025-06-01");

		assertRefused(() -> start(values))
			.hasMessageContaining("introducer-official")
			.hasMessageContaining("introducer-12-months");
	}

	@Test
	void youthUnionPath_needsTheUnionResolution_4KND_andOneOfficialMember() {
		youthUnionMember("yu", 25);
		Map<String, Object> values = u.startValues(u.id("yu"), u.cell, u.id("o1"), u.id("o2"));
		values.put("introductionPath", "YOUTH_UNION");
		assertRefused(() -> start(values)).hasMessageContaining("unionResolutionNumber").hasMessageContaining("4-KNĐ");

		values.put("unionResolutionNumber", "12-NQ/ĐTN");
		ProcessInstance pi = start(values);
		assertThat(caseOf(pi).introductionPath()).isEqualTo(IntroductionPath.YOUTH_UNION);
		assertThat(members.journal(u.id("yu"))).anyMatch(e -> e.change().contains("12-NQ/ĐTN"));
	}

	@Test
	void aYouthUnionMemberOfYouthAge_mustBeIntroducedByTheYouthUnion_notByTwoMembers() {
		youthUnionMember("yu", 25);
		int journal = members.journal(u.id("yu")).size();

		assertRefused(() -> start(u.startValues(u.id("yu"), u.cell, u.id("o1"), u.id("o2"))))
			.hasMessageContaining("introductionPath")
			.hasMessageContaining("YOUTH_UNION_PATH_REQUIRED");
		assertThat(members.findRecord(u.id("yu")).orElseThrow().status()).isEqualTo(MemberStatus.SOURCE_CANDIDATE);
		assertThat(members.journal(u.id("yu"))).hasSize(journal);
		// past youth age (31), two members introduce a Youth Union member as anyone
		youthUnionMember("older", 31);
		assertThat(start(u.startValues(u.id("older"), u.cell, u.id("o1"), u.id("o2"))))
			.isWaitingAt(AdmissionProcess.RECORD_AWARENESS_CERTIFICATE);
	}

	@Test
	void theYouthUnionIntroducesOnlyItsOwnMembers() {
		Map<String, Object> values = u.startValues();
		values.put("introductionPath", "YOUTH_UNION");
		values.put("unionResolutionNumber", "12-NQ/ĐTN");
		assertRefused(() -> start(values)).hasMessageContaining("YOUTH_UNION_MEMBER");
	}

	@Test
	void tradeUnionPath_needsItsResolution_4AKND_andOneOfficialMember() {
		Map<String, Object> values = u.startValues();
		values.put("introductionPath", "TRADE_UNION");
		values.remove("introducer2Id");
		values.remove("introducer2Relation");
		values.remove("introducer2Since");
		assertRefused(() -> start(values)).hasMessageContaining("unionResolutionNumber").hasMessageContaining("4A-KNĐ");

		values.put("unionResolutionNumber", "03-NQ/CĐ");
		ProcessInstance pi = start(values);
		assertThat(caseOf(pi).introductionPath()).isEqualTo(IntroductionPath.TRADE_UNION);
		assertThat(caseOf(pi).unionResolutionNumber()).isEqualTo("03-NQ/CĐ");
	}

	void youthUnionMember(String local, int age) {
		fixture.candidate(new Person(u.id(local), "Hoàng Thu Trang", LocalDate.of(2026 - age, 1, 5), "FEMALE", "Kinh",
				Education.UPPER_SECONDARY, "Trường THPT", "Thôn Đông", u.cell, true));
	}

	@Test
	void votesThatDoNotAddUp_areRefused_andTheTaskStaysOpen() {
		ProcessInstance pi = toCellMeeting();
		int journalBefore = journal().size();

		assertRefused(() -> holdCellMeeting(pi, 5, 6, 4, 1)).hasMessageContaining("attendees-within-base");
		assertRefused(() -> holdCellMeeting(pi, 5, 5, 4, 3)).hasMessageContaining("votes-within-attendees");
		assertThat(pi).isWaitingAt(AdmissionProcess.HOLD_CELL_MEETING);
		assertThat(journal()).hasSize(journalBefore);
		assertThat(progress(pi, "cellVoteAttempts")).isEqualTo(0);
	}

	// ---- votes are counted against the register (issue 13, item 4)

	@Test
	void cellVote_isCountedAgainstTheRegistersOfficialMembersOnTheMeetingDate_notTheFormsNumber() {
		// official only from after the meeting of 2026-02-12: not part of that meeting's base
		fixture.official(u.id("late"), u.cell, LocalDate.of(2026, 2, 20));
		ProcessInstance pi = toCellMeeting();
		int journalBefore = journal().size();
		assertThat(members.officialMembersOn(u.cell, LocalDate.of(2026, 2, 12))).isEqualTo(5);

		// the forged vote of the issue, one of one, and a base that is not the register's
		assertRefused(() -> holdCellMeeting(pi, 1, 1, 1, 0)).hasMessageContaining("officialMembers")
			.hasMessageContaining("base-from-register").hasMessageContaining("là 5");
		assertRefused(() -> holdCellMeeting(pi, 6, 6, 6, 0)).hasMessageContaining("base-from-register");
		assertThat(journal()).hasSize(journalBefore);
		assertThat(progress(pi, "cellVoteAttempts")).isEqualTo(0);

		// without the field the register's base counts: 3 of 5 is below two thirds, 4 of 5 passes
		complete(task(pi), withVariables("meetingDate", "2026-02-12", "attendees", 5, "votesFor", 3, "votesAgainst", 2));
		assertThat(pi).isWaitingAt(AdmissionProcess.HOLD_CELL_MEETING);
		assertThat(journal()).last().extracting(JournalEntry::change).asString().contains("có mặt 5/5 đảng viên chính thức");
		holdCellMeeting(pi, 5, 5, 4, 1);
		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
	}

	@Test
	void grassrootsResolution_isCountedAgainstTheCommitteesRecordedSize_exactlyTwoThirdsPasses() {
		ProcessInstance pi = toCellMeeting();
		holdCellMeeting(pi, 5, 5, 5, 0);
		int journalBefore = journal().size();

		assertRefused(() -> resolveByGrassroots(pi, 6, 6, 6)).hasMessageContaining("committeeMembers")
			.hasMessageContaining("base-from-register").hasMessageContaining("là 9");
		assertRefused(() -> resolveByGrassroots(pi, 9, 10, 9)).hasMessageContaining("attendees-within-base");
		assertThat(journal()).hasSize(journalBefore);

		// 6 of the tree's 9 is exactly two thirds
		resolveByGrassroots(pi, 9, 9, 6);
		assertThat(pi).isWaitingAt(AdmissionProcess.APPRAISE_BY_ORGANIZING_COMMISSION);
	}

	@Test
	void grassrootsResolution_ofACommitteeWhoseSizeIsNotRecorded_isRefused() {
		ProcessInstance pi = toCellMeeting();
		holdCellMeeting(pi, 5, 5, 5, 0);
		jdbc.sql("delete from committee_size where organization_id = ?").param(u.grassroots).update();

		assertRefused(() -> resolveByGrassroots(pi, 9, 9, 9)).hasMessageContaining("committee-size-recorded")
			.hasMessageContaining("chưa được ghi trong cây tổ chức");
		assertThat(pi).isWaitingAt(AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE);
	}

	// ---- a decision number once per body and year (issue 13, item 5)

	@Test
	void decisionNumberUsedTwiceByOneCommitteeInAYear_is409NamingTheFirstCase_andWritesNothing() {
		ProcessInstance first = toDecision();
		decide(first, "QĐ 45-QĐ/ĐU");
		fixture.candidate(u.id("cand2"), "Vũ Thị Lan", LocalDate.of(2001, 2, 3), u.cell);
		ProcessInstance second = toDecision(u.startValues(u.id("cand2"), u.cell, u.id("o1"), u.id("o2")));
		MemberRecord before = members.findRecord(u.id("cand2")).orElseThrow();
		int journalBefore = members.journal(u.id("cand2")).size();

		// spaces and case do not make another number
		assertRefused(() -> decide(second, "qđ  45-QĐ/ĐU")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("decisionNumber").hasMessageContaining(caseOf(first).id());
		assertThat(members.findRecord(u.id("cand2")).orElseThrow()).isEqualTo(before);
		assertThat(members.journal(u.id("cand2"))).hasSize(journalBefore);
		assertThat(second).isWaitingAt(AdmissionProcess.DECIDE_ADMISSION);

		decide(second, "QĐ 46-QĐ/ĐU");
		assertThat(members.findRecord(u.id("cand2")).orElseThrow().status()).isEqualTo(MemberStatus.ADMITTED);
	}

	@Test
	void decisionNumberOfAnotherYearOrAnotherCommittee_isAccepted() {
		jdbc.sql("""
				insert into issued_decision_number (body_id, form_code, decision_year, number_key, decision_number, case_id,
				                                    issued_at)
				values (?, '9-KNĐ', 2025, 'QĐ 45-QĐ/ĐU', 'QĐ 45-QĐ/ĐU', 'KN-2025-000001', current_timestamp)""")
			.param(u.commune).update();
		ProcessInstance thisYear = toDecision();
		decide(thisYear, "QĐ 45-QĐ/ĐU");
		assertThat(status()).isEqualTo(MemberStatus.ADMITTED);

		u = fixture.create();
		ProcessInstance otherCommittee = toDecision();
		decide(otherCommittee, "QĐ 45-QĐ/ĐU");
		assertThat(status()).isEqualTo(MemberStatus.ADMITTED);
	}

	// ---- refusals say nothing of other units (issue 13, item 6)

	@Test
	void startForAnUnknownPerson_orOneOfAnotherCell_readsTheSame_whateverTheirStatusOrCase() {
		// "other" of cell c2 has an open case; o6 of c2 is an official member
		start(u.startValues(u.id("other"), u.otherCell, u.id("o6"), u.id("o1")));
		List<String> answers = new java.util.ArrayList<>();
		for (String id : List.of(u.id("nobody"), u.id("other"), u.id("o6"))) {
			Throwable refused = catchThrowable(() -> start(u.startValues(id, u.cell, u.id("o1"), u.id("o2"))));
			assertRefused(() -> { throw refused; }).hasMessageContaining("person-of-the-cell")
				.hasMessageContaining("Không tìm thấy người này trong chi bộ của đồng chí.");
			answers.add(refused.getMessage().replace(id, "ID"));
		}
		assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(u.otherCell).doesNotContain("OFFICIAL")
			.doesNotContain("SOURCE_CANDIDATE").doesNotContain("KN-"));
		assertThat(answers).containsOnly(answers.get(0));
	}

	@Test
	void introducerOfAnotherUnit_orUnknown_isRefusedWithoutNamingTheirCellOrStatus() {
		Units other = fixture.create();
		Map<String, Object> values = u.startValues(u.id("cand"), u.cell, other.id("o1"), u.id("nobody"));

		Throwable refused = catchThrowable(() -> start(values));
		assertRefused(() -> { throw refused; }).hasMessageContaining("introducer1Id").hasMessageContaining("introducer2Id");
		assertThat(refused.getMessage()).doesNotContain(other.cell).doesNotContain(other.grassroots)
			.doesNotContain("OFFICIAL");
	}

	@Test
	void mentorMustBeAnOfficialMemberOfTheSameCell() {
		ProcessInstance pi = toDecision();
		complete(task(pi), withVariables("admissionDecision", "ADMIT", "decisionNumber", "45", "decisionDate", "2026-02-20"));

		assertRefused(() -> complete(task(pi), withVariables("ceremonyDate", "2026-02-27", "mentorId", u.id("o6"),
				"oathTaken", true)))
			.hasMessageContaining("mentor-official-of-cell");
		assertThat(status()).isEqualTo(MemberStatus.ADMITTED);
	}

	@Test
	void aFailureLaterInTheSameEngineStep_rollsBackTheMemberRecordAndJournal() {
		ProcessInstance pi = start(u.startValues());
		certify(pi);
		int journalBefore = journal().size();
		// the next task cannot be created without its candidate group: the step fails after the listener wrote
		String route = jdbc.sql("select route from case_file where case_id = ?").param(caseOf(pi).id()).query(String.class).single();
		jdbc.sql("update case_file set route = ? where case_id = ?")
			.params(route.replaceAll("\"grassrootsCommitteeGroup\":\"[^\"]*\"", "\"grassrootsCommitteeGroup\":null"), caseOf(pi).id())
			.update();

		assertThatThrownBy(() -> receiveApplication(pi)).hasMessageContaining("did not resolve");
		assertThat(status()).isEqualTo(MemberStatus.AWARENESS_CERTIFIED);
		assertThat(journal()).hasSize(journalBefore);
		assertThat(pi).isWaitingAt(AdmissionProcess.RECEIVE_APPLICATION);
	}

	/** What a step decided, as the case file keeps it. */
	private Object progress(ProcessInstance pi, String name) {
		return caseFiles.find(pi.getId()).orElseThrow().progress().get(name);
	}

	/** The call was refused by a rule: an InvalidInputException, possibly wrapped by the engine. */
	static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof InvalidInputException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("refused by a rule, but got %s", thrown).isNotNull();
		return assertThat(cause);
	}

	// ---- helpers that walk the model

	ProcessInstance start(Map<String, Object> values) {
		AdmissionCase opened = cases.start(values);
		return runtime.createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
	}

	ProcessInstance toVerification() {
		return toVerification(u.startValues());
	}

	ProcessInstance toVerification(Map<String, Object> values) {
		ProcessInstance pi = start(values);
		certify(pi);
		receiveApplication(pi);
		return pi;
	}

	ProcessInstance toCellMeeting() {
		ProcessInstance pi = toVerification();
		verifyBackground(pi, true);
		collectComments(pi);
		return pi;
	}

	/** Four more official members in cell c1, so the register's base is 9 and two thirds is exactly 6. */
	void nineOfficialMembers() {
		for (int i = 7; i <= 10; i++) {
			fixture.official(u.id("o" + i), u.cell);
		}
	}

	ProcessInstance toDecision() {
		return toDecision(u.startValues());
	}

	/** Walks a case of cell c1 (base 5, committee 9) to the competent committee's decision. */
	ProcessInstance toDecision(Map<String, Object> values) {
		ProcessInstance pi = toVerification(values);
		verifyBackground(pi, true);
		collectComments(pi);
		holdCellMeeting(pi, 5, 5, 5, 0);
		resolveByGrassroots(pi, 9, 9, 9);
		appraise(pi, "FORWARD", null);
		return pi;
	}

	void decide(ProcessInstance pi, String number) {
		complete(task(pi), withVariables("admissionDecision", "ADMIT", "decisionNumber", number, "decisionDate", "2026-02-20"));
	}

	void certify(ProcessInstance pi) {
		complete(task(pi), withVariables("certificateNumber", "CN-1/2026", "certificateDate", "2026-01-10"));
	}

	void receiveApplication(ProcessInstance pi) {
		complete(task(pi), withVariables("applicationDate", "2026-01-20", "personalHistoryDate", "2026-01-20"));
	}

	void verifyBackground(ProcessInstance pi, boolean verified) {
		complete(task(pi), withVariables("backgroundVerified", verified, "verificationConclusion",
				verified ? "Clear political history" : "Undeclared relatives abroad", "verificationDate", "2026-02-05"));
	}

	void collectComments(ProcessInstance pi) {
		complete(task(pi), withVariables("commentsSummary", "Youth Union and residence cell agree", "commentsDate", "2026-02-10"));
	}

	void holdCellMeeting(ProcessInstance pi, int officialMembers, int attendees, int votesFor, int votesAgainst) {
		complete(task(pi), withVariables("meetingDate", "2026-02-12", "officialMembers", officialMembers, "attendees",
				attendees, "votesFor", votesFor, "votesAgainst", votesAgainst));
	}

	void resolveByGrassroots(ProcessInstance pi, int committeeMembers, int attendees, int votesFor) {
		complete(task(pi), withVariables("resolutionDate", "2026-02-16", "committeeMembers",
				committeeMembers, "attendees", attendees, "votesFor", votesFor, "votesAgainst", attendees - votesFor));
	}

	void appraise(ProcessInstance pi, String outcome, String note) {
		complete(task(pi), note == null ? withVariables("appraisalOutcome", outcome)
				: withVariables("appraisalOutcome", outcome, "appraisalNote", note));
	}

	MemberRecord record() {
		return members.findRecord(u.id("cand")).orElseThrow();
	}

	MemberStatus status() {
		return record().status();
	}

	List<JournalEntry> journal() {
		return members.journal(u.id("cand"));
	}

	AdmissionCase caseOf(ProcessInstance pi) {
		String id = jdbc.sql("select id from admission_case where process_instance_id = ?").param(pi.getId())
			.query(String.class).single();
		return cases.find(id).orElseThrow();
	}

	long instances() {
		return jdbc.sql("select count(*) from admission_case").query(Long.class).single();
	}

}
