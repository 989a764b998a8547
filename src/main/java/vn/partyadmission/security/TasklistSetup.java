package vn.partyadmission.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every signed-in user needs in Tasklist, created at start-up: access to Tasklist, the
 * process definitions they may see listed, and the shared filters with the columns people work by.
 * Cockpit and Admin stay with administrators (camunda-admin).
 */
@Component
class TasklistSetup {

	static final List<String> PROCESSES = List.of("admission", "probation", "probation-change");

	static final List<String> STARTED_BY_CELLS = List.of("admission", "probation-change");

	private final CamundaPermissions permissions;

	private final FilterService filters;

	private final TaskService tasks;

	TasklistSetup(CamundaPermissions permissions, FilterService filters, TaskService tasks) {
		this.permissions = permissions;
		this.filters = filters;
		this.tasks = tasks;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(0)
	void setUp() {
		permissions.grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		PROCESSES.forEach(key -> permissions.grantEveryone(Resources.PROCESS_DEFINITION, key, Permissions.READ));
		filter("My tasks", "Tasks assigned to me, soonest due first", -20,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		filter("My unit's tasks", "Tasks offered to the bodies I belong to", -15,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
					.orderByDueDate().asc());
		filter("Overdue", "My and my units' tasks past their deadline", -10,
				tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
					.dueBeforeExpression("${now()}").orderByDueDate().asc());
		filter("Awaiting my committee's decision", "Admission (9-KNĐ) and recognition decisions of my committees", -5,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskDefinitionKeyIn("DecideAdmission", "DecideRecognition").orderByDueDate().asc());
	}

	private void filter(String name, String description, int priority, TaskQuery query) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
				"variables", List.of(column("caseId", "Case"), column("personName", "Person"), column("cellId", "Cell")));
		Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
		filters.saveFilter(filter);
		permissions.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
	}

	private static Map<String, String> column(String variable, String label) {
		return Map.of("name", variable, "label", label);
	}

}
