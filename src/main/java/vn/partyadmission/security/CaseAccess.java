package vn.partyadmission.security;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseEnded;
import vn.partyadmission.casework.CaseLeft;
import vn.partyadmission.casework.CaseRouted;

/**
 * Who may see a case: the bodies on its route and its mentor (from its case file, announced by
 * {@link CaseRouted}), each on that process instance only, and its history. Everyone else gets
 * "not found" from Tasklist and the REST API.
 */
@Component
class CaseAccess {

	/** READ on the process instance and on its history (enable-historic-instance-permissions). */
	private static final Map<Resource, Permission> READ_CASE = Map.of(
			Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
			Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);

	private final CamundaPermissions permissions;

	private final HistoryService history;

	CaseAccess(CamundaPermissions permissions, HistoryService history) {
		this.permissions = permissions;
		this.history = history;
	}

	@EventListener
	void on(CaseRouted routed) {
		// one query for the grants the instance has, then only the missing ones are written
		permissions.grantAll(routed.processInstanceId(), READ_CASE, routed.groups(), routed.users());
	}

	/** Bodies and users that no longer act on the case (a transfer moved it) lose their grants on it. */
	@EventListener
	void on(CaseLeft left) {
		permissions.revokeAll(left.processInstanceId(), READ_CASE.keySet(), left.groups(), left.users());
	}

	/**
	 * The grants on the runtime instances go with them (the engine deletes PROCESS_INSTANCE grants
	 * when an instance ends); those on the history must go with the history, at its removal time.
	 * The engine ties a history grant to its case only if the instance's history row is stored when
	 * the grant is saved, which is not so for grants written while the instance starts: saved again
	 * now, they get their root instance and the removal time the engine sets as the case ends.
	 */
	@EventListener
	void on(CaseEnded ended) {
		history.createHistoricProcessInstanceQuery().rootProcessInstanceId(ended.processInstanceId()).list()
			.forEach(instance -> permissions.tieToHistory(instance.getId()));
	}

}
