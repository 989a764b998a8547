package vn.partyadmission.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.CaseFile;
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
 * Transfers of Party membership: sent by the grassroots committee of the person's cell, confirmed by
 * that of the receiving cell, nothing moving before; the record, the counts, an open case (route,
 * tasks) and a probationary member's mentor move at confirmation; outside the register the person
 * leaves it.
 */
abstract class TransferScenarios {

	static final LocalDate CEREMONY = LocalDate.of(2026, 1, 20);

	@Autowired
	Transfers transfers;

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
	org.camunda.bpm.engine.AuthorizationService authorizations;

	Units u;

	Set<String> grassroots;

	@BeforeEach
	void setUp() {
		u = fixture.create();
		grassroots = Set.of(Groups.committee(u.grassroots));
	}

	@Test
	void officialMember_toAnotherCellOfTheSameCommittee_movesOnlyWhenTheReceivingCommitteeConfirms() {
		String person = u.id("o4");
		long inCell = members.count(u.cell, MemberStatus.OFFICIAL);
		long inOther = members.count(u.otherCell, MemberStatus.OFFICIAL);
		long inGrassroots = members.count(u.grassroots, MemberStatus.OFFICIAL);

		Transfer sent = transfers.send(official(person, u.otherCell), "gr-committee", grassroots);

		assertThat(sent.status()).isEqualTo(Transfer.Status.SENT);
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(members.count(u.cell, MemberStatus.OFFICIAL)).isEqualTo(inCell);
		assertThat(transfers.ofUnit(u.otherCell, true, null, grassroots)).extracting(Transfer::id).containsExactly(sent.id());
		assertThat(transfers.ofUnit(u.cell, false, null, grassroots)).extracting(Transfer::id).containsExactly(sent.id());

		Transfer confirmed = transfers.confirm(sent.id(), new Transfers.ConfirmRequest(null, "Đã nhận"), "gr-committee", grassroots);

		assertThat(confirmed.status()).isEqualTo(Transfer.Status.CONFIRMED);
		assertThat(confirmed.confirmedBy()).isEqualTo("gr-committee");
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.otherCell);
		assertThat(members.findRecord(person).orElseThrow().status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(members.count(u.cell, MemberStatus.OFFICIAL)).isEqualTo(inCell - 1);
		assertThat(members.count(u.otherCell, MemberStatus.OFFICIAL)).isEqualTo(inOther + 1);
		assertThat(members.count(u.grassroots, MemberStatus.OFFICIAL)).isEqualTo(inGrassroots);
		assertThat(members.journal(person)).extracting(JournalEntry::activityId).endsWith(Transfers.SEND, Transfers.CONFIRM);
		assertThat(transfers.ofUnit(u.otherCell, true, null, grassroots)).isEmpty();
	}

	@Test
	void probationaryMember_toAGrassrootsCellOfTheCommune_takesTheCaseAlong_andTheNewCellsMentorTakesOverTheMentorsWork() {
		String person = u.id("cand");
		String caseId = walk.admit(u, CEREMONY).id();
		walk.fire(caseId, "QuarterPassed");
		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("o3"));
		Set<String> receiving = Set.of(Groups.cellSecretary(u.grassrootsCell));
		Set<String> commune = Set.of(Groups.organizingCommission(u.commune));

