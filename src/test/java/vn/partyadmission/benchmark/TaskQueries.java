package vn.partyadmission.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * (c): Tasklist's queries over open tasks and task history loaded by SQL (generate_series), with
 * authorization on and the grants the engine itself writes (a TASK grant per candidate group or
 * assignee, a HISTORIC_PROCESS_INSTANCE grant per case for whoever worked on it, as CaseAccess does).
 * Open tasks: 10 % assigned to one of 20,000 mentors, 30 % offered to one of 50 committees, 60 % to
 * one of 7,000 cells; they belong to no process instance (the engine's foreign keys would want
 * executions), which no query here reads. History: 13 completed tasks per case, each case worked by one of 20,000 users.
 */
final class TaskQueries {

	private final Node node;

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	TaskQueries(Node node) {
		this.node = node;
		this.tasks = node.engine.getTaskService();
		this.history = node.engine.getHistoryService();
		this.identity = node.engine.getIdentityService();
	}

	record Query(String name, String user, List<String> groups, Supplier<Object> run) {
	}

	List<Query> queries() {
		List<String> cell = List.of("bcell-5.secretary", "bcell-5.members");
		List<String> committee = List.of("bc-7.committee", "bc-7.organizing");
		return List.of(
				new Query("mentor's tasks, page of 50", "bm-77", List.of("bcell-9.members"),
						() -> tasks.createTaskQuery().taskAssignee("bm-77").orderByDueDate().asc().listPage(0, 50)),
				new Query("mentor's tasks, count", "bm-77", List.of("bcell-9.members"),
						() -> tasks.createTaskQuery().taskAssignee("bm-77").count()),
				new Query("cell queue, page of 50", "bsec-5", cell,
						() -> tasks.createTaskQuery().taskCandidateGroupIn(cell).includeAssignedTasks().orderByDueDate().asc()
							.listPage(0, 50)),
				new Query("cell queue, count", "bsec-5", cell,
						() -> tasks.createTaskQuery().taskCandidateGroupIn(cell).includeAssignedTasks().count()),
				new Query("committee queue, page of 50", "bcom-7", committee,
						() -> tasks.createTaskQuery().taskCandidateGroupIn(committee).includeAssignedTasks().orderByDueDate()
							.asc().listPage(0, 50)),
				new Query("committee queue, count", "bcom-7", committee,
						() -> tasks.createTaskQuery().taskCandidateGroupIn(committee).includeAssignedTasks().count()),
				new Query("user's completed tasks, page of 50", "bu-123", List.of("bcell-3.members"),
						() -> history.createHistoricTaskInstanceQuery().taskAssignee("bu-123").finished()
							.orderByHistoricTaskInstanceEndTime().desc().listPage(0, 50)));
	}

	void measure(BenchmarkSize size, BenchmarkReport report) throws Exception {
		if (!node.engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
			throw new IllegalStateException("authorization must be on, as in production");
		}
		String definition = node.jdbc.queryForObject(
				"select id_ from act_re_procdef where key_ = 'admission' order by version_ desc limit 1", String.class);
		Postgres.resetStatements(node);
		Map<String, Object> results = new LinkedHashMap<>();
		List<List<Object>> rows = new ArrayList<>();
		long loadStart = System.nanoTime();
		loadHistory(definition, size.historicTasks());
		loadOpenTasks(definition, 0, size.openTasksSmall());
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		measureBoth(size, size.openTasksSmall(), results, rows);
		loadStart = System.nanoTime();
		ProjectIndexes.drop(node);
		loadOpenTasks(definition, size.openTasksSmall(), size.openTasksLarge());
		loadSeconds += (System.nanoTime() - loadStart) / 1e9;
		measureBoth(size, size.openTasksLarge(), results, rows);
		Map<String, Object> statements = Postgres.statementSummary(node);
		results.put("loadSeconds", Samples.round(loadSeconds));
		results.put("statements", statements);
		results.put("slowestStatements", Postgres.slowest(node, 5));
		report.json.put("taskQueries", results);
		report.heading("(c) Tasklist queries, authorization on");
		report.line(size.historicTasks() + " completed tasks in ACT_HI_TASKINST; open tasks as given; each query "
				+ size.querySamples() + " times after 5 warm-ups, queries interleaved. \"stock\" = Camunda 7.24 schema, "
				+ "\"project\" = with the indexes of " + ProjectIndexes.MIGRATION + ".");
		report.line("");
		report.table(List.of("open tasks", "schema", "query", "p50", "p95", "max", "rows"), rows);
		report.line("Slowest single statement while loading and querying: " + statements.get("slowestExecutionMs")
				+ " ms (the bulk loads included).");
		Postgres.holdForInspection(node);
	}


