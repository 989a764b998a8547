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
 * <p>
 * Each filter carries a stable key in its properties, so that a database made by an earlier version
 * gets the current name, query and columns at the next start instead of a second filter beside the
 * old one; filters made before the key are found by their former English name.
 */
@Component
class TasklistSetup {

	static final List<String> PROCESSES = List.of("admission", "probation", "probation-change");

	static final List<String> STARTED_BY_CELLS = List.of("admission", "probation-change");

	/** The property holding a filter's stable key. */
	static final String KEY = "partyAdmissionKey";

	static final String MINE = "Việc của tôi và đơn vị";

	static final String ASSIGNED = "Việc tôi đã nhận";

	static final String OVERDUE = "Quá hạn";

	static final String DECISIONS = "Chờ cấp ủy quyết định";

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
		List<Filter> existing = filters.createTaskFilterQuery().list();
		// first and selected: a user lands on her own work and her bodies' work, claimed or not, so a
		// task a colleague claimed stays in sight
		filter(existing, "mine", "My unit's tasks", MINE,
				"Việc giao cho tôi và việc của các cấp ủy, đơn vị tôi tham gia, kể cả việc đã có người nhận; hạn gần nhất trước", -20,
				tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().endOr()
					.orderByDueDate().asc());
		filter(existing, "assigned", "My tasks", ASSIGNED, "Việc tôi đã nhận hoặc được giao riêng cho tôi; hạn gần nhất trước", -15,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		filter(existing, "overdue", "Overdue", OVERDUE, "Việc của tôi và đơn vị đã quá hạn", -10,
				tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().endOr()
					.dueBeforeExpression("${now()}").orderByDueDate().asc());
		// a committee's decision stays here while one member prepares it
		filter(existing, "decisions", "Awaiting my committee's decision", DECISIONS,
				"Quyết định kết nạp (9-KNĐ) và công nhận đảng viên chính thức của cấp ủy tôi tham gia", -5,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
					.taskDefinitionKeyIn("DecideAdmission", "DecideRecognition").orderByDueDate().asc());
	}

	private void filter(List<Filter> existing, String key, String formerName, String name, String description,
			int priority, TaskQuery query) {
		Filter filter = existing.stream().filter(f -> key.equals(keyOf(f))).findFirst()
			.or(() -> existing.stream().filter(f -> keyOf(f) == null)
				.filter(f -> formerName.equals(f.getName()) || name.equals(f.getName())).findFirst())
			.orElseGet(() -> filters.newTaskFilter());
		Map<String, Object> properties = Map.of(KEY, key, "priority", priority, "description", description,
				"refresh", true, "variables", List.of(column("caseId", "Hồ sơ"), column("personName", "Người được đề nghị"),
						column("cellId", "Chi bộ")));
		filter.setName(name).setQuery(query).setProperties(properties);
		filters.saveFilter(filter);
		permissions.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
	}

	private static Object keyOf(Filter filter) {
		return filter.getProperties() == null ? null : filter.getProperties().get(KEY);
	}

	private static Map<String, String> column(String variable, String label) {
		return Map.of("name", variable, "label", label);
	}

}
