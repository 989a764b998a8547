package vn.partyadmission.reporting;

import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration 1.28: counts the membership tally (created by V1_27) from the register a database
 * already holds, with the recount the tests compare the kept tally against. The rows go through
 * the application, as H2 takes no WITH inside an INSERT.
 */
class MembershipTallyMigration implements JavaMigration {

	@Configuration(proxyBeanMethods = false)
	static class Version {

		@Bean
		static MembershipTallyMigration membershipTallyMigration() {
			return new MembershipTallyMigration();
		}

	}

	/** Every cell with itself and each unit above it; units are never re-parented. */
	private static final String UP = """
			with recursive up (cell_id, unit_id) as (
			    select id, id from organization
			    union all
			    select u.cell_id, p.id from up u join organization o on o.id = u.unit_id join organization p on p.id = o.parent_id)
			""";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("1.28");
	}

	@Override
	public String getDescription() {
		return "membership tally counted from the register";
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
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		List<Object[]> rows = jdbc.query(UP + "select up.unit_id, c.change_month, sum(c.members), sum(c.village_heads) from ("
				+ MembershipTally.TALLY.recount() + ") c join up on up.cell_id = c.cell_id group by up.unit_id, c.change_month",
				(rs, row) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4) });
		jdbc.execute("delete from membership_tally");
		for (int from = 0; from < rows.size(); from += 1000) {
			jdbc.batchUpdate("insert into membership_tally (unit_id, change_month, members, village_heads) values (?, ?, ?, ?)",
					rows.subList(from, Math.min(from + 1000, rows.size())));
		}
	}

}
