package vn.partyadmission.organization;

import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts tallies from the register a database already holds, with the same recount the tests check
 * the kept tallies against (from then on the application keeps them: {@link UnitTallies}). Version
 * 1.14 counts those created by V1_13 and adds, on PostgreSQL, the partial indexes of the reports'
 * lists (H2 cannot create them; there the plain indexes of V1_0 and V1_13 serve a demo's few rows);
 * version 1.18.1 counts the stage-time tally created by V1_18. Each counts the tallies it fills
 * ({@link Tally#filledBy}).
 */
class TallyMigration implements JavaMigration {

	/**
	 * A district's members due for recognition and its open and overdue cases, without reading the
	 * millions of official members and closed cases around them (docs/performance.md).
	 */
	static final List<String> POSTGRES_INDEXES = List.of(
			"create index if not exists member_record_probation_idx on member_record (cell_id, probation_end_date) "
					+ "where status = 'PROBATIONARY'",
			// the first members due in a province or the country, in date order
			"create index if not exists member_record_probation_end_idx on member_record (probation_end_date) "
					+ "where status = 'PROBATIONARY'",
			"create index if not exists admission_case_open_idx on admission_case (cell_id, stage) where closed_at is null",
			"create index if not exists admission_case_overdue_idx on admission_case (cell_id, overdue_since) "
					+ "where closed_at is null and overdue_deadline is not null");

	@Configuration(proxyBeanMethods = false)
	static class Versions {

		@Bean
		static TallyMigration registerTallyMigration(ObjectProvider<Tally> tallies) {
			return new TallyMigration("1.14", "unit tallies counted from the register, partial indexes of the reports",
					POSTGRES_INDEXES, tallies);
		}

		@Bean
		static TallyMigration stageTimeTallyMigration(ObjectProvider<Tally> tallies) {
			return new TallyMigration("1.18.1", "stage-time tally counted from the engine's task history",
					List.of(), tallies);
		}

	}

	private final String version;

	private final String description;

	private final List<String> postgresIndexes;

	private final ObjectProvider<Tally> tallies;

	TallyMigration(String version, String description, List<String> postgresIndexes, ObjectProvider<Tally> tallies) {
		this.version = version;
		this.description = description;
		this.postgresIndexes = postgresIndexes;
		this.tallies = tallies;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(version);
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		tallies.orderedStream().filter(t -> t.filledBy().equals(version)).forEach(t -> UnitTallies.recount(jdbc, t));
		if (context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			postgresIndexes.forEach(jdbc::execute);
		}
	}

}
