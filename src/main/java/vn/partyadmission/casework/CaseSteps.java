package vn.partyadmission.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.partyadmission.shared.InvalidInputException;

/**
 * The step envelope: every listener and delegate enters its step here. A step of a case acts only
 * on the open case its process instance is bound to; nothing it does reads the case, the person or
 * the route from process variables.
 */
@Component
public class CaseSteps {

	private final CaseFiles files;

	CaseSteps(CaseFiles files) {
		this.files = files;
	}

	/**
	 * The answer to a person who is unknown or of another cell than the user's: one and the same, so
	 * a refusal reveals nothing of other units.
	 */
	public static InvalidInputException personNotInYourCell() {
		return InvalidInputException.of("personId", "person-of-the-cell");
	}

	/** The completion of a user task of a case. */
	public Step of(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		return new Step(files.of(execution.getProcessInstanceId()), task.getTaskDefinitionKey(),
				Step.actor(execution, task.getAssignee()), execution.getVariables(), execution, files);
	}

	/**
	 * The completion of a task of a process that may outlive its case: the report on a missed
	 * deadline (overdue-report.bpmn) is still owed after the case ended without admission. The case
	 * is still read from the file its process was bound to, never from variables.
	 */
	public Step ofOpenOrEnded(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		CaseFile file = files.find(execution.getProcessInstanceId()).orElseThrow(CaseFiles::notACase);
		return new Step(file, task.getTaskDefinitionKey(), Step.actor(execution, task.getAssignee()),
				execution.getVariables(), execution, files);
	}

	/** A service task of a case. */
	public Step of(DelegateExecution execution) {
		return new Step(files.of(execution.getProcessInstanceId()), execution.getCurrentActivityId(),
				Step.actor(execution, null), execution.getVariables(), execution, files);
	}

	/** The first step of a process that opens a case or acts on none (a probation change): no case yet. */
	public Step starting(DelegateExecution execution) {
		return new Step(null, execution.getCurrentActivityId(), Step.actor(execution, null), execution.getVariables(),
				execution, files);
	}

}
