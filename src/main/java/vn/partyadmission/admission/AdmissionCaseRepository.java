package vn.partyadmission.admission;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdmissionCaseRepository {

	private final JdbcClient jdbc;

	private final String nextNumberSql;

	AdmissionCaseRepository(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			this.nextNumberSql = postgres ? "select nextval('admission_case_seq')"
					: "select next value for admission_case_seq";
		}
	}

	long nextNumber() {
		return jdbc.sql(nextNumberSql).query(Long.class).single();
	}

	/** Fails with a DuplicateKeyException when the person already has an open case. */
	void insert(AdmissionCase c) {
		jdbc.sql("""
				insert into admission_case (id, person_id, cell_id, competent_committee_id, process_instance_id,
				                            introduction_path, union_resolution_number, stage, opened_by, opened_at,
				                            open_person_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.personId(), c.cellId(), c.competentCommitteeId(), c.processInstanceId(),
					c.introductionPath().name(), c.unionResolutionNumber(), c.stage(), c.openedBy(),
					Timestamp.from(c.openedAt()), c.personId())
			.update();
	}

	void insertIntroducer(String caseId, int position, String introducerId, Relation relation, LocalDate knownSince) {
		jdbc.sql("insert into case_introducer (case_id, position, introducer_id, relation, known_since) values (?, ?, ?, ?, ?)")
			.params(caseId, position, introducerId, relation.name(), knownSince)
			.update();
	}

	/** The case's introducers in order: who, how they know the applicant, since when. */
	List<IntroducerRow> introducers(String caseId) {
		return jdbc.sql("select introducer_id, relation, known_since from case_introducer where case_id = ? order by position")
			.param(caseId)
			.query((rs, n) -> new IntroducerRow(rs.getString("introducer_id"), rs.getString("relation"),
					rs.getObject("known_since", LocalDate.class)))
			.list();
	}

	record IntroducerRow(String personId, String relation, LocalDate knownSince) {
	}

	Optional<AdmissionCase> find(String id) {
		return jdbc.sql("select * from admission_case where id = ?").param(id).query(AdmissionCaseRepository::map)
			.optional();
	}

	Optional<AdmissionCase> findOpenByPerson(String personId) {
		return jdbc.sql("select * from admission_case where open_person_id = ?").param(personId)
			.query(AdmissionCaseRepository::map).optional();
	}

	Optional<AdmissionCase> findByProcessInstance(String processInstanceId) {
		return jdbc.sql("select * from admission_case where process_instance_id = ?").param(processInstanceId)
			.query(AdmissionCaseRepository::map).optional();
	}

	record CellAndTaskStart(String cellId, Timestamp taskStart) {
	}

	/**
	 * The cell of the person whose case an admission process instance is, and when one of its tasks
	 * started (ACT_HI_TASKINST.START_TIME_, the task's creation): none for another process's task.
	 */
	Optional<CellAndTaskStart> cellAndTaskStart(String processInstanceId, String taskId) {
		return jdbc.sql("""
				select p.cell_id, t.start_time_ from admission_case c join person p on p.id = c.person_id
				join act_hi_taskinst t on t.proc_inst_id_ = c.process_instance_id
				where c.process_instance_id = ? and t.id_ = ?""")
			.params(processInstanceId, taskId)
			.query((rs, row) -> new CellAndTaskStart(rs.getString(1), rs.getTimestamp(2)))
			.optional();
	}

	/** Open cases opened before the case file (migration V1_19): none has a file yet. */
	List<AdmissionCase> findOpenWithoutCaseFile() {
		return jdbc.sql("""
				select c.* from admission_case c
				where c.closed_at is null and not exists (select 1 from case_file f where f.case_id = c.id)
				order by c.id""")
			.query(AdmissionCaseRepository::map).list();
	}

	/** Open cases whose cell or competent committee is one of the given organizations. */
	List<AdmissionCase> findOpenInvolving(Collection<String> organizationIds) {
		return jdbc.sql("""
				select * from admission_case
				where closed_at is null and (cell_id in (:ids) or competent_committee_id in (:ids))
				order by id""")
			.param("ids", organizationIds)
			.query(AdmissionCaseRepository::map).list();
	}

	void stage(String id, String stage) {
		jdbc.sql("update admission_case set stage = ? where id = ?").params(stage, id).update();
	}

	void reroute(String id, String cellId, String competentCommitteeId) {
		jdbc.sql("update admission_case set cell_id = ?, competent_committee_id = ? where id = ?")
			.params(cellId, competentCommitteeId, id)
			.update();
	}

	void close(String id, String outcome, Instant at) {
		jdbc.sql("""
				update admission_case set outcome = coalesce(outcome, ?), stage = ?, closed_at = ?, open_person_id = null
				where id = ? and closed_at is null""")
			.params(outcome, "CLOSED", Timestamp.from(at), id)
			.update();
	}

	void overdue(String id, String deadline, LocalDate since) {
		jdbc.sql("update admission_case set overdue_deadline = ?, overdue_since = ? where id = ?")
			.params(deadline, since, id)
			.update();
	}

	void clearOverdue(String id, String deadline) {
		jdbc.sql("update admission_case set overdue_deadline = null, overdue_since = null where id = ? and overdue_deadline = ?")
			.params(id, deadline)
			.update();
	}

	void outcome(String id, String outcome) {
		jdbc.sql("update admission_case set outcome = ? where id = ?").params(outcome, id).update();
	}

	private static AdmissionCase map(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new AdmissionCase(rs.getString("id"), rs.getString("person_id"), rs.getString("cell_id"),
				rs.getString("competent_committee_id"), rs.getString("process_instance_id"),
				IntroductionPath.valueOf(rs.getString("introduction_path")), rs.getString("union_resolution_number"),
				rs.getString("stage"), rs.getString("outcome"), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
				rs.getString("overdue_deadline"), rs.getObject("overdue_since", LocalDate.class));
	}

}
