package vn.partyadmission.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.TestClockConfiguration;

/** Every vote and decision on a case lands in the audit log, in the transaction of the step that took it. */
@ApplicationTest
class DecisionAuditTest {

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Autowired
	AuditLog audit;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		identity.clearAuthentication();
	}

	@Test
	void admittedCase_leavesOneRowPerVoteAndDecision_namingNoPerson() {
		Fixture.Units u = fixture.create();
		AdmissionCase admitted = walk.admit(u, LocalDate.of(2026, 1, 20));

		List<AuditEntry> rows = decisions(admitted.id());
		assertThat(rows).extracting(AuditEntry::detail).containsExactlyInAnyOrder(
				"6-KNĐ cell vote 1: PASSED, 5 of 5 in favour",
				"8-KNĐ grassroots committee resolution: PASSED, 9 of 9 in favour",
				"organizing commission appraisal: FORWARD",
				"9-KNĐ admission decision: ADMIT, " + CaseWalker.decisionNumber(admitted.id()));
		assertThat(rows).allSatisfy(e -> {
			assertThat(e.actor()).isNotBlank();
			assertThat(e.occurredAt()).isNotNull();
			assertThat(e.detail()).doesNotContain("Nguyễn");
		});
	}

	@Test
	void cellVote_isLoggedWithTheSignedInSecretary_andRolledBackWithItsStep() {
		Fixture.Units u = fixture.create();
		AdmissionCase opened = cases.start(withCertificate(u.startValues()));
		String id = opened.id();
		LocalDate today = TestClockConfiguration.TODAY;
		walk.complete(id, "ReceiveApplication", Map.of("applicationDate", today.toString(), "personalHistoryDate",
				today.toString()));
		walk.complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", today.toString()));
		walk.complete(id, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", today.toString()));
		Map<String, Object> vote = Map.of("meetingDate", today.toString(), "officialMembers", 5, "attendees", 5,
				"votesFor", 4, "votesAgainst", 1);
		String secretary = "secretary-" + u.prefix;
		identity.setAuthentication(secretary, List.of(Groups.cellSecretary(u.cell)));

		// the step fails after the vote was recorded (here: its transaction is rolled back)
		String taskId = walk.task(id, "HoldCellMeeting").getId();
		transaction.executeWithoutResult(status -> {
			tasks.complete(taskId, new HashMap<>(vote));
			status.setRollbackOnly();
		});
		assertThat(decisions(id)).isEmpty();
		assertThat(walk.task(id, "HoldCellMeeting")).isNotNull();

		tasks.complete(taskId, new HashMap<>(vote));
		assertThat(decisions(id)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo(secretary);
			assertThat(e.detail()).isEqualTo("6-KNĐ cell vote 1: PASSED, 4 of 5 in favour");
		});
	}

	private static Map<String, Object> withCertificate(Map<String, Object> values) {
		values.put("certificateNumber", "CN-8/2025");
		values.put("certificateDate", TestClockConfiguration.TODAY.minusMonths(2).toString());
		return values;
	}

	private List<AuditEntry> decisions(String caseId) {
		return audit.find(new AuditQuery(null, AuditAction.DECISION, caseId, null, null), 0, 50).content();
	}

}