	private void measureBoth(BenchmarkSize size, int open, Map<String, Object> results, List<List<Object>> rows)
			throws Exception {
		ProjectIndexes.drop(node);
		analyze();
		results.put(open + " stock", run(size, open, "stock", rows));
		ProjectIndexes.create(node);
		analyze();
		results.put(open + " project", run(size, open, "project", rows));
	}

	private Map<String, Object> run(BenchmarkSize size, int open, String schema, List<List<Object>> rows) {
		List<Query> queries = queries();
		Map<String, Samples> samples = new LinkedHashMap<>();
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (int i = -5; i < size.querySamples(); i++) {
			for (Query q : queries) {
				identity.setAuthentication(q.user(), q.groups());
				try {
					long t0 = System.nanoTime();
					Object result = q.run().get();
					long t = System.nanoTime() - t0;
					if (i >= 0) {
						samples.computeIfAbsent(q.name(), k -> new Samples()).add(t);
					}
					sizes.put(q.name(), result instanceof List<?> l ? l.size() : ((Number) result).intValue());
				}
				finally {
					identity.clearAuthentication();
				}
			}
		}
		Map<String, Object> out = new LinkedHashMap<>();
		for (Query q : queries) {
			Samples s = samples.get(q.name());
			Map<String, Object> m = s.summary();
			m.put("rows", sizes.get(q.name()));
			out.put(q.name(), m);
			rows.add(List.of(open, schema, q.name(), s.percentile(50), s.percentile(95), s.max(), sizes.get(q.name())));
		}
		return out;
	}

	private void analyze() {
		for (String t : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_hi_taskinst")) {
			node.jdbc.execute("analyze " + t);
		}
	}

	private void loadOpenTasks(String definition, int from, int to) {
		String group = "case when i % 10 <= 3 then 'bc-' || ((i / 10) % 50) || '.committee' "
				+ "else 'bcell-' || ((i / 10) % 7000) || '.secretary' end";
		node.jdbc.update("""
				insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
				    assignee_, priority_, create_time_, due_date_, suspension_state_, task_state_)
				select 'bt-' || i, 1, null, null, ?, 'Bench step',
				       case when i % 10 = 0 then 'WriteMentorNote' when i % 10 <= 3 then 'DecideAdmission' else 'HoldCellMeeting' end,
				       case when i % 10 = 0 then 'bm-' || ((i / 10) % 20000) end, 50,
				       timestamp '2026-01-01' - make_interval(secs => i), timestamp '2026-01-01' + make_interval(days => i % 120), 1, 'Created'
				from generate_series(?, ?) i""", definition, from, to - 1);
		node.jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) select 'bl-' || i, 1, "
				+ group + ", 'candidate', 'bt-' || i from generate_series(?, ?) i where i % 10 <> 0", from, to - 1);
		node.jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_) "
				+ "select 'ba-' || i, 1, 1, case when i % 10 = 0 then null else " + group + " end, "
				+ "case when i % 10 = 0 then 'bm-' || ((i / 10) % 20000) end, ?, 'bt-' || i, ? from generate_series(?, ?) i",
				Resources.TASK.resourceType(), Permissions.READ.getValue() | Permissions.UPDATE.getValue(), from, to - 1);
	}

	private void loadHistory(String definition, int n) {
		node.jdbc.update("""
				insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
				    execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_,
				    priority_, task_state_)
				select 'bh-' || i, 'HoldCellMeeting', 'admission', ?, 'bhp-' || (i / 13), 'bhp-' || (i / 13), 'bhp-' || (i / 13),
				       'bha-' || i, 'Bench step', 'bu-' || ((i / 13) % 20000), ts - interval '2 days', ts, 172800000,
				       'completed', 50, 'Completed'
				from (select i, timestamp '2026-01-01' - make_interval(mins => i) as ts from generate_series(0, ?) i) s""",
				definition, n - 1);
		node.jdbc.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_) "
				+ "select 'bah-' || p, 1, 1, 'bu-' || (p % 20000), ?, 'bhp-' || p, ? from generate_series(0, ?) p",
				Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), HistoricProcessInstancePermissions.READ.getValue(),
				(n - 1) / 13);
	}

}
