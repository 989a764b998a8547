package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.organization.OrganizationTree;

/**
 * Cases opened before the case file (V1_19) kept their route and progress in process variables,
 * and their instances run models that read them there. At start-up each such open case gets its
 * file: the route from the organization tree as it stands today (as a reform would re-route it),
 * the progress from the values its steps had set; its instances are bound to it and moved to the
 * current models, which read the file. Idempotent, and a no-op once every open case has a file.
 */
@Component
class CaseFilesOfEarlierCases {

	private static final Logger log = LoggerFactory.getLogger(CaseFilesOfEarlierCases.class);

	/** What the steps of earlier models kept in variables and the current ones keep in the case file. */
	static final List<String> PROGRESS = List.of("certificateValid", "hardshipArea", "cellVoteAttempts",
			"cellVoteOutcome", "failedVotesDecision", "backgroundVerified", "grassrootsVotePassed", "appraisalOutcome",
			"admissionDecision", "cellResolutionDate", "decisionDate", "decisionExtensionDays", "notAdmittedReason",
			"ceremonyDate", "probationEndDate", CaseFiles.MENTOR, "mentorNotesWritten", "recognitionVoteAttempts",
			"recognitionVoteOutcome", "recognitionDecision", "recognitionResolutionDate", "recognitionExtensionDays");

	private final AdmissionCaseRepository cases;

	private final CaseFiles caseFiles;

	private final OrganizationTree organizations;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CaseFilesOfEarlierCases(AdmissionCaseRepository cases, CaseFiles caseFiles, OrganizationTree organizations,
			RuntimeService runtime, RepositoryService repository, TransactionTemplate transaction, Clock clock) {
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.organizations = organizations;
		this.runtime = runtime;
		this.repository = repository;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void fileEarlierCases() {
		List<AdmissionCase> earlier = cases.findOpenWithoutCaseFile();
		for (AdmissionCase c : earlier) {
			List<ProcessInstance> instances;
			try {
				instances = transaction.execute(status -> file(c));
			}
			catch (RuntimeException e) {
				// another node starting at the same moment filed it first; or it is left for the next start
				log.warn("case {} was not filed at this start: {}", c.id(), e.getMessage());
				continue;
			}
			for (ProcessInstance instance : instances) {
				try {
					transaction.executeWithoutResult(status -> moveToCurrentModel(instance));
				}
				catch (RuntimeException e) {
					// it keeps its earlier model, whose steps read the case file as well
					log.warn("instance {} of case {} stays on its model: {}", instance.getId(), c.id(), e.getMessage());
				}
			}
		}
		if (!earlier.isEmpty()) {
			log.info("{} open case(s) opened before the case file were filed", earlier.size());
		}
	}

	List<ProcessInstance> file(AdmissionCase c) {
		List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.id()).list();
		Map<String, Object> progress = new LinkedHashMap<>();
		// the admission's values first, then its probation's (a replaced mentor is the probation's)
		instances.stream()
			.sorted((a, b) -> a.getId().equals(c.processInstanceId()) ? -1 : b.getId().equals(c.processInstanceId()) ? 1 : 0)
			.forEach(instance -> runtime.getVariables(instance.getId(), PROGRESS).forEach((name, value) -> {
				if (value != null) {
					progress.put(name, value instanceof Number n && !(value instanceof Integer) ? n.intValue() : value);
				}
			}));
		caseFiles.open(c.id(), c.personId(), c.processInstanceId(),
				organizations.routingFor(c.cellId(), LocalDate.now(clock)), progress);
		for (ProcessInstance instance : instances) {
			if (!instance.getId().equals(c.processInstanceId())) {
				caseFiles.bind(instance.getId(), c.id(), c.processInstanceId());
			}
		}
		return instances;
	}

	private void moveToCurrentModel(ProcessInstance instance) {
		ProcessDefinition running = repository.getProcessDefinition(instance.getProcessDefinitionId());
		ProcessDefinition current = repository.createProcessDefinitionQuery().processDefinitionKey(running.getKey())
			.latestVersion().singleResult();
		if (current.getId().equals(running.getId())) {
			return;
		}
		MigrationPlan plan = runtime.createMigrationPlan(running.getId(), current.getId()).mapEqualActivities().build();
		runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
	}

}
