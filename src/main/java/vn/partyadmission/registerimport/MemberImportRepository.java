package vn.partyadmission.registerimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports and their reports. Outside a transaction each call commits on its own, which is what
 * progress needs: another node reads it while the import runs.
 */
@Repository
class MemberImportRepository {

	private final JdbcClient jdbc;

	MemberImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(String id, boolean dryRun, boolean importValidRows, String startedBy, Instant at) {
		jdbc.sql("""
				insert into member_import (id, status, dry_run, import_valid_rows, started_by, started_at, heartbeat_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, ImportStatus.RUNNING.name(), dryRun, importValidRows, startedBy, Timestamp.from(at),
					Timestamp.from(at))
			.update();
	}

	Optional<MemberImport> find(String id) {
		return jdbc.sql("select * from member_import where id = ?").param(id).query(MemberImportRepository::memberImport)
			.optional();
	}

	/**
	 * The worker takes the import up; false when another node already gave it up as abandoned (it waited
	 * in the queue past the stale limit), so the worker must not run it.
	 */
	boolean claim(String id, Instant at) {
		return jdbc.sql("update member_import set heartbeat_at = ? where id = ? and status = ?")
			.params(Timestamp.from(at), id, ImportStatus.RUNNING.name())
			.update() == 1;
	}

	void begin(String id, int totalRows, Instant at) {
		jdbc.sql("update member_import set total_rows = ?, heartbeat_at = ? where id = ?")
			.params(totalRows, Timestamp.from(at), id)
			.update();
	}

	/** Counts so far, with the errors found since the last call. */
	void progress(String id, int processed, int valid, int invalid, List<ImportError> errors, Instant at) {
		errors.forEach(e -> addError(id, e));
		jdbc.sql("""
				update member_import set processed_rows = ?, valid_rows = ?, invalid_rows = ?, heartbeat_at = ?
				where id = ?""")
			.params(processed, valid, invalid, Timestamp.from(at), id)
			.update();
	}

	/** Only a running import finishes: one already given up as abandoned stays FAILED. */
	boolean finish(String id, ImportStatus status, int imported, Instant at) {
		return jdbc.sql("update member_import set status = ?, imported_rows = ?, finished_at = ? where id = ? and status = ?")
			.params(status.name(), imported, Timestamp.from(at), id, ImportStatus.RUNNING.name())
			.update() == 1;
	}

	/**
	 * Running imports without a heartbeat since {@code cutoff}: their node died. Their writes were one
	 * transaction that never committed, so nothing of them is in the register. Safe on every node at once:
	 * each row changes once, whichever node's update comes first.
	 */
	int abandonStale(Instant cutoff, String failure, Instant at) {
		return jdbc.sql("""
				update member_import set status = ?, failure = ?, finished_at = ?
				where status = ? and heartbeat_at < ?""")
			.params(ImportStatus.FAILED.name(), failure, Timestamp.from(at), ImportStatus.RUNNING.name(),
					Timestamp.from(cutoff))
			.update();
	}

	/** The file as a whole cannot be taken: one error, nothing imported. */
	void refuse(String id, ImportError error, Instant at) {
		addError(id, error);
		finish(id, ImportStatus.REFUSED, 0, at);
	}

	void fail(String id, String failure, Instant at) {
		jdbc.sql("update member_import set status = ?, imported_rows = 0, failure = ?, finished_at = ? where id = ?")
			.params(ImportStatus.FAILED.name(), cut(failure, 1000), Timestamp.from(at), id)
			.update();
	}

	int countErrors(String id) {
		return jdbc.sql("select count(*) from member_import_error where import_id = ?").param(id).query(Integer.class)
			.single();
	}

	List<ImportError> errors(String id, int page, int size) {
		return jdbc.sql("""
				select * from member_import_error where import_id = ? order by line_number, id
				limit ? offset ?""")
			.params(id, size, (long) page * size)
			.query((rs, row) -> new ImportError(rs.getInt("line_number"), rs.getString("column_name"),
					rs.getString("given_value"), rs.getString("message")))
			.list();
	}

	private void addError(String id, ImportError e) {
		jdbc.sql("""
				insert into member_import_error (import_id, line_number, column_name, given_value, message)
				values (?, ?, ?, ?, ?)""")
			.params(id, e.line(), e.column(), cut(e.value(), 300), cut(e.message(), 1000))
			.update();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static MemberImport memberImport(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new MemberImport(rs.getString("id"), ImportStatus.valueOf(rs.getString("status")),
				rs.getBoolean("dry_run"), rs.getBoolean("import_valid_rows"), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), rs.getInt("valid_rows"), rs.getInt("invalid_rows"),
				rs.getInt("imported_rows"), rs.getString("failure"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
	}

}
