package vn.partyadmission.admission;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
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
public record Step(String caseId, String personId, String activityId, String actor, Map<String, Object> values,
		DelegateExecution execution) {

	public static Step of(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		return new Step((String) execution.getVariable("caseId"), (String) execution.getVariable("personId"),
				task.getTaskDefinitionKey(), actor(execution, task.getAssignee()), execution.getVariables(), execution);
	}

	public static Step of(DelegateExecution execution) {
		return new Step((String) execution.getVariable("caseId"), (String) execution.getVariable("personId"),
				execution.getCurrentActivityId(), actor(execution, null), execution.getVariables(), execution);
	}

	public Inputs inputs() {
		return new Inputs(values);
	}

	public void set(String name, Object value) {
		execution.setVariable(name, value);
	}

	public Change change(String description, Document document) {
		return new Change(caseId, activityId, actor, description, document);
	}

	/** The signed-in user who completes the step; the assignee or the system when none is known. */
	/**
	 * Whether the signed-in user acts for this body (is in its group) or is an administrator. Calls
	 * without a signed-in user come from the application itself and are trusted.
	 */
	public boolean actorActsFor(String group) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth == null) {
			return true;
		}
		List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
		return groups.contains(group) || groups.contains(Groups.CAMUNDA_ADMIN);
	}

	/** A value the model set earlier (not a submitted field). */
	public Object get(String name) {
		return values.get(name);
	}

	private static String actor(DelegateExecution execution, String assignee) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth != null && auth.getUserId() != null) {
			return auth.getUserId();
		}
		return assignee != null ? assignee : "system";
	}

}
