package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import vn.partyadmission.casework.CaseRouted;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

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
		access.on(new CaseRouted(pi, Set.of(Groups.cellSecretary(u.cell), newBody), Set.of()));

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
		return walk.toOfficialMember(u, LocalDate.of(2026, 1, 20));
	}

}
