package vn.partyadmission.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored documents; rows are only inserted, a correction is a new row (version) that names the one it replaces. */
@Repository
class DocumentStore {

	private static final String COLUMNS = """
			id, case_id, person_id, form_code, document_number, issuing_body_id, document_year, document_date, version,
			replaces_id, reason, sha256, facts, created_by, created_at""";

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored document without its files. */
	record Stored(String id, String caseId, String personId, String formCode, String number, String issuingBodyId,
			int year, LocalDate date, int version, String replacesId, String reason, String sha256, String facts,
			String createdBy, Instant createdAt) {
	}

	void insert(Stored d, byte[] pdf, byte[] docx) {
		jdbc.sql("insert into official_document (" + COLUMNS + ", pdf, docx) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.caseId(), d.personId(), d.formCode(), d.number(), d.issuingBodyId(), d.year(), d.date(),
					d.version(), d.replacesId(), d.reason(), d.sha256(), d.facts(), d.createdBy(),
					Timestamp.from(d.createdAt()), pdf, docx)
			.update();
	}

	/** The newest version of a case's document of that form. */
	Optional<Stored> latest(String caseId, String formCode) {
		return jdbc.sql("select " + COLUMNS + " from official_document where case_id = ? and form_code = ? order by version desc")
			.params(caseId, formCode)
			.query(DocumentStore::stored)
			.list()
			.stream()
			.findFirst();
	}

	List<Stored> ofCase(String caseId) {
		return jdbc.sql("select " + COLUMNS + " from official_document where case_id = ? order by created_at, form_code, version")
			.param(caseId)
			.query(DocumentStore::stored)
			.list();
	}

	List<Stored> ofPerson(String personId) {
		return jdbc.sql("select " + COLUMNS + " from official_document where person_id = ? order by created_at, form_code, version")
			.param(personId)
			.query(DocumentStore::stored)
			.list();
	}

	Optional<Stored> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from official_document where id = ?").param(id).query(DocumentStore::stored).optional();
	}

	/** "pdf" or "docx" */
	byte[] file(String id, String format) {
		String column = format.equals("pdf") ? "pdf" : "docx";
		return jdbc.sql("select " + column + " from official_document where id = ?").param(id).query(byte[].class).single();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getString("id"), rs.getString("case_id"), rs.getString("person_id"), rs.getString("form_code"),
				rs.getString("document_number"), rs.getString("issuing_body_id"), rs.getInt("document_year"),
				rs.getDate("document_date").toLocalDate(), rs.getInt("version"), rs.getString("replaces_id"),
				rs.getString("reason"), rs.getString("sha256"), rs.getString("facts"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
