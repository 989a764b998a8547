package vn.partyadmission.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TargetRepository {

	private final JdbcClient jdbc;

	TargetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Target> find(String organizationId, int year) {
		return jdbc.sql("select * from admission_target where organization_id = ? and target_year = ?")
			.params(organizationId, year)
			.query(TargetRepository::map)
			.optional();
	}

	/** The targets of these units for a year, in one statement. */
	List<Target> findAll(List<String> organizationIds, int year) {
		return jdbc.sql("select * from admission_target where organization_id in (:units) and target_year = :year")
			.param("units", organizationIds)
			.param("year", year)
			.query(TargetRepository::map)
			.list();
	}

	/** Every target, optionally of one unit and/or one year. */
	List<Target> list(String organizationId, Integer year) {
		return jdbc.sql("""
				select * from admission_target
				where (cast(:unit as varchar(64)) is null or organization_id = :unit)
				  and (cast(:year as integer) is null or target_year = :year)
				order by target_year, organization_id""")
			.param("unit", organizationId)
			.param("year", year)
			.query(TargetRepository::map)
			.list();
	}

	/** Replaces the unit's target for the year: delete and insert, the same SQL on H2 and PostgreSQL. */
	void save(Target t) {
		jdbc.sql("delete from admission_target where organization_id = ? and target_year = ?")
			.params(t.organizationId(), t.year())
			.update();
		jdbc.sql("""
				insert into admission_target (organization_id, target_year, new_members, village_head_share_percent,
				                              private_enterprise_orgs, set_by, set_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(t.organizationId(), t.year(), t.newMembers(), t.villageHeadSharePercent(), t.privateEnterpriseOrgs(),
					t.setBy(), Timestamp.from(t.setAt()))
			.update();
	}

	private static Target map(ResultSet rs, int row) throws SQLException {
		return new Target(rs.getString("organization_id"), rs.getInt("target_year"), rs.getInt("new_members"),
				(Integer) rs.getObject("village_head_share_percent", Integer.class),
				(Integer) rs.getObject("private_enterprise_orgs", Integer.class), rs.getString("set_by"),
				rs.getTimestamp("set_at").toInstant());
	}

}
