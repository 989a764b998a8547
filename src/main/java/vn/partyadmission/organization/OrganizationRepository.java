package vn.partyadmission.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

	private final JdbcClient jdbc;

	/** The unit and every unit below it, by one walk down parent_id. */
	List<String> subtree(String unitId) {
		return jdbc.sql(OrganizationTree.SUBTREE_CTE + "select id from subtree").param("unit", unitId).query(String.class).list();
	}

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organization> find(String id) {
		return jdbc.sql("select * from organization where id = ?").param(id).query(OrganizationRepository::map).optional();
	}

	List<Organization> children(String parentId) {
		return jdbc.sql("select * from organization where parent_id = ? order by id").param(parentId)
			.query(OrganizationRepository::map).list();
	}

	void insert(Organization o) {
		jdbc.sql("""
				insert into organization (id, name, kind, parent_id, valid_from, valid_to, competent_committee_id,
				                          successor_id, hardship_area)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.name(), o.kind().name(), o.parentId(), o.validFrom(), o.validTo(),
					o.competentCommitteeId(), o.successorId(), o.hardshipArea())
			.update();
	}

	void close(String id, LocalDate validTo, String successorId) {
		jdbc.sql("update organization set valid_to = ?, successor_id = ? where id = ?")
			.params(validTo, successorId, id)
			.update();
	}

	/** The committee's size in force on the date: the row with the latest valid_from on or before it. */
	Optional<Integer> committeeSize(String organizationId, LocalDate date) {
		return jdbc.sql("""
				select members from committee_size
				where organization_id = ? and valid_from <= ?
				order by valid_from desc fetch first 1 rows only""")
			.params(organizationId, date)
			.query(Integer.class)
			.optional();
	}

	void insertCommitteeSize(String organizationId, LocalDate validFrom, int members) {
		jdbc.sql("insert into committee_size (organization_id, valid_from, members) values (?, ?, ?)")
			.params(organizationId, validFrom, members)
			.update();
	}

	private static Organization map(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getString("id"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("parent_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("competent_committee_id"), rs.getString("successor_id"), rs.getBoolean("hardship_area"));
	}

}
