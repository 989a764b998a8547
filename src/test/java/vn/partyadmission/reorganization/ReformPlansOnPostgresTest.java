package vn.partyadmission.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;
import vn.partyadmission.support.PostgresApplicationTest;
import vn.partyadmission.support.TestClockConfiguration;

/**
 * A reform plan on PostgreSQL: the preview lists what applying does and changes nothing; applying
 * does it in one transaction (a failure on the way leaves everything as it was); a plan is applied
 * once, and not on a tree that changed since its preview.
 */
@PostgresApplicationTest
class ReformPlansOnPostgresTest {

	static final LocalDate EFFECTIVE = TestClockConfiguration.TODAY;

	@Autowired
	ReformPlans plans;

	@Autowired
	OrganizationTree tree;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	MemberRegister members;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixture fixture;

	Units u;

	AdmissionCase opened;

	final Actor admin = Actor.application("admin");

	@BeforeEach
	void setUp() {
		u = fixture.create();
		opened = cases.start(u.startValues());
	}

	/** The commune's committees and cells go under a new commune, which takes over its decisions. */
	List<PlanChange> communeMerger(String newCommune) {
		return List.of(PlanChange.add(newCommune, "Đảng bộ xã Hợp Nhất", "COMMUNE_COMMITTEE", u.province),
				PlanChange.move(u.grassroots, newCommune, newCommune + ".gr"),
				PlanChange.move(u.grassrootsCell, newCommune, newCommune + ".gc"),
				PlanChange.end(u.commune, newCommune));
	}

