package vn.partyadmission.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import vn.partyadmission.support.Fixture;

/**
 * (a) and (b): full admission lifecycles, product and bare, on one node with T driver threads.
 * Each batch reports cases/s, latency per case and what the database did per case.
 */
final class Lifecycle {

	static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_comment", "act_hi_attachment", "act_hi_op_log",
			"act_hi_incident", "act_hi_job_log", "act_hi_ext_task_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out",
			"act_ge_bytearray", "act_ru_task_meter_log", "act_ru_authorization");

	private static final AtomicInteger PEOPLE = new AtomicInteger();

	private final Node node;

	private final Map<Integer, List<Fixture.Units>> unitsByThreads = new HashMap<>();

	Lifecycle(Node node) {
		this.node = node;
	}

	record Batch(String database, String process, int threads, int cases, double seconds, Samples perCase,
			Map<String, Double> perCaseCounts, Map<String, Double> historyRowsPerTable, double historyBytesPerCase,
			int failures) {

		double casesPerSecond() {
			return cases / seconds;
		}

		Map<String, Object> toMap() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("database", database);
			m.put("process", process);
			m.put("threads", threads);
			m.put("cases", cases);
			m.put("seconds", Samples.round(seconds));
			m.put("casesPerSecond", Samples.round(casesPerSecond()));
			m.put("perCase", perCase.summary());
			m.put("perCaseCounts", perCaseCounts);
			m.put("historyRowsPerCaseByTable", historyRowsPerTable);
			m.put("historyBytesPerCase", Samples.round(historyBytesPerCase));
			m.put("failures", failures);
			return m;
		}
	}

	Batch run(String process, int threads, int cases) throws Exception {
		boolean product = process.equals("admission");
		List<Fixture.Units> units = product ? units(threads) : List.of();
		List<List<String>> people = new ArrayList<>();
		for (int w = 0; w < threads; w++) {
			List<String> mine = new ArrayList<>();
			for (int i = w; i < cases; i += threads) {
				if (product) {
					Fixture.Units u = units.get(w);
					String id = u.id("b" + PEOPLE.incrementAndGet());
					node.bean(Fixture.class).candidate(id, "Ứng viên " + id, LocalDate.of(2000, 1, 15), u.cell);
					mine.add(id);
				}
				else {
					mine.add("bare-" + PEOPLE.incrementAndGet());
				}
			}
			people.add(mine);
		}
		ProductCase productCase = product ? new ProductCase(node) : null;
		Map<String, Long> rowsBefore = historyRows();
		long bytesBefore = historyBytes();
		node.flushStatistics();
		Map<String, Long> pgBefore = Postgres.databaseCounters(node);
		Map<String, Long> jdbcBefore = node.counters.snapshot();
		Samples perCase = new Samples();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				int worker = w;
				done.add(pool.submit(() -> {
					for (String person : people.get(worker)) {
						long t0 = System.nanoTime();
						try {
							if (product) {
								productCase.run(units.get(worker), person);
							}
							else {
								bare(person);
							}
							perCase.add(System.nanoTime() - t0);
						}
						catch (RuntimeException e) {
							if (failures.incrementAndGet() == 1) {
								e.printStackTrace();
							}
						}
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Long> jdbcAfter = node.counters.snapshot();
		node.flushStatistics();
		Map<String, Long> pgAfter = Postgres.databaseCounters(node);
		Map<String, Long> rowsAfter = historyRows();
		long bytesAfter = historyBytes();
		int ok = Math.max(1, cases - failures.get());
		Map<String, Double> counts = new LinkedHashMap<>();
		jdbcAfter.forEach((k, v) -> counts.put("jdbc." + k, Samples.round((v - jdbcBefore.get(k)) / (double) ok)));
		pgAfter.forEach((k, v) -> counts.put("pg." + k, Samples.round((v - pgBefore.get(k)) / (double) ok)));
		Map<String, Double> rows = new LinkedHashMap<>();
		double total = 0;
		for (String t : HISTORY_TABLES) {
			double d = (rowsAfter.getOrDefault(t, 0L) - rowsBefore.getOrDefault(t, 0L)) / (double) ok;
			if (d != 0) {
				rows.put(t, Samples.round(d));
			}
			if (t.startsWith("act_hi_")) {
				total += d;
			}
		}
		rows.put("historyTotal(act_hi_*)", Samples.round(total));
		return new Batch(node.database, process, threads, cases, seconds, perCase, counts, rows,
				node.isPostgres() ? (bytesAfter - bytesBefore) / (double) ok : Double.NaN, failures.get());
	}

	private List<Fixture.Units> units(int threads) {
		return unitsByThreads.computeIfAbsent(threads, t -> {
			List<Fixture.Units> list = new ArrayList<>();
			for (int i = 0; i < t; i++) {
				list.add(node.bean(Fixture.class).create());
			}
			return list;
		});
	}

	/** The bare process walked the same way: find the open task by business key, complete it; else fire the timer. */
	private void bare(String businessKey) {
		RuntimeService runtime = node.engine.getRuntimeService();
		TaskService tasks = node.engine.getTaskService();
		ManagementService management = node.engine.getManagementService();
		runtime.startProcessInstanceByKey(BareProcess.ADMISSION, businessKey);
		int steps = 0;
		while (true) {
			Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
			if (task != null) {
				tasks.complete(task.getId());
				steps++;
				continue;
			}
			List<Job> jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
				.flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
				.toList();
			if (jobs.isEmpty()) {
				break;
			}
			management.executeJob(jobs.get(0).getId());
			steps++;
		}
		if (steps != 22) {
			throw new IllegalStateException("bare case " + businessKey + " took " + steps + " steps, expected 22");
		}
	}

	/** Rows of the history tables (and the other tables a case leaves behind). */
	Map<String, Long> historyRows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String t : HISTORY_TABLES) {
			rows.put(t, node.jdbc.queryForObject("select count(*) from " + t, Long.class));
		}
		return rows;
	}

	/** Bytes of the history tables with their indexes (PostgreSQL only). */
	long historyBytes() {
		if (!node.isPostgres()) {
			return 0;
		}
		return node.jdbc.queryForObject(
				"select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
						+ " where c.relkind = 'r' and n.nspname = current_schema() and c.relname like 'act\\_hi\\_%'",
				Long.class);
	}

}