		// the receiving cell cannot send the person (it does not see them), the commune is not the sender
		assertThat(catchThrowable(() -> transfers.send(official(person, u.grassrootsCell), "gc", receiving)))
			.isInstanceOf(NotVisible.class);
		assertForbidden(() -> transfers.send(official(person, u.grassrootsCell), "commune", commune));
		Transfer sent = transfers.send(official(person, u.grassrootsCell), "gr-committee", grassroots);
		assertThat(sent.caseId()).isEqualTo(caseId);
		// the sender does not confirm (it does not see the receiving cell), nor does the commune above both
		assertThat(catchThrowable(() -> transfers.confirm(sent.id(), mentor(u.id("gc1")), "gr", grassroots)))
			.isInstanceOf(NotVisible.class);
		assertForbidden(() -> transfers.confirm(sent.id(), mentor(u.id("gc1")), "commune", commune));
		// a probationary member moving for good needs a mentor among the receiving cell's official members
		assertThat(((InvalidInputException) catchThrowable(() -> transfers.confirm(sent.id(), mentor(null), "gc", receiving)))
			.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("mentorId");
		assertThat(catchThrowable(() -> transfers.confirm(sent.id(), mentor(u.id("o1")), "gc", receiving)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("mentorId");
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(caseFiles.find(cases.find(caseId).orElseThrow().processInstanceId()).orElseThrow().cellId()).isEqualTo(u.cell);

		transfers.confirm(sent.id(), mentor(u.id("gc1")), "gc-secretary", receiving);

		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.grassrootsCell);
		assertThat(members.findRecord(person).orElseThrow().mentorId()).isEqualTo(u.id("gc1"));
		AdmissionCase moved = cases.find(caseId).orElseThrow();
		assertThat(moved.cellId()).isEqualTo(u.grassrootsCell);
		CaseFile file = caseFiles.find(moved.processInstanceId()).orElseThrow();
		assertThat(file.route().cellSecretaryGroup()).isEqualTo(Groups.cellSecretary(u.grassrootsCell));
		assertThat(file.progress()).containsEntry("mentorId", u.id("gc1"));
		assertThat(walk.task(caseId, "WriteMentorNote").getAssignee()).isEqualTo(u.id("gc1"));
		assertThat(walk.candidateGroups(walk.task(caseId, "RecordNewMemberCourse")))
			.containsExactly(Groups.cellSecretary(u.grassrootsCell));
		// the old cell's committee and the old mentor no longer see the case's instances; the new ones do
		for (String instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
			.map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList()) {
			List<org.camunda.bpm.engine.authorization.Authorization> grants = authorizations.createAuthorizationQuery()
				.resourceId(instance).list();
			assertThat(grants).extracting(org.camunda.bpm.engine.authorization.Authorization::getGroupId)
				.doesNotContain(Groups.cellSecretary(u.cell)).contains(Groups.cellSecretary(u.grassrootsCell))
				.contains(Groups.standingCommittee(u.commune));
			assertThat(grants).extracting(org.camunda.bpm.engine.authorization.Authorization::getUserId)
				.doesNotContain(u.id("o3")).contains(u.id("gc1"));
		}
		walk.complete(caseId, "WriteMentorNote", Map.of("mentorNote", "Quý 1: tích cực"));
		assertThat(members.mentorNotes(person)).extracting(n -> n.mentorId()).containsExactly(u.id("gc1"));
	}

	@Test
	void candidateWithAnOpenCase_toAnotherCommune_takesTheCaseToTheNewCellsBodies() {
		Units elsewhere = fixture.create();
		String person = u.id("cand");
		String caseId = cases.start(CaseWalker.certified(u.startValues())).id();
		walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2026-02-20", "personalHistoryDate", "2026-02-20"));
		Set<String> receiving = Set.of(Groups.committee(elsewhere.grassroots));
		assertThat(catchThrowable(() -> transfers.send(official(person, elsewhere.cell), "other", receiving)))
			.as("no one moves a person of another unit").isInstanceOf(NotVisible.class);

		Transfer sent = transfers.send(official(person, elsewhere.cell), "gr-committee", grassroots);
		assertThat(walk.candidateGroups(walk.task(caseId, "VerifyBackground"))).containsExactly(Groups.committee(u.grassroots));
		assertThat(transfers.ofUnit(elsewhere.commune, true, null, Set.of(Groups.standingCommittee(elsewhere.commune))))
			.extracting(Transfer::personId).containsExactly(person);
		transfers.confirm(sent.id(), null, "other-committee", receiving);

		AdmissionCase moved = cases.find(caseId).orElseThrow();
		assertThat(moved.cellId()).isEqualTo(elsewhere.cell);
		assertThat(moved.competentCommitteeId()).isEqualTo(elsewhere.commune);
		assertThat(caseFiles.find(moved.processInstanceId()).orElseThrow().route().standingCommitteeGroup())
			.isEqualTo(Groups.standingCommittee(elsewhere.commune));
		assertThat(walk.candidateGroups(walk.task(caseId, "VerifyBackground"))).containsExactly(Groups.committee(elsewhere.grassroots));
		assertThat(runtime.getVariable(moved.processInstanceId(), "cellId")).isEqualTo(elsewhere.cell);
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(elsewhere.cell);
		assertThat(members.findRecord(person).orElseThrow().status()).isEqualTo(MemberStatus.APPLICANT);
		assertThat(members.journalOfCase(caseId)).extracting(JournalEntry::activityId).contains(Transfers.SEND, Transfers.CONFIRM);
	}

	@Test
	void toAnOrganizationOutsideTheRegister_theMemberLeavesIt_andACandidatesCaseEndsAsMovedAway() {
		String member = u.id("o5");
		Transfer out = transfers.send(new Transfers.SendRequest(member, Transfer.Kind.OFFICIAL, null,
				"Đảng bộ xã Bát Xát, tỉnh Lào Cai", LocalDate.now(clock), null, "GGT-15", null), "gr", grassroots);
		assertThat(out.status()).isEqualTo(Transfer.Status.OUTSIDE);
		assertThat(members.findRecord(member).orElseThrow().status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
		assertThat(members.journal(member).get(members.journal(member).size() - 1).change()).contains("Lào Cai");

		String caseId = cases.start(CaseWalker.certified(u.startValues())).id();
		transfers.send(new Transfers.SendRequest(u.id("cand"), Transfer.Kind.OFFICIAL, null, "Tỉnh Lào Cai",
				LocalDate.now(clock), null, null, null), "gr", grassroots);
		AdmissionCase ended = cases.find(caseId).orElseThrow();
		assertThat(ended.isOpen()).isFalse();
		assertThat(ended.outcome()).isEqualTo("MOVED_AWAY");
		assertThat(walk.openTasks(caseId)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
		assertThat(members.findRecord(u.id("cand")).orElseThrow().status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
	}

	@Test
	void temporaryTransfer_keepsThePersonInTheHomeCell_andShowsThemToTheReceivingUnit() {
		String person = u.id("o4");
		Transfer sent = transfers.send(new Transfers.SendRequest(person, Transfer.Kind.TEMPORARY, u.otherCell, null,
				LocalDate.now(clock), LocalDate.now(clock).plusMonths(6), null, "Đi học tập trung"), "gr", grassroots);
		transfers.confirm(sent.id(), null, "gr", grassroots);

		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(transfers.ofUnit(u.otherCell, true, Transfer.Status.CONFIRMED, grassroots))
			.extracting(Transfer::personId, Transfer::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(person,
					Transfer.Kind.TEMPORARY));
		assertThat(members.journal(person).get(members.journal(person).size() - 1).change()).contains("tạm thời");
	}

	@Test
	void refusals_nameTheField_andChangeNothing() {
		// a plain member, another cell's secretary: the person is not theirs to see
		for (Set<String> groups : List.of(Set.of(Groups.cellMembers(u.cell)), Set.of(Groups.cellSecretary(u.otherCell)))) {
			assertThat(catchThrowable(() -> transfers.send(official(u.id("o4"), u.otherCell), "x", groups)))
				.isInstanceOf(NotVisible.class);
		}
		// the cell's own secretary sees the person but the grassroots committee sends
		assertForbidden(() -> transfers.send(official(u.id("o4"), u.otherCell), "sec", Set.of(Groups.cellSecretary(u.cell))));
		InvalidInputException bad = (InvalidInputException) catchThrowable(() -> transfers.send(new Transfers.SendRequest(
				u.id("o4"), null, null, null, LocalDate.now(clock).plusDays(1), null, null, null), "gr", grassroots));
		assertThat(bad.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("kind", "toCellId", "sentOn");
		assertThat(catchThrowable(() -> transfers.send(official(u.id("cand"), u.otherCell), "gr", grassroots)))
			.as("a candidate without an open case is no one's to transfer").isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("member-or-open-case");
		assertThat(catchThrowable(() -> transfers.send(official(u.id("o4"), "no-such-cell"), "gr", grassroots)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("cell-in-force");

		transfers.send(official(u.id("o4"), u.otherCell), "gr", grassroots);
		assertThat(catchThrowable(() -> transfers.send(official(u.id("o4"), u.grassrootsCell), "gr", grassroots)))
			.isInstanceOf(ConflictException.class);
		assertThat(catchThrowable(() -> transfers.send(new Transfers.SendRequest(u.id("o4"), Transfer.Kind.OFFICIAL, null,
				"Tỉnh Lào Cai", LocalDate.now(clock), null, null, null), "gr", grassroots))).isInstanceOf(ConflictException.class);
		assertThat(members.findRecord(u.id("o4")).orElseThrow().status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(members.findPerson(u.id("o4")).orElseThrow().cellId()).isEqualTo(u.cell);
	}

	@Test
	void aCaseEndedWhileItsTransferWaits_cancelsTheTransfer_whichCanNoLongerBeConfirmed() {
		String caseId = cases.start(CaseWalker.certified(u.startValues())).id();
		Transfer sent = transfers.send(official(u.id("cand"), u.otherCell), "gr", grassroots);
		endings.end(caseId, new CaseEndings.Request(EndingReason.DIED, "Gia đình báo tin", LocalDate.now(clock), null), "sec",
				Set.of(Groups.cellSecretary(u.cell)));

		assertThat(transfers.one(sent.id(), grassroots).status()).isEqualTo(Transfer.Status.CANCELLED);
		assertThat(catchThrowable(() -> transfers.confirm(sent.id(), null, "gr", grassroots))).isInstanceOf(ConflictException.class);
		assertThat(members.findPerson(u.id("cand")).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).list()).extracting(Task::getId).isEmpty();
	}

	@Test
	void exitsAndTransfers_leaveEveryTallyEqualToARecount_andAnAdmissionThatStoodStaysCounted() {
		List<String> units = List.of(u.province, u.commune, u.grassroots, u.cell, u.otherCell, u.intermediate,
				u.intermediateCell, u.grassrootsCell);
		String cand = u.id("cand");
		vn.partyadmission.membership.Change why = new vn.partyadmission.membership.Change(null, null, "test", "step", null);
		members.certifyAwareness(cand, "CN-1", LocalDate.of(2025, 2, 1), why);
		members.becomeApplicant(cand, LocalDate.of(2025, 3, 1), why);
		members.admit(cand, "QĐ-1", LocalDate.of(2025, 4, 10), why);
		members.swearIn(cand, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1), u.id("o1"), why);
		assertEqualToRecount(units);

		members.transfer(cand, u.otherCell, why);
		assertEqualToRecount(units);
		assertThat(counted("admitted_tally", u.cell)).isEmpty();
		assertThat(counted("admitted_tally", u.otherCell)).containsEntry(List.of(u.otherCell, 202504), List.of(1L));
		assertThat(counted("probation_tally", u.otherCell)).containsEntry(List.of(u.otherCell, "2026-05-01"), List.of(1L));

		members.exit(cand, MemberStatus.DECEASED, LocalDate.of(2025, 12, 1), why);
		members.exit(u.id("o5"), MemberStatus.TRANSFERRED_OUT, LocalDate.of(2025, 12, 1), why);
		members.certifyAwareness(u.id("other"), "CN-2", LocalDate.of(2025, 2, 1), why);
		members.exit(u.id("other"), MemberStatus.CASE_ENDED, LocalDate.of(2025, 12, 1), why);
		assertEqualToRecount(units);
		assertThat(counted("probation_tally", u.otherCell)).isEmpty();
		assertThat(counted("admitted_tally", u.commune)).containsEntry(List.of(u.commune, 202504), List.of(1L));
		assertThat(members.count(u.commune, MemberStatus.DECEASED)).isEqualTo(1);
	}

	@Autowired
	vn.partyadmission.organization.UnitTallies tallies;

	@Autowired
	List<vn.partyadmission.organization.Tally> all;

	void assertEqualToRecount(List<String> units) {
		for (vn.partyadmission.organization.Tally t : all) {
			assertThat(tallies.counted(t, units)).as(t.table()).isEqualTo(tallies.recounted(t, units));
		}
	}

	Map<List<Object>, List<Long>> counted(String table, String unit) {
		vn.partyadmission.organization.Tally t = all.stream().filter(x -> x.table().equals(table)).findFirst().orElseThrow();
		return tallies.counted(t, List.of(unit));
	}

	// --- helpers

	Transfers.SendRequest official(String personId, String toCellId) {
		return new Transfers.SendRequest(personId, Transfer.Kind.OFFICIAL, toCellId, null, LocalDate.now(clock), null,
				"GGT-01", null);
	}

	static Transfers.ConfirmRequest mentor(String mentorId) {
		return new Transfers.ConfirmRequest(mentorId, null);
	}

	static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		Throwable refused = catchThrowable(call);
		assertThat(refused).isInstanceOf(ResponseStatusException.class);
		assertThat(((ResponseStatusException) refused).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