	@Test
	void preview_listsPeopleCasesAndNewRoutesAndUnstaffedBodies_andChangesNothing() {
		String newCommune = u.prefix + ".xa2";
		ReformPlans.Plan plan = plans.create("Hợp nhất xã", EFFECTIVE, communeMerger(newCommune), admin);
		long version = tree.version();

		Outcome preview = plans.preview(plan.id(), admin);

		assertThat(preview.applied()).isFalse();
		assertThat(preview.people()).anySatisfy(p -> {
			assertThat(p.personId()).isEqualTo(u.id("cand"));
			assertThat(p.toCellId()).isEqualTo(newCommune + ".gr.c1");
		});
		assertThat(preview.people()).hasSize(14);
		assertThat(preview.cases()).singleElement().satisfies(c -> {
			assertThat(c.caseId()).isEqualTo(opened.id());
			assertThat(c.fromCompetentCommitteeId()).isEqualTo(u.commune);
			assertThat(c.toCompetentCommitteeId()).isEqualTo(newCommune);
			assertThat(c.decidingGroup()).isEqualTo(Groups.standingCommittee(newCommune));
		});
		assertThat(preview.bodiesWithoutUsers()).contains(Groups.standingCommittee(newCommune), Groups.cellSecretary(newCommune + ".gr.c1"));
		assertThat(preview.units()).extracting(Outcome.UnitLine::unitId).contains(newCommune, u.commune, u.cell, newCommune + ".gr.im.c1");

		// nothing of it was written
		assertThat(tree.find(newCommune)).isEmpty();
		assertThat(tree.find(u.commune).orElseThrow().validTo()).isNull();
		assertThat(members.findPerson(u.id("cand")).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(cases.find(opened.id()).orElseThrow().competentCommitteeId()).isEqualTo(u.commune);
		assertThat(caseFiles.find(opened.processInstanceId()).orElseThrow().route().cellSecretaryGroup()).isEqualTo(Groups.cellSecretary(u.cell));
		assertThat(candidateGroups(currentTask())).containsExactly(Groups.cellSecretary(u.cell));
		assertThat(tree.version()).isEqualTo(version);
		assertThat(plans.get(plan.id(), admin).previewedVersion()).isEqualTo(version);
	}

	@Test
	void apply_doesWhatThePreviewSaid_once() {
		String newCommune = u.prefix + ".xa3";
		ReformPlans.Plan plan = plans.create("Hợp nhất xã", EFFECTIVE, communeMerger(newCommune), admin);
		assertThatThrownBy(() -> plans.apply(plan.id(), admin)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("plan-not-previewed");
		Outcome preview = plans.preview(plan.id(), admin);

		Outcome applied = plans.apply(plan.id(), admin);

		assertThat(applied.applied()).isTrue();
		assertThat(applied.people()).isEqualTo(preview.people());
		assertThat(applied.cases()).isEqualTo(preview.cases());
		assertThat(members.findPerson(u.id("cand")).orElseThrow().cellId()).isEqualTo(newCommune + ".gr.c1");
		assertThat(tree.find(u.commune).orElseThrow().successorId()).isEqualTo(newCommune);
		assertThat(tree.find(newCommune + ".gr.im.c1").orElseThrow().parentId()).isEqualTo(newCommune + ".gr.im");
		assertThat(cases.find(opened.id()).orElseThrow().competentCommitteeId()).isEqualTo(newCommune);
		assertThat(caseFiles.find(opened.processInstanceId()).orElseThrow().route().standingCommitteeGroup())
			.isEqualTo(Groups.standingCommittee(newCommune));
		assertThat(candidateGroups(currentTask())).containsExactly(Groups.cellSecretary(newCommune + ".gr.c1"));
		assertThat(tree.committeeSize(newCommune + ".gr", EFFECTIVE)).contains(9);
		assertThat(plans.get(plan.id(), admin).status()).isEqualTo(ReformPlans.Status.APPLIED);

		assertThatThrownBy(() -> plans.apply(plan.id(), admin)).isInstanceOf(ConflictException.class).hasMessageContaining("plan-applied");
		assertThatThrownBy(() -> plans.preview(plan.id(), admin)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aPlanWhoseTreeChangedSinceItsPreview_isRefused_untilPreviewedAgain() {
		String newCommune = u.prefix + ".xa4";
		ReformPlans.Plan plan = plans.create("Hợp nhất xã", EFFECTIVE, communeMerger(newCommune), admin);
		plans.preview(plan.id(), admin);
		tree.rename(u.otherCell, "Chi bộ thôn Đoài Mới", EFFECTIVE, "admin");

		assertThatThrownBy(() -> plans.apply(plan.id(), admin)).isInstanceOf(ConflictException.class).hasMessageContaining("plan-stale");
		assertThat(tree.find(newCommune)).isEmpty();

		plans.preview(plan.id(), admin);
		assertThat(plans.apply(plan.id(), admin).applied()).isTrue();
	}

	@Test
	void aFailureInTheMiddleOfApplying_changesNothing() {
		String newCommune = u.prefix + ".xa5";
		ReformPlans.Plan plan = plans.create("Hợp nhất xã", EFFECTIVE, communeMerger(newCommune), admin);
		plans.preview(plan.id(), admin);
		long version = tree.version();
		// the database refuses the succession of the last cell, after units were added, people moved and cases re-routed
		jdbc.sql("""
				create or replace function refuse_succession() returns trigger language plpgsql as $$
				begin
				  if new.organization_id = '%s' then raise exception 'refused for the test'; end if;
				  return new;
				end $$""".formatted(u.grassrootsCell)).update();
		jdbc.sql("create trigger refuse_succession before insert on organization_succession for each row execute function refuse_succession()").update();
		try {
			assertThatThrownBy(() -> plans.apply(plan.id(), admin)).hasMessageContaining("refused for the test");
		}
		finally {
			jdbc.sql("drop trigger refuse_succession on organization_succession").update();
		}

		assertThat(tree.find(newCommune)).isEmpty();
		assertThat(tree.find(newCommune + ".gr.c1")).isEmpty();
		assertThat(tree.find(u.commune).orElseThrow().validTo()).isNull();
		assertThat(tree.find(u.cell).orElseThrow().successorId()).isNull();
		assertThat(members.findPerson(u.id("cand")).orElseThrow().cellId()).isEqualTo(u.cell);
		assertThat(members.journal(u.id("cand"))).noneMatch(e -> e.change().contains(newCommune));
		assertThat(cases.find(opened.id()).orElseThrow().competentCommitteeId()).isEqualTo(u.commune);
		assertThat(candidateGroups(currentTask())).containsExactly(Groups.cellSecretary(u.cell));
		assertThat(plans.get(plan.id(), admin).status()).isEqualTo(ReformPlans.Status.DRAFT);
		assertThat(tree.version()).isEqualTo(version);
		assertThat(plans.apply(plan.id(), admin).applied()).isTrue();
	}

	private Task currentTask() {
		return tasks.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
	}

	private List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
	}

}
