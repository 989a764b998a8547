package vn.partyadmission.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class TransferRepository {

	private static final String SELECT = """
			select t.*, p.full_name from membership_transfer t join person p on p.id = t.person_id""";

	private final JdbcClient jdbc;

	TransferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a transfer; one waiting for confirmation holds the person's open slot. */
	long insert(Transfer t) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into membership_transfer (person_id, open_person_id, case_id, kind, from_cell_id, to_cell_id,
				    destination, status, letter_number, sent_on, until_date, note, sent_by, sent_at)
				values (:person, :open, :caseId, :kind, :fromCell, :toCell, :destination, :status, :letter, :sentOn,
				    :until, :note, :sentBy, :sentAt)""")
			.param("person", t.personId())
			.param("open", t.status() == Transfer.Status.SENT ? t.personId() : null)
			.param("caseId", t.caseId())
			.param("kind", t.kind().name())
			.param("fromCell", t.fromCellId())
			.param("toCell", t.toCellId())
			.param("destination", t.destination())
			.param("status", t.status().name())
			.param("letter", t.letterNumber())
			.param("sentOn", t.sentOn())
			.param("until", t.until())
			.param("note", t.note())
			.param("sentBy", t.sentBy())
			.param("sentAt", Timestamp.from(t.sentAt()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Transfer> find(long id) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TransferRepository::map).optional();
	}

	/** Marks a waiting transfer received; false when it was not waiting any more (confirmed or cancelled meanwhile). */
	boolean confirm(long id, String actor, Instant at, String newMentorId) {
		return jdbc.sql("""
				update membership_transfer set status = 'CONFIRMED', open_person_id = null, confirmed_by = ?,
				       confirmed_at = ?, new_mentor_id = ?
				where id = ? and status = 'SENT'""")
			.params(actor, Timestamp.from(at), newMentorId, id)
			.update() == 1;
	}

	boolean hasWaiting(String personId) {
		return jdbc.sql("select count(*) from membership_transfer where open_person_id = ?").param(personId)
			.query(Long.class).single() > 0;
	}

	/** The person's case ended (death, withdrawal...): a transfer still waiting has nothing left to move. */
	int cancelWaiting(String personId) {
		return jdbc.sql("""
				update membership_transfer set status = 'CANCELLED', open_person_id = null
				where open_person_id = ? and status = 'SENT'""")
			.param(personId)
			.update();
	}

	/** Transfers to cells of these units ({@code incoming}) or from them, in a status, newest first. */
	List<Transfer> ofUnits(List<String> units, boolean incoming, Transfer.Status status) {
		return jdbc.sql(SELECT + " where t." + (incoming ? "to_cell_id" : "from_cell_id") + " in (:units)"
				+ " and t.status = :status order by t.sent_at desc, t.id desc limit 500")
			.param("units", units)
			.param("status", status.name())
			.query(TransferRepository::map)
			.list();
	}

	private static Transfer map(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Transfer(rs.getLong("id"), rs.getString("person_id"), rs.getString("full_name"), rs.getString("case_id"),
				Transfer.Kind.valueOf(rs.getString("kind")), rs.getString("from_cell_id"), rs.getString("to_cell_id"),
				rs.getString("destination"), Transfer.Status.valueOf(rs.getString("status")), rs.getString("letter_number"),
				rs.getObject("sent_on", LocalDate.class), rs.getObject("until_date", LocalDate.class), rs.getString("note"),
				rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant(), rs.getString("confirmed_by"),
				confirmed == null ? null : confirmed.toInstant(), rs.getString("new_mentor_id"));
	}

}
