package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.casework.CaseFile;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * A case opened before the case file kept its route and progress in variables: at start-up it gets
 * its file, from the tree and from those values, and goes on from where it stood.
 */
@ApplicationTest
class CaseFilesOfEarlierCasesTest {

	@Autowired
	CaseFilesOfEarlierCases filing;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	CaseWalker walk;

	@Autowired
	Fixture fixture;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void anOpenCaseWithoutAFile_getsItsRouteFromTheTreeAndItsProgressFromItsVariables_andGoesOn() {
		Fixture.Units u = fixture.create();
		clock.set(LocalDate.of(2026, 3, 2));
		AdmissionCase c = cases.start(CaseWalker.certified(u.startValues()));
		walk.complete(c.id(), "ReceiveApplication", Map.of("applicationDate", "2026-02-01", "personalHistoryDate", "2026-02-01"));
		walk.complete(c.id(), "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-02-10"));
		walk.complete(c.id(), "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-02-15"));
		// as the earlier models left it: no file, the route and progress in the instance's variables
		jdbc.sql("delete from case_process where case_id = ?").param(c.id()).update();
		jdbc.sql("delete from case_file where case_id = ?").param(c.id()).update();
		runtime.setVariables(c.processInstanceId(), Map.of("certificateValid", true, "hardshipArea", false,
				"cellVoteAttempts", 2, "cellVoteOutcome", "FAILED", "decisionExtensionDays", 0, "standingCommitteeGroup",
				"an-abolished-body"));

		filing.fileEarlierCases();
		filing.fileEarlierCases();

		CaseFile file = caseFiles.find(c.processInstanceId()).orElseThrow();
		assertThat(file.route().standingCommitteeGroup()).isEqualTo(Groups.standingCommittee(u.commune));
		assertThat(file.progress()).containsEntry("cellVoteAttempts", 2).containsEntry("certificateValid", true);
		assertThat(jdbc.sql("select count(*) from case_file where case_id = ?").param(c.id()).query(Long.class).single())
			.isEqualTo(1L);
		// the third failed vote of the case escalates: the count went on from the variables
		Map<String, Object> vote = walk.unanimous(u.cell, LocalDate.of(2026, 2, 20), Map.of());
		int base = (Integer) vote.get("attendees");
		vote.put("votesFor", 1);
		vote.put("votesAgainst", base - 1);
		walk.complete(c.id(), "HoldCellMeeting", vote);
		assertThat(walk.candidateGroups(walk.task(c.id(), "ReviewFailedVotes"))).isNotEmpty();
	}

}
