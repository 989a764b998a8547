package vn.partyadmission.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.CaseRouted;

/**
 * Who may see a case: the bodies named by its routing variables (…Group) and its mentor, each on
 * that process instance only, and its history. Everyone else gets "not found" from Tasklist and
 * the REST API. Also the start listener of probation.bpmn ({@code ${grantCaseAccess}}).
 */
@Component("grantCaseAccess")
class CaseAccess implements ExecutionListener {

	private final CamundaPermissions permissions;

	CaseAccess(CamundaPermissions permissions) {
		this.permissions = permissions;
	}

	@EventListener
	void on(CaseRouted routed) {
		grant(routed.processInstanceId(), routed.variables());
	}

	@Override
	public void notify(DelegateExecution execution) {
		grant(execution.getProcessInstanceId(), execution.getVariables());
	}

	void grant(String processInstanceId, Map<String, Object> variables) {
		// one grant per group: the engine writes them when the step's command ends
		Set<String> groups = new TreeSet<>();
		variables.forEach((name, value) -> {
			if (name.endsWith("Group") && value instanceof String group) {
				groups.add(group);
			}
		});
		for (String group : groups) {
			permissions.grantGroup(group, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
			permissions.grantGroup(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
					HistoricProcessInstancePermissions.READ);
		}
		if (variables.get("mentorId") instanceof String mentor) {
			permissions.grantUser(mentor, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
			permissions.grantUser(mentor, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
					HistoricProcessInstancePermissions.READ);
		}
	}

}
