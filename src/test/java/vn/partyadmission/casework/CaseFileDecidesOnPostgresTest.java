package vn.partyadmission.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;
import vn.partyadmission.support.PostgresApplicationTest;

/**
 * The engine's own API, below the REST guard: even a value that reaches the process instance as a
 * variable (written by an administrator, a future route, or an old client) decides nothing. Who
 * acts, which way the case goes, whose record changes and which case a step acts on come from the
 * case file. Each attack is made as the case's own secretary, the most trusted non-administrator.
 */
@PostgresApplicationTest
class CaseFileDecidesOnPostgresTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	MemberRegister members;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Fixture.Units u;

	Fixture.Units other;

	@BeforeEach
	void setUp() {
		u = fixture.create();
		other = fixture.create();
		clock.set(TODAY);
	}

	@AfterEach
	void signOut() {
		identity.clearAuthentication();
	}

	@Test
	void routingVariablesWrittenIntoTheInstance_doNotChooseWhoActs() {
		AdmissionCase c = openCertified(u);
		String attacker = Groups.cellSecretary(u.cell);
		runtime.setVariables(c.processInstanceId(), Map.of("organizingCommissionGroup", attacker,
				"standingCommitteeGroup", attacker, "grassrootsCommitteeGroup", attacker, "cellSecretaryGroup",
				Groups.cellSecretary(other.cell)));

		asSecretaryOf(u, () -> walk.complete(c.id(), "ReceiveApplication", Map.of("applicationDate", "2026-02-01",
				"personalHistoryDate", "2026-02-01")));

		assertThat(walk.candidateGroups(walk.task(c.id(), "VerifyBackground"))).containsExactly(Groups.committee(u.grassroots));
	}

	@Test
	void gatewayValuesSentWithAStep_doNotChooseThePath() {
		AdmissionCase c = toCellMeeting(u);

		// a failed vote sent with the outcome and path flags that would skip ahead
		asSecretaryOf(u, () -> walk.complete(c.id(), "HoldCellMeeting", vote(5, 2, Map.of("cellVoteOutcome", "PASSED",
				"hasGrassrootsCommittee", false, "hasIntermediateCommittee", false, "cellVoteAttempts", 99))));
		assertThat(walk.task(c.id(), "HoldCellMeeting")).isNotNull();
		assertThat(caseFiles.find(c.processInstanceId()).orElseThrow().progress())
			.containsEntry("cellVoteOutcome", "FAILED").containsEntry("cellVoteAttempts", 1);

		// a passed vote with the flags that would skip the grassroots committee's resolution (8-KNĐ)
		asSecretaryOf(u, () -> walk.complete(c.id(), "HoldCellMeeting", vote(5, 5, Map.of("hasGrassrootsCommittee", false))));
		assertThat(walk.candidateGroups(walk.task(c.id(), "ResolveByGrassrootsCommittee")))
			.containsExactly(Groups.committee(u.grassroots));
	}

	@Test
	void aPersonOrCaseNamedInAStep_isNotWhatItActsOn() {
		AdmissionCase mine = openCertified(u);
		AdmissionCase theirs = openCertified(other);
		int theirJournal = members.journal(other.id("cand")).size();
		String theirStage = cases.find(theirs.id()).orElseThrow().stage();
		walk.complete(mine.id(), "ReceiveApplication", Map.of("applicationDate", "2026-02-01", "personalHistoryDate", "2026-02-01"));

		// the grassroots committee verifies: its member sends another unit's person and case
		identity.setAuthentication("committee-" + u.prefix, List.of(Groups.committee(u.grassroots)));
		walk.complete(mine.id(), "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-02-10", "personId", other.id("cand"), "caseId", theirs.id()));
		identity.clearAuthentication();

		assertThat(members.journal(other.id("cand"))).hasSize(theirJournal);
		assertThat(cases.find(theirs.id()).orElseThrow().stage()).isEqualTo(theirStage);
		assertThat(members.journal(u.id("cand"))).anyMatch(e -> e.change().startsWith("Đã thẩm tra lý lịch"));
		assertThat(cases.find(mine.id()).orElseThrow().stage()).isEqualTo("VerifyBackground");
	}

	@Test
	void aProcessStartedPastItsStartEvent_canDoNothing_andLeavesNothing() {
		long instances = runtime.createProcessInstanceQuery().processDefinitionKey("admission").count();
		int journal = members.journal(u.id("cand")).size();
		Map<String, Object> forged = new HashMap<>(u.startValues());
		forged.put("standingCommitteeGroup", Groups.cellSecretary(u.cell));
		forged.put("caseId", "KN-2026-999999");

		identity.setAuthentication("secretary-" + u.prefix, List.of(Groups.cellSecretary(u.cell)));
		for (String activity : List.of("VerifyBackground", "DecideAdmission", "CollectComments", "HoldAdmissionCeremony")) {
			assertThatThrownBy(() -> runtime.createProcessInstanceByKey("admission").startBeforeActivity(activity)
				.setVariables(forged).execute()).as(activity).hasStackTraceContaining("[open-case]");
		}
		identity.clearAuthentication();

		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("admission").count()).isEqualTo(instances);
		assertThat(members.journal(u.id("cand"))).hasSize(journal);
	}

	@Test
	void probationStartedOnItsOwn_isRefused() {
		AdmissionCase c = openCertified(u);

		assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probation", c.id(),
				Map.of("mentorId", u.id("o3"), "ceremonyDate", "2026-01-01", "probationEndDate", "2027-01-01")))
			.hasStackTraceContaining("[open-case]");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("probation").processInstanceBusinessKey(c.id())
			.count()).isZero();
	}

	@Test
	void engineVariablesHoldOnlyFormInputAndWhatTasklistShows() {
		AdmissionCase c = toCellMeeting(u);

		assertThat(runtime.getVariables(c.processInstanceId()).keySet())
			.contains("caseId", "personName", "cellId")
			.noneMatch(name -> name.endsWith("Group") || name.startsWith("has") || name.equals("cellVoteOutcome")
					|| name.equals("certificateValid") || name.equals("hardshipArea"));
		assertThat(jdbc.sql("select count(*) from case_process where process_instance_id = ?")
			.param(c.processInstanceId()).query(Long.class).single()).isEqualTo(1L);
	}

	private AdmissionCase openCertified(Fixture.Units units) {
		return cases.start(CaseWalker.certified(units.startValues()));
	}

	private AdmissionCase toCellMeeting(Fixture.Units units) {
		AdmissionCase c = openCertified(units);
		walk.complete(c.id(), "ReceiveApplication", Map.of("applicationDate", "2026-02-01", "personalHistoryDate", "2026-02-01"));
		walk.complete(c.id(), "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-02-10"));
		walk.complete(c.id(), "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-02-15"));
		return c;
	}

	/** The fixture's cell has 5 official members. */
	private static Map<String, Object> vote(int attendees, int votesFor, Map<String, Object> extra) {
		Map<String, Object> values = new HashMap<>(Map.of("meetingDate", "2026-02-20", "officialMembers", 5,
				"attendees", attendees, "votesFor", votesFor, "votesAgainst", attendees - votesFor));
		values.putAll(extra);
		return values;
	}

	/** Acts as the cell's secretary, signed in as the REST API would sign her in. */
	private void asSecretaryOf(Fixture.Units units, Runnable action) {
		identity.setAuthentication("secretary-" + units.prefix, List.of(Groups.cellSecretary(units.cell)));
		try {
			action.run();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
