package vn.partyadmission.benchmark;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.core.env.Environment;

/**
 * (e): N timers fall due at once (their due date moved into the past by SQL) and the application's
 * own job executor, configured by application.yml, drains them.
 */
final class TimerBurst {

	private final Node node;

	TimerBurst(Node node) {
		this.node = node;
	}

	void measure(BenchmarkSize size, BenchmarkReport report) throws Exception {
		// -Dbenchmark.timers=N overrides the size's count, to compare executor settings quickly
		int n = Integer.getInteger("benchmark.timers", size.timers());
		report.heading("(e) Timer burst");
		burst(BareProcess.TIMER, "timerBurst", "a timer that ends its process instance", n, report);
		burst(BareProcess.OVERDUE, "timerBurstOverdue",
				"a non-interrupting deadline timer on a waiting task, the shape of the product's overdue timers "
						+ "(the case goes on, so no process end)", n, report);
	}

	private void burst(String process, String jsonKey, String what, int n, BenchmarkReport report) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long s0 = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int worker = w;
				done.add(pool.submit(() -> {
					for (int i = worker; i < n; i += 4) {
						node.engine.getRuntimeService().startProcessInstanceByKey(process, "timer-" + i);
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
		double startSeconds = (System.nanoTime() - s0) / 1e9;
		Postgres.holdForInspection(node);
		Postgres.resetStatements(node);
		int due = node.jdbc.update("update act_ru_job set duedate_ = ? where process_def_key_ = ?",
				Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)), process);
		long t0 = System.nanoTime();
		JobExecutor executor = ((ProcessEngineConfigurationImpl) node.engine.getProcessEngineConfiguration()).getJobExecutor();
		// the executor may be idling in its back-off after minutes without due jobs: wake it as a new job would
		executor.jobWasAdded();
		long left = due;
		long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000;
		while (left > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			left = node.jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?", Long.class,
					process);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Map<String, Object> log = node.jdbc.queryForMap("""
				select count(*) as n, extract(epoch from max(timestamp_) - min(timestamp_)) as span
				from act_hi_job_log where process_def_key_ = ? and job_state_ = 2""", process);
		long logged = ((Number) log.get("n")).longValue();
		double span = log.get("span") == null ? Double.NaN : ((Number) log.get("span")).doubleValue();
		Environment env = node.context.getEnvironment();
		Map<String, Object> settings = new LinkedHashMap<>();
		for (String key : List.of("core-pool-size", "max-pool-size", "queue-capacity", "max-jobs-per-acquisition",
				"wait-time-in-millis", "max-wait", "backoff-time-in-millis", "lock-time-in-millis")) {
			settings.put(key, env.getProperty("camunda.bpm.job-execution." + key, "(default)"));
		}
		settings.put("executor.maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
		settings.put("executor.waitTimeInMillis", executor.getWaitTimeInMillis());
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("timers", due);
		m.put("left", left);
		m.put("instancesStartedPerSecond", Samples.round(n / startSeconds));
		m.put("drainSeconds", Samples.round(seconds));
		m.put("jobsPerSecond", Samples.round((due - left) / seconds));
		m.put("jobsPerSecondFromJobLog", Samples.round(logged / span));
		m.put("settings", settings);
		m.put("statements", Postgres.statementSummary(node));
		m.put("mostFrequentStatements", Postgres.mostFrequent(node, 15));
		List<Map<String, Object>> perJob = statementsPerJob(due - left);
		m.put("statementsPerJob", perJob);
		report.json.put(jsonKey, m);
		report.line("");
		report.line("**" + what + "**: " + due + " timers due at once, drained by the application's job executor in "
				+ Samples.round(seconds) + " s: **" + Samples.round((due - left) / seconds) + " jobs/s** (first to last "
				+ "job in the job log: " + Samples.round(logged / span) + " jobs/s; " + left + " left). Settings: " + settings
				+ ". Starting the instances ran at " + Samples.round(n / startSeconds) + " instances/s with 4 threads.");
		report.line("");
		report.line("Statements per job while draining (pg_stat_statements), by kind:");
		report.line("");
		report.table(List.of("kind", "statements per job", "ms per job (server)", "mean ms", "max ms"),
				perJob.stream().map(r -> List.<Object>of(r.get("kind"), r.get("per_job"), r.get("ms_per_job"), r.get("mean_ms"),
						r.get("max_ms"))).toList());
	}

	/**
	 * Where a fired timer's statements go. Where the process ends at its timer, the job also pays the end
	 * of a process instance: with history-removal-time-strategy end, the engine stamps the removal time on
	 * every history table of the instance (one UPDATE per table).
	 */
	private List<Map<String, Object>> statementsPerJob(long jobs) {
		return node.jdbc.queryForList("""
				select kind, round(sum(calls)::numeric / ?, 2) as per_job, round(sum(total_exec_time)::numeric / ?, 3) as ms_per_job,
				       round((sum(total_exec_time) / greatest(sum(calls), 1))::numeric, 3) as mean_ms,
				       round(max(max_exec_time)::numeric, 2) as max_ms
				from (select calls, total_exec_time, max_exec_time, case
				        when q ilike '%set REMOVAL_TIME_%where ROOT_PROC_INST_ID_%' then 'removal time stamped at process end'
				        when q ilike '%from ACT_RU_JOB RES%RETRIES_ >%' then 'acquisition: select due jobs'
				        when q ilike 'update ACT_RU_JOB%LOCK_OWNER_%' then 'acquisition: lock a job'
				        when q in ('BEGIN', 'COMMIT', 'ROLLBACK') or q ilike 'SET %' or q ilike 'SHOW %' then 'transaction control'
				        when q ilike 'select%' then 'other reads'
				        when q ilike 'insert%' then 'inserts'
				        when q ilike 'update%' then 'other updates'
				        when q ilike 'delete from ACT_RU_EXECUTION %' then 'delete an execution (its foreign keys checked)'
				        when q ilike 'delete%' then 'other deletes'
				        else 'other' end as kind
				      from (select *, regexp_replace(query, '\\s+', ' ', 'g') as q from pg_stat_statements) p where dbid = (select oid from pg_database where datname = current_database())
				        and q not ilike '%pg_stat_statements%' and q not ilike 'select count(*) from act_ru_job%') s
				group by kind order by 2 desc""", jobs, jobs);
	}

}
