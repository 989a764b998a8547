package vn.partyadmission.casework;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Document;
import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.shared.Inputs;

/**
 * What a listener or delegate hands to the step services ({@link CaseSteps}): the case file, the
 * activity, who acts, and the values its form submitted. What the step decides goes to the case
 * file ({@link #set}), where the model's gateways read it.
 */
public record Step(CaseFile file, String activityId, String actor, Map<String, Object> values,
		DelegateExecution execution, CaseFiles files) {

	public String caseId() {
		return file == null ? null : file.caseId();
	}

	public String personId() {
		return file == null ? null : file.personId();
	}

	public CaseRouting route() {
		return file.route();
	}

	/** The submitted form values. */
	public Inputs inputs() {
		return new Inputs(values);
	}

	/** Records what the step decided in the case file. */
	public void set(String name, Object value) {
		files.set(file, name, value);
	}

	/** What an earlier step decided (from the case file, never a submitted value). */
	public Object get(String name) {
		return file.progress().get(name);
	}

	/** A counter an earlier step kept in the case file; 0 before the first. */
	public int count(String name) {
		return get(name) instanceof Number n ? n.intValue() : 0;
	}

	/** The same step, now acting on the case it opened. */
	public Step inCase(CaseFile opened) {
		return new Step(opened, activityId, actor, values, execution, files);
	}

	public Change change(String description, Document document) {
		return new Change(caseId(), activityId, actor, description, document);
	}

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

	/** The signed-in user who completes the step; the assignee or the system when none is known. */
	static String actor(DelegateExecution execution, String assignee) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth != null && auth.getUserId() != null) {
			return auth.getUserId();
		}
		return assignee != null ? assignee : "system";
	}

}
