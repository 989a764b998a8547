package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * The grants that let a case's bodies and its mentor see it (CaseAccess): one per grantee,
 * resource and instance, written once; gone from the running instances when the case ends, kept
 * on its history until the history itself is removed.
 */
@ApplicationTest
class CaseGrantsTest {

	@Autowired
	CaseWalker walk;

	@Autowired
	Fixture fixture;

	@Autowired
	MutableClock clock;

	@Autowired
	AdmissionCases cases;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	HistoryService history;

	@Autowired
	CaseAccess access;

	@Autowired
	JdbcClient jdbc;

	Fixture.Units u;

	@BeforeEach
	void setUp() {
		u = fixture.create();
	}

	@Test
	void routingTheSameCaseAgain_writesOnlyTheGrantsOfNewlyNamedBodies() {
		String caseId = walk.toCeremony(u, LocalDate.of(2026, 1, 20));
		String pi = cases.find(caseId).orElseThrow().processInstanceId();
		List<Authorization> before = grants(pi);
		assertThat(before).extracting(Authorization::getGroupId).contains(Groups.cellSecretary(u.cell));

		String newBody = Groups.standingCommittee(u.id("elsewhere"));
		access.grant(pi, Map.of("cellSecretaryGroup", Groups.cellSecretary(u.cell), "standingCommitteeGroup", newBody,
				"personName", "not a group"));

		List<Authorization> after = grants(pi);
		assertThat(after).hasSize(before.size() + 2);
		assertThat(after).filteredOn(a -> newBody.equals(a.getGroupId()))
			.extracting(Authorization::getResourceType)
			.containsExactlyInAnyOrder(Resources.PROCESS_INSTANCE.resourceType(),
					Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
		// the grants that existed are the same rows, not rewritten
		assertThat(after).extracting(Authorization::getId).containsAll(before.stream().map(Authorization::getId).toList());
	}

	@Test
	void closedCase_keepsNoGrantOnItsProcessInstances_butItsBodiesAndMentorStillReadItsHistory() {
		String caseId = walkToOfficialMember();
		List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
			.stream().map(HistoricProcessInstance::getId).toList();
		assertThat(instances).hasSize(2);
		assertThat(cases.find(caseId).orElseThrow().isOpen()).isFalse();

		for (String pi : instances) {
			assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(pi)
				.count()).as("runtime grants of the ended instance %s", pi).isZero();
			List<Authorization> historic = authorizations.createAuthorizationQuery()
				.resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(pi).list();
			assertThat(historic).extracting(Authorization::getGroupId).contains(Groups.cellSecretary(u.cell));
			// history cleanup removes them with the case's history
			assertThat(historic).allSatisfy(a -> assertThat(a.getRemovalTime()).isNotNull());
		}
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
			.userIdIn(u.id("o3")).list()).extracting(Authorization::getResourceId).containsAnyElementsOf(instances);
	}

	@Test
	void historyGrantsOfCasesEndedBeforeTheFix_areTiedToTheirCaseByTheMigration() throws Exception {
		String caseId = walkToOfficialMember();
		List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
			.stream().map(HistoricProcessInstance::getId).toList();
		for (String pi : instances) {
			jdbc.sql("update act_ru_authorization set root_proc_inst_id_ = null, removal_time_ = null where resource_id_ = ?")
				.param(pi).update();
		}

		String migration = new ClassPathResource("db/migration/common/V1_12__history_grants_tied_to_their_case.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		jdbc.sql(migration.replaceAll("(?m)^--.*$", "").trim().replaceAll(";$", "")).update();

		for (String pi : instances) {
			assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
				.resourceId(pi).list())
				.isNotEmpty()
				.allSatisfy(a -> {
					assertThat(a.getRootProcessInstanceId()).isEqualTo(cases.find(caseId).orElseThrow().processInstanceId());
					assertThat(a.getRemovalTime()).isNotNull();
				});
		}
	}

	private List<Authorization> grants(String processInstanceId) {
		return authorizations.createAuthorizationQuery().resourceId(processInstanceId).list();
	}

	/** Ceremony on 20 January 2026, mentor o3, recognized as an official member in March 2027. */
	private String walkToOfficialMember() {
		String caseId = walk.admit(u, LocalDate.of(2026, 1, 20)).id();
		for (int quarter = 1; quarter <= 3; quarter++) {
			walk.fire(caseId, "QuarterPassed");
			walk.complete(caseId, "WriteMentorNote", Map.of("mentorNote", "Quarter " + quarter));
		}
		clock.set(LocalDate.of(2026, 6, 1));
		walk.complete(caseId, "RecordNewMemberCourse", Map.of("courseCertificateNumber", "BD-55", "courseCertificateDate", "2026-05-15"));
		clock.set(LocalDate.of(2027, 1, 20));
		walk.fire(caseId, "ProbationEnded");
		walk.complete(caseId, "RecordSelfReview", Map.of("selfReviewDate", "2027-01-20"));
		walk.complete(caseId, "AssessProbationaryMember", Map.of("assessmentDate", "2027-01-20", "assessmentSummary",
				"Fulfils the standards", "recommendation", "RECOGNIZE"));
		walk.complete(caseId, "CollectRecognitionComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2027-01-20"));
		clock.set(LocalDate.of(2027, 1, 26));
		walk.complete(caseId, "HoldRecognitionMeeting", Map.of("meetingDate", "2027-01-25", "proposal", "RECOGNIZE",
				"officialMembers", 5, "attendees", 5, "votesFor", 5, "votesAgainst", 0, "resolutionNumber", "13-NQ/CB"));
		walk.complete(caseId, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate", "2027-01-26",
				"resolutionNumber", "15-NQ/ĐU", "proposal", "RECOGNIZE", "committeeMembers", 9, "attendees", 9, "votesFor", 9,
				"votesAgainst", 0));
		clock.set(LocalDate.of(2027, 3, 1));
		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE", "decisionNumber", "QĐ 112",
				"decisionDate", "2027-02-26"));
		return caseId;
	}

}
