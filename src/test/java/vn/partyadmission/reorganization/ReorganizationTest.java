package vn.partyadmission.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.admission.AdmissionProcess;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;
import vn.partyadmission.support.TestClockConfiguration;

@ApplicationTest
class ReorganizationTest {

	static final LocalDate TODAY = TestClockConfiguration.TODAY;

	@Autowired
	Reorganization reorganization;

	@Autowired
	AdmissionCases cases;

	@Autowired
	OrganizationTree tree;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	MemberRegister members;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Fixture fixture;

	Units u;

	@BeforeEach
	void setUp() {
		u = fixture.create();
	}

	@Test
	void mergedCell_handsItsPeopleOpenCaseAndOpenTaskToTheSuccessorCell() {
		AdmissionCase opened = cases.start(u.startValues());
		String successor = u.prefix + ".gr.merged";
		tree.add(new Organization(successor, "Chi bộ thôn Đông Đoài", OrganizationKind.CELL, u.grassroots, TODAY, null,
				null, null, false));

		Reorganization.Result result = reorganization.apply(List.of(new Succession(u.cell, successor)), TODAY, "admin");

		assertThat(result.personsMoved()).isEqualTo(6);
		assertThat(result.casesMoved()).isEqualTo(1);
		assertThat(result.tasksMoved()).isEqualTo(1);
		assertThat(members.findPerson(u.id("cand")).orElseThrow().cellId()).isEqualTo(successor);
		assertThat(members.journal(u.id("cand"))).last().satisfies(e -> assertThat(e.change()).contains(successor));
		assertThat(cases.find(opened.id()).orElseThrow().cellId()).isEqualTo(successor);
		Task open = tasks.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
		assertThat(candidateGroups(open)).containsExactly(Groups.cellSecretary(successor));
		assertThat(tree.find(u.cell).orElseThrow().successorId()).isEqualTo(successor);

		// the next task of the case goes to the successor too
		tasks.complete(open.getId(), Map.of("certificateNumber", "CN-5", "certificateDate", "2026-01-05"));
		Task next = tasks.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
		assertThat(next.getTaskDefinitionKey()).isEqualTo(AdmissionProcess.RECEIVE_APPLICATION);
		assertThat(candidateGroups(next)).containsExactly(Groups.cellSecretary(successor));
	}

	@Test
	void endedCell_acceptsNoNewCase_andTheErrorNamesItsSuccessor() {
		String successor = u.prefix + ".gr.merged";
		tree.add(new Organization(successor, "Chi bộ mới", OrganizationKind.CELL, u.grassroots, TODAY, null, null, null,
				false));
		reorganization.apply(List.of(new Succession(u.otherCell, successor)), TODAY, "admin");

		// the cell is checked before the person: the answer is about the cell the user named
		assertThatThrownBy(() -> cases.start(u.startValues(u.id("other"), u.otherCell, u.id("o1"), u.id("o2"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization-not-in-force")
			.hasMessageContaining(successor);
		assertThatThrownBy(() -> tree.routingFor(u.otherCell, TODAY.plusDays(1)))
			.hasMessageContaining("organization-not-in-force")
			.hasMessageContaining(successor);
	}

	@Test
	void abolishedDistrict_sendsTheOpenDecisionToTheCommuneCommitteeThatNowDecides() {
		// before: district (competent) → grassroots committee → cell; after: commune committee (competent) → grassroots cell
		String p = u.prefix + "d";
		LocalDate founded = LocalDate.of(2000, 1, 1);
		tree.add(new Organization(p + ".district", "Đảng bộ huyện", OrganizationKind.DISTRICT_COMMITTEE, null, founded,
				null, p + ".district", null, false));
		tree.add(new Organization(p + ".commune", "Đảng bộ thị trấn", OrganizationKind.GRASSROOTS_COMMITTEE,
				p + ".district", founded, null, null, null, false));
		tree.add(new Organization(p + ".cell", "Chi bộ khu phố 1", OrganizationKind.CELL, p + ".commune", founded, null,
				null, null, false));
		fixture.official(p + "-o1", p + ".cell");
		fixture.official(p + "-o2", p + ".cell");
		fixture.candidate(p + "-cand", "Vũ Thị Phượng", LocalDate.of(1996, 9, 2), p + ".cell");
		Map<String, Object> values = u.startValues(p + "-cand", p + ".cell", p + "-o1", p + "-o2");
		values.put("certificateNumber", "CN-9");
		values.put("certificateDate", "2025-09-09");
		AdmissionCase opened = cases.start(values);
		assertThat(opened.competentCommitteeId()).isEqualTo(p + ".district");
		String pi = opened.processInstanceId();
		completeCurrent(pi, Map.of("applicationDate", "2026-01-20", "personalHistoryDate", "2026-01-20"));
		assertThat(candidateGroups(current(pi))).containsExactly(Groups.committee(p + ".commune"));

		tree.add(new Organization(p + ".newcommune", "Đảng bộ xã mới", OrganizationKind.COMMUNE_COMMITTEE, null, TODAY,
				null, p + ".newcommune", null, false));
		tree.add(new Organization(p + ".newcell", "Chi bộ khu phố 1", OrganizationKind.GRASSROOTS_CELL,
				p + ".newcommune", TODAY, null, null, null, false));
		reorganization.apply(List.of(new Succession(p + ".district", p + ".newcommune"),
				new Succession(p + ".commune", p + ".newcommune"), new Succession(p + ".cell", p + ".newcell")), TODAY,
				"admin");

		AdmissionCase moved = cases.find(opened.id()).orElseThrow();
		assertThat(moved.competentCommitteeId()).isEqualTo(p + ".newcommune");
		assertThat(moved.cellId()).isEqualTo(p + ".newcell");
		// verification was with the old grassroots committee; the new grassroots cell verifies itself
		assertThat(candidateGroups(current(pi))).containsExactly(Groups.cellSecretary(p + ".newcell"));
		CaseRouting route = caseFiles.find(pi).orElseThrow().route();
		assertThat(route.standingCommitteeGroup()).isEqualTo(Groups.standingCommittee(p + ".newcommune"));
		assertThat(route.hasGrassrootsCommittee()).isFalse();
	}

	private Task current(String processInstanceId) {
		return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	private void completeCurrent(String processInstanceId, Map<String, Object> values) {
		tasks.complete(current(processInstanceId).getId(), values);
	}

	private List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(l -> l.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
