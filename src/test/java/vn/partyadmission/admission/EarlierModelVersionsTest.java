package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * A case opened on the model before version 2 (the decision timer on the decision task, the report
 * inside the case) keeps running on that model when the new one is deployed: its steps, its timer,
 * its report and its 7-KNĐ without the new field all still work, while new cases start on the new
 * model. The earlier model is the one of commit 2e7d190, kept as a test resource.
 */
@ApplicationTest
class EarlierModelVersionsTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MemberRegister members;

	@Autowired
	CaseWalker walk;

	@Autowired
	Fixture fixture;

	@Autowired
	MutableClock clock;

	@Test
	void aCaseOnTheEarlierModel_finishesOnIt_afterTheNewModelIsDeployed_andNewCasesStartOnTheNewOne() throws IOException {
		Fixture.Units u = fixture.create();
		String earlier;
		String caseId;
		try (InputStream v1 = getClass().getResourceAsStream("/earlier-models/admission-v1.bpmn")) {
			DeploymentBuilder deployment = withForms(repository.createDeployment().name("admission before version 2"))
				.addInputStream("admission.bpmn", v1);
			earlier = definitionOf(deployment.deploy().getId());
		}
		try {
			clock.set(LocalDate.of(2026, 1, 5));
			caseId = cases.start(CaseWalker.certified(u.startValues())).id();
			walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2026-01-05", "personalHistoryDate", "2026-01-05"));
			walk.complete(caseId, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
					"verificationDate", "2026-01-05"));
			walk.complete(caseId, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-01-05"));
			walk.complete(caseId, "HoldCellMeeting", walk.unanimous(u.cell, LocalDate.of(2026, 1, 5),
					Map.of("resolutionNumber", "06-NQ")));
		}
		finally {
			// the current model is the latest again, whatever happened above
			try (InputStream current = Files.newInputStream(Path.of("processes/admission.bpmn"))) {
				withForms(repository.createDeployment().name("admission, current")).addInputStream("admission.bpmn", current)
					.deploy();
			}
		}
		String running = cases.find(caseId).orElseThrow().processInstanceId();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).singleResult().getProcessDefinitionId())
			.isEqualTo(earlier);

		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-01-05", "resolutionNumber", "08",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		// its own timer and report: on the decision task, inside the case, no report process of version 2
		clock.set(LocalDate.of(2026, 4, 7));
		walk.fire(caseId, "DecisionOverdue");
		List<Task> reports = walk.openTasks(caseId).stream().filter(t -> t.getTaskDefinitionKey().equals("ReportOverdueDecision"))
			.toList();
		assertThat(reports).singleElement().extracting(Task::getProcessInstanceId).isEqualTo(running);
		walk.complete(caseId, "ReportOverdueDecision", Map.of("overdueExplanation", "Chờ thẩm tra"));
		walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "ADMIT", "decisionNumber",
				CaseWalker.decisionNumber(caseId), "decisionDate", "2026-04-07"));
		walk.complete(caseId, "HoldAdmissionCeremony", Map.of("ceremonyDate", "2026-04-07", "mentorId", u.id("o3"),
				"oathTaken", true));
		assertThat(members.findRecord(u.id("cand")).orElseThrow().status()).isEqualTo(MemberStatus.PROBATIONARY);

		fixture.candidate(u.id("cand2"), "Vũ Thị Lan", LocalDate.of(2001, 2, 3), u.cell);
		String next = cases.start(CaseWalker.certified(u.startValues(u.id("cand2"), u.cell, u.id("o1"), u.id("o2")))).id();
		ProcessDefinition latest = repository.getProcessDefinition(runtime.createProcessInstanceQuery()
			.processInstanceId(cases.find(next).orElseThrow().processInstanceId()).singleResult().getProcessDefinitionId());
		assertThat(latest.getVersionTag()).isEqualTo("2");
		assertThat(latest.getId()).isNotEqualTo(earlier);
	}

	private String definitionOf(String deploymentId) {
		return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
	}

	/** The forms the models name, deployed with them as formRefBinding="deployment" expects. */
	private static DeploymentBuilder withForms(DeploymentBuilder deployment) throws IOException {
		try (Stream<Path> forms = Files.list(Path.of("processes/forms"))) {
			for (Path form : forms.toList()) {
				deployment.addString(form.getFileName().toString(), Files.readString(form));
			}
		}
		return deployment;
	}

}
