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

	void rename(String id, String name) {
		jdbc.sql("update organization set name = ? where id = ?").params(name, id).update();
	}

	void setFlags(String id, boolean hardshipArea, UnitSector sector) {
		jdbc.sql("update organization set hardship_area = ?, sector = ? where id = ?")
			.params(hardshipArea, sector.name(), id)
			.update();
	}

	void setCompetentCommittee(String id, String competentCommitteeId) {
		jdbc.sql("update organization set competent_committee_id = ? where id = ?").params(competentCommitteeId, id).update();
	}

	void setDecidingBody(String id, DecidingBody body) {
		jdbc.sql("update organization set deciding_body = ? where id = ?").params(body.name(), id).update();
	}

	UnitSettings settings(String id) {
		return jdbc.sql("select sector, deciding_body from organization where id = ?")
			.param(id)
			.query((rs, row) -> new UnitSettings(UnitSector.of(rs.getString("sector")), DecidingBody.valueOf(rs.getString("deciding_body"))))
			.optional()
			.orElse(new UnitSettings(UnitSector.PARTY, DecidingBody.STANDING_COMMITTEE));
	}

	List<Organization> all() {
		return jdbc.sql("select * from organization order by id").query(OrganizationRepository::map).list();
	}

	void recordChange(TreeChange change) {
		jdbc.sql("""
				insert into organization_change (organization_id, kind, effective_date, detail, actor, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(change.organizationId(), change.kind(), change.effectiveDate(), change.detail(), change.actor(),
					java.sql.Timestamp.from(change.recordedAt()))
			.update();
	}

	List<TreeChange> changes(String id) {
		return jdbc.sql("select * from organization_change where organization_id = ? order by id")
			.param(id)
			.query((rs, row) -> new TreeChange(rs.getString("organization_id"), rs.getString("kind"),
					rs.getObject("effective_date", LocalDate.class), rs.getString("detail"), rs.getString("actor"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** Advances the tree's version, row-locked until the transaction ends; returns the new value. */
	long advanceVersion() {
		jdbc.sql("update organization_tree_version set version = version + 1 where id = 1").update();
		return version();
	}

	/** Advances the version only if it is still {@code expected}; false when someone changed the tree since. */
	boolean advanceVersionFrom(long expected) {
		return jdbc.sql("update organization_tree_version set version = version + 1 where id = 1 and version = ?")
			.param(expected)
			.update() == 1;
	}

	long version() {
		return jdbc.sql("select version from organization_tree_version where id = 1").query(Long.class).single();
	}

	private static Organization map(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getString("id"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("parent_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("competent_committee_id"), rs.getString("successor_id"), rs.getBoolean("hardship_area"));
	}

}
