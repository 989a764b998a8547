package vn.partyadmission.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's benchmark: the real application on embedded PostgreSQL 17 (and H2 for the lifecycle),
 * sized by -Dbenchmark.size=smoke|full, run by the Maven profile benchmark (not by the unit tests):
 * <pre>./mvnw -B -Pbenchmark test                        # smoke, under two minutes
 * ./mvnw -B -Pbenchmark test -Dbenchmark.size=full   # national scale, tens of minutes</pre>
 * Writes target/benchmark/report.md and report.json. Figures are compared as ratios taken inside
 * one run, with the configurations interleaved round by round, because this machine's speed drifts
 * by up to 30 % between runs.
 */
class NationalScaleBenchmark {

	@Test
	void measure() throws Exception {
		BenchmarkSize size = BenchmarkSize.of(System.getProperty("benchmark.size", "smoke"));
		// -Dbenchmark.parts=lifecycle,timers,tasks,reports (the default: all) runs a part alone
		List<String> parts = List.of(System.getProperty("benchmark.parts", "lifecycle,timers,tasks,reports").split(","));
		BenchmarkReport report = new BenchmarkReport();
		report.json.put("parts", parts);
		report.json.put("size", size);
		report.json.put("startedAt", Instant.now().toString());
		report.json.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(), "maxHeapMb",
				Runtime.getRuntime().maxMemory() >> 20, "java", System.getProperty("java.version")));
		report.line("# Benchmark report (" + size.name() + ")");
		report.line("");
		report.line("Started " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
				+ " CPUs, Java " + System.getProperty("java.version")
				+ "; embedded PostgreSQL 17 (synchronous_commit=on, shared_buffers=1GB) on the same machine. "
				+ "Latencies in ms; ratios are medians of ratios taken within each interleaved round.");
		long t0 = System.nanoTime();
		try (EmbeddedPostgres postgres = Postgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			try (Connection c = DriverManager.getConnection(url)) {
				c.createStatement().execute("create extension if not exists pg_stat_statements");
				c.createStatement().execute("create database full_history");
			}
			Node pg = Node.start("PostgreSQL", new String[] { "test", "postgres" },
					Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"spring.datasource.password", ""));
			// the application before issue 7 changed its history level, for the ratio activity / full
			Node pgFull = parts.contains("lifecycle") ? Node.start("PostgreSQL full history", new String[] { "test", "postgres" },
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "full_history"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "",
							"camunda.bpm.history-level", "full")) : null;
			Node h2 = Node.start("H2", new String[] { "test" },
					Map.of("spring.datasource.url", "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1"));
			try {
				report.json.put("startupSeconds", Samples.round((System.nanoTime() - t0) / 1e9));
				Map<String, Object> settings = new LinkedHashMap<>();
				settings.put("historyLevel", pg.engine.getProcessEngineConfiguration().getHistory());
				settings.put("plan_cache_mode", pg.jdbc.queryForObject("show plan_cache_mode", String.class));
				settings.put("random_page_cost", pg.jdbc.queryForObject("show random_page_cost", String.class));
				settings.put("synchronous_commit", pg.jdbc.queryForObject("show synchronous_commit", String.class));
				settings.put("shared_buffers", pg.jdbc.queryForObject("show shared_buffers", String.class));
				settings.put("loadAverageAtStart", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
					.getSystemLoadAverage());
				report.json.put("settings", settings);
				report.line("");
				report.line("Settings: " + settings);
				BareProcess.deploy(pg.engine.getRepositoryService());
				BareProcess.deploy(h2.engine.getRepositoryService());
				// the report is written after each part, so a long run that fails late keeps what it measured
				if (parts.contains("lifecycle")) {
					lifecycle(size, report, pg, pgFull, h2);
					pgFull.close();
					write(report, size, parts);
				}
				h2.close();
				if (parts.contains("timers")) {
					new TimerBurst(pg).measure(size, report);
					write(report, size, parts);
				}
				if (parts.contains("tasks")) {
					new TaskQueries(pg).measure(size, report);
					write(report, size, parts);
				}
				if (parts.contains("reports")) {
					new NationalReports(pg).measure(size, report);
				}
			}
			finally {
				pg.close();
				h2.close();
				if (pgFull != null) {
					pgFull.close();
				}
			}
		}
		report.json.put("totalSeconds", Samples.round((System.nanoTime() - t0) / 1e9));
		report.line("");
		report.line("Total " + Samples.round((System.nanoTime() - t0) / 1e9) + " s.");
		write(report, size, parts);
		System.out.println(report.markdown());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> batches = (List<Map<String, Object>>) report.json.getOrDefault("lifecycleBatches", List.of());
		assertThat(batches).allSatisfy(b -> assertThat(b.get("failures")).as("failed cases in %s", b).isEqualTo(0));
	}

	private static void lifecycle(BenchmarkSize size, BenchmarkReport report, Node pg, Node pgFull, Node h2) throws Exception {
		record Config(Lifecycle lifecycle, String database, String process, int threads) {
		}
		Lifecycle onPg = new Lifecycle(pg);
		Lifecycle onH2 = new Lifecycle(h2);
		Lifecycle onPgFull = new Lifecycle(pgFull);
		List<Config> configs = new ArrayList<>();
		for (int threads : new int[] { 1, 4 }) {
			for (String process : new String[] { "admission", "bare" }) {
				configs.add(new Config(onPg, "PostgreSQL", process, threads));
				configs.add(new Config(onH2, "H2", process, threads));
			}
			configs.add(new Config(onPgFull, "PostgreSQL-full-history", "admission", threads));
		}
		for (Config c : configs) {
			c.lifecycle().run(c.process(), c.threads(), size.warmUpCases() * c.threads());
		}
		Postgres.resetStatements(pg);
		List<Map<String, Object>> all = new ArrayList<>();
		Map<String, List<Double>> cps = new LinkedHashMap<>();
		Map<String, List<Double>> ratios = new LinkedHashMap<>();
		Map<String, Lifecycle.Batch> last = new LinkedHashMap<>();
		for (int round = 1; round <= size.rounds(); round++) {
			Map<String, Double> thisRound = new LinkedHashMap<>();
			for (Config c : configs) {
				Lifecycle.Batch b = c.lifecycle().run(c.process(), c.threads(), size.casesPerBatch());
				String key = c.database() + " " + c.process() + " T=" + c.threads();
				Map<String, Object> m = b.toMap();
				m.put("round", round);
				all.add(m);
				cps.computeIfAbsent(key, k -> new ArrayList<>()).add(b.casesPerSecond());
				thisRound.put(key, b.casesPerSecond());
				last.put(key, b);
				System.out.printf("round %d %-28s %6.2f cases/s p50 %.0f ms%n", round, key, b.casesPerSecond(),
						b.perCase().percentile(50));
			}
			for (String db : List.of("PostgreSQL", "H2")) {
				for (int t : new int[] { 1, 4 }) {
					ratio(ratios, db + " admission/bare T=" + t, thisRound.get(db + " admission T=" + t),
							thisRound.get(db + " bare T=" + t));
				}
				for (String p : List.of("admission", "bare")) {
					ratio(ratios, db + " " + p + " T=4/T=1", thisRound.get(db + " " + p + " T=4"),
							thisRound.get(db + " " + p + " T=1"));
				}
			}
			for (int t : new int[] { 1, 4 }) {
				ratio(ratios, "PostgreSQL admission, history activity/full T=" + t, thisRound.get("PostgreSQL admission T=" + t),
						thisRound.get("PostgreSQL-full-history admission T=" + t));
			}
			for (String p : List.of("admission", "bare")) {
				for (int t : new int[] { 1, 4 }) {
					ratio(ratios, "PostgreSQL/H2 " + p + " T=" + t, thisRound.get("PostgreSQL " + p + " T=" + t),
							thisRound.get("H2 " + p + " T=" + t));
				}
			}
		}
		report.json.put("lifecycleBatches", all);
		report.json.put("lifecycleStatements", Postgres.statementSummary(pg));
		report.json.put("lifecycleMostFrequentStatements", Postgres.mostFrequent(pg, 300));
		Map<String, Double> medianRatios = new LinkedHashMap<>();
		ratios.forEach((k, v) -> medianRatios.put(k, Samples.round(Samples.median(v))));
		report.json.put("lifecycleRatios", medianRatios);

		report.heading("(a, b) Admission lifecycle: start to official member");
		report.line("Product walk: 18 user tasks and 4 timers (fired by id) through the application's services, as "
				+ "CaseWalker does; bare: a process of the same shape (8 tasks, call activity, 3 x timer+task, task, "
				+ "timer, 6 tasks) with no listener, delegate or variable. " + size.casesPerBatch() + " cases per batch, "
				+ size.rounds() + " interleaved round(s) after a warm-up; cases/s is the median over rounds, the rest "
				+ "from the last round. Counts are per case: jdbc.* counted at the driver, pg.* from pg_stat_database.");
		report.line("");
		List<List<Object>> rows = new ArrayList<>();
		for (var e : last.entrySet()) {
			Lifecycle.Batch b = e.getValue();
			Map<String, Double> n = b.perCaseCounts();
			rows.add(List.of(e.getKey(), Samples.round(Samples.median(cps.get(e.getKey()))), b.perCase().percentile(50),
					b.perCase().percentile(95), n.getOrDefault("jdbc.commits", Double.NaN),
					n.getOrDefault("pg.xact_commit", Double.NaN), n.getOrDefault("jdbc.roundTrips", Double.NaN),
					n.getOrDefault("jdbc.statements", Double.NaN), n.getOrDefault("pg.tup_inserted", Double.NaN),
					n.getOrDefault("pg.tup_updated", Double.NaN), n.getOrDefault("pg.tup_deleted", Double.NaN),
					b.historyRowsPerTable().get("historyTotal(act_hi_*)"), b.historyBytesPerCase() / 1024));
		}
		report.table(List.of("configuration", "cases/s", "p50", "p95", "commits (jdbc)", "xact_commit", "round trips",
				"statements", "rows ins", "rows upd", "rows del", "history rows", "history KB"), rows);
		List<List<Object>> ratioRows = new ArrayList<>();
		medianRatios.forEach((k, v) -> ratioRows.add(List.of(k, v)));
		report.table(List.of("ratio (median of rounds)", "value"), ratioRows);
		Lifecycle.Batch admission = last.get("PostgreSQL admission T=1");
		report.line("History rows per product case by table (PostgreSQL, history " + pg.engine.getProcessEngineConfiguration()
			.getHistory() + "): " + admission.historyRowsPerTable());
		report.line("");
		report.line("The same with history full: " + last.get("PostgreSQL-full-history admission T=1").historyRowsPerTable());
		report.line("");
		report.line("Statements during the measured lifecycle rounds on PostgreSQL (pg_stat_statements): "
				+ report.json.get("lifecycleStatements"));
	}

	/** A run of some parts only writes next to the full report, not over it. */
	private static void write(BenchmarkReport report, BenchmarkSize size, List<String> parts) throws java.io.IOException {
		report.write(parts.size() == 4 ? Path.of("target", "benchmark")
				: Path.of("target", "benchmark", size.name() + "-" + String.join("-", parts)));
	}

	private static void ratio(Map<String, List<Double>> ratios, String key, Double a, Double b) {
		ratios.computeIfAbsent(key, k -> new ArrayList<>()).add(a / b);
	}

}
