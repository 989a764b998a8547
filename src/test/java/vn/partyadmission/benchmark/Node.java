package vn.partyadmission.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.partyadmission.PartyAdmissionApplication;

/** One real application context (the whole application, web server included) on one database. */
final class Node implements AutoCloseable {

	final String database;

	final ConfigurableApplicationContext context;

	final JdbcTemplate jdbc;

	final ProcessEngine engine;

	final JdbcCounters counters;

	private Node(String database, ConfigurableApplicationContext context) {
		this.database = database;
		this.context = context;
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		this.engine = context.getBean(ProcessEngine.class);
		this.counters = context.getBean(JdbcCounters.class);
	}

	/**
	 * Starts the application with the test profile (jobs on, as in production, so the timer burst
	 * runs through the real job executor) and the benchmark's additions.
	 */
	static Node start(String database, String[] profiles, Map<String, Object> properties) {
		Map<String, Object> all = new TreeMap<>(properties);
		all.put("server.port", "0");
		all.put("camunda.bpm.job-execution.enabled", "true");
		all.put("spring.main.banner-mode", "off");
		all.put("logging.level.root", "WARN");
		all.put("logging.level.org.camunda.bpm.engine.jobexecutor", "ERROR");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PartyAdmissionApplication.class,
				BenchmarkConfiguration.class)
			.profiles(profiles)
			.initializers(c -> c.getBeanFactory().registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
			// as command-line arguments: above the profiles' own files (application-postgres.yml reads DB_URL)
			.run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		return new Node(database, context);
	}

	boolean isPostgres() {
		return database.startsWith("PostgreSQL");
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * PostgreSQL flushes a backend's statistics at most once a second and an idle one later still:
	 * ask every pooled connection to flush, so pg_stat_database is exact when read.
	 */
	void flushStatistics() throws SQLException {
		if (!isPostgres()) {
			return;
		}
		DataSource ds = context.getBean(DataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				Connection c = ds.getConnection();
				held.add(c);
				try (var s = c.createStatement()) {
					s.execute("select pg_stat_force_next_flush()");
				}
			}
		}
		finally {
			for (Connection c : held) {
				c.close();
			}
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
