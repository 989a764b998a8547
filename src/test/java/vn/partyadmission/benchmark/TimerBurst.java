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
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long s0 = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int worker = w;
				done.add(pool.submit(() -> {
					for (int i = worker; i < n; i += 4) {
						node.engine.getRuntimeService().startProcessInstanceByKey(BareProcess.TIMER, "timer-" + i);
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
		Postgres.resetStatements(node);
		int due = node.jdbc.update("update act_ru_job set duedate_ = ? where process_def_key_ = ?",
				Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)), BareProcess.TIMER);
		long t0 = System.nanoTime();
		JobExecutor executor = ((ProcessEngineConfigurationImpl) node.engine.getProcessEngineConfiguration()).getJobExecutor();
		// the executor may be idling in its back-off after minutes without due jobs: wake it as a new job would
		executor.jobWasAdded();
		long left = due;
		long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000;
		while (left > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			left = node.jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?", Long.class,
					BareProcess.TIMER);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Map<String, Object> log = node.jdbc.queryForMap("""
				select count(*) as n, extract(epoch from max(timestamp_) - min(timestamp_)) as span
				from act_hi_job_log where process_def_key_ = ? and job_state_ = 2""", BareProcess.TIMER);
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
		report.json.put("timerBurst", m);
		report.heading("(e) Timer burst");
		report.line(due + " timers due at once, drained by the application's job executor in "
				+ Samples.round(seconds) + " s: **" + Samples.round((due - left) / seconds) + " jobs/s** (first to last "
				+ "job in the job log: " + Samples.round(logged / span) + " jobs/s; " + left + " left). Settings: " + settings
				+ ". Starting the instances ran at " + Samples.round(n / startSeconds) + " instances/s with 4 threads.");
	}

}
