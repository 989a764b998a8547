package vn.partyadmission.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded PostgreSQL 17 of the tests, configured as a production server would be, and its counters. */
final class Postgres {

	private Postgres() {
	}

	/**
	 * zonky turns synchronous_commit off for speed; a register of record keeps it on, so the
	 * benchmark does. pg_stat_statements counts statements and finds the slowest one.
	 */
	static EmbeddedPostgres start() throws IOException {
		return EmbeddedPostgres.builder()
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track", "top")
			.setServerConfig("shared_buffers", "1GB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setPGStartupWait(Duration.ofSeconds(120))
			.start();
	}

	static final List<String> DATABASE_COUNTERS = List.of("xact_commit", "xact_rollback", "tup_inserted", "tup_updated",
			"tup_deleted", "tup_returned", "tup_fetched", "blks_hit", "blks_read");

	static Map<String, Long> databaseCounters(Node node) {
		Map<String, Long> m = new LinkedHashMap<>();
		if (!node.isPostgres()) {
			return m;
		}
		Map<String, Object> row = node.jdbc.queryForMap(
				"select " + String.join(", ", DATABASE_COUNTERS) + " from pg_stat_database where datname = current_database()");
		DATABASE_COUNTERS.forEach(c -> m.put(c, ((Number) row.get(c)).longValue()));
		return m;
	}

	/** Statements executed and the slowest single execution since the last reset. */
	static Map<String, Object> statementSummary(Node node) {
		Map<String, Object> m = new LinkedHashMap<>();
		Map<String, Object> row = node.jdbc.queryForMap("""
				select coalesce(sum(calls), 0) as calls, coalesce(max(max_exec_time), 0) as max_ms
				from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""");
		m.put("calls", ((Number) row.get("calls")).longValue());
		m.put("slowestExecutionMs", Samples.round(((Number) row.get("max_ms")).doubleValue()));
		return m;
	}

	static List<Map<String, Object>> slowest(Node node, int limit) {
		return node.jdbc.queryForList("""
				select left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query, calls,
				       round(mean_exec_time::numeric, 2) as mean_ms, round(max_exec_time::numeric, 2) as max_ms
				from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
				order by max_exec_time desc limit ?""", limit);
	}

	/** The statements that took the most time since the last reset: where a report's time goes. */
	static List<Map<String, Object>> costliest(Node node, int limit) {
		return node.jdbc.queryForList("""
				select left(regexp_replace(query, '\\s+', ' ', 'g'), 200) as query, calls,
				       round(mean_exec_time::numeric, 2) as mean_ms, round(max_exec_time::numeric, 2) as max_ms,
				       round(rows::numeric / greatest(calls, 1), 1) as rows_per_call
				from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
				  and query not like '%pg_stat_statements%'
				order by total_exec_time desc limit ?""", limit);
	}

	/** The statements run most often since the last reset: where the round trips per case or job go. */
	static List<Map<String, Object>> mostFrequent(Node node, int limit) {
		return node.jdbc.queryForList("""
				select left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query, calls, rows,
				       round(total_exec_time::numeric, 1) as total_ms
				from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
				order by calls desc limit ?""", limit);
	}

	static void resetStatements(Node node) {
		node.jdbc.queryForList("select pg_stat_statements_reset()");
	}

	/**
	 * -Dbenchmark.holdWhile=FILE keeps the benchmark's database up, with what a part loaded, while FILE
	 * exists, to EXPLAIN the engine's statements by hand.
	 */
	static void holdForInspection(Node node) throws InterruptedException {
		String file = System.getProperty("benchmark.holdWhile", "");
		if (file.isEmpty()) {
			return;
		}
		System.out.println("benchmark: holding while " + file + " exists; database port "
				+ node.jdbc.queryForObject("select current_setting('port')", String.class));
		while (java.nio.file.Files.exists(java.nio.file.Path.of(file))) {
			Thread.sleep(1000);
		}
	}

}
