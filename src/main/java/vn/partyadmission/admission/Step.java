package vn.partyadmission.admission;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Document;
import vn.partyadmission.shared.Inputs;

/**
 * What a listener or delegate hands to the step services: the case, the activity, who acts, the
 * submitted values, and a way to set the values the model's gateways read.
 */
record Step(String caseId, String personId, String activityId, String actor, Map<String, Object> values,
		DelegateExecution execution) {

	static Step of(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		return new Step((String) execution.getVariable("caseId"), (String) execution.getVariable("personId"),
				task.getTaskDefinitionKey(), actor(execution, task.getAssignee()), execution.getVariables(), execution);
	}

	static Step of(DelegateExecution execution) {
		return new Step((String) execution.getVariable("caseId"), (String) execution.getVariable("personId"),
				execution.getCurrentActivityId(), actor(execution, null), execution.getVariables(), execution);
	}

	Inputs inputs() {
		return new Inputs(values);
	}

	void set(String name, Object value) {
		execution.setVariable(name, value);
	}

	Change change(String description, Document document) {
		return new Change(caseId, activityId, actor, description, document);
	}

	/** The signed-in user who completes the step; the assignee or the system when none is known. */
	private static String actor(DelegateExecution execution, String assignee) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth != null && auth.getUserId() != null) {
			return auth.getUserId();
		}
		return assignee != null ? assignee : "system";
	}

}
