package vn.partyadmission.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> findPerson(String id) {
		return jdbc.sql("select * from person where id = ?").param(id).query(MemberRepository::person).optional();
	}

	Set<String> existingIds(Collection<String> ids) {
		Set<String> found = new HashSet<>();
		List<String> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(jdbc.sql("select id from person where id in (:ids)")
				.param("ids", all.subList(from, Math.min(from + 1000, all.size())))
				.query(String.class)
				.list());
		}
		return found;
	}

	/** How many people of the unit's subtree (with this status, if given) the register holds, from the tally. */
	long count(String unitId, MemberStatus status) {
		JdbcClient.StatementSpec sql = jdbc
			.sql("select coalesce(sum(members), 0) from member_tally where unit_id = :unit"
					+ (status == null ? "" : " and status = :status"))
			.param("unit", unitId);
		return (status == null ? sql : sql.param("status", status.name())).query(Long.class).single();
	}

	List<Person> personsOfCell(String cellId) {
		return jdbc.sql("select * from person where cell_id = ? order by id").param(cellId)
			.query(MemberRepository::person).list();
	}

	/**
	 * Official members of the cell on the date. A record taken over as OFFICIAL without an
	 * official date counts from its status date, when it became official.
	 */
	int officialMembersOn(String cellId, LocalDate date) {
		return jdbc.sql("""
				select count(*) from person p join member_record r on r.person_id = p.id
				where p.cell_id = ? and r.status = 'OFFICIAL' and coalesce(r.official_date, r.status_since) <= ?""")
			.params(cellId, date)
			.query(Integer.class)
			.single();
	}

	void insertPerson(Person p, Instant at) {
		jdbc.sql("""
				insert into person (id, full_name, date_of_birth, gender, ethnicity, education, workplace, residence,
				                    cell_id, youth_union_member, village_head, sector, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.fullName(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.education().name(),
					p.workplace(), p.residence(), p.cellId(), p.youthUnionMember(), p.villageHead(), p.sector().name(),
					Timestamp.from(at))
			.update();
	}

	int moveCell(String fromCellId, String toCellId) {
		// member_record.cell_id repeats the person's cell for the reports' lists (V1_13)
		jdbc.sql("update member_record set cell_id = ? where cell_id = ?").params(toCellId, fromCellId).update();
		return jdbc.sql("update person set cell_id = ? where cell_id = ?").params(toCellId, fromCellId).update();
	}

	/** One person's Party life moves to another cell; false when the record changed meanwhile. */
	boolean movePerson(String personId, String toCellId, int expectedVersion) {
		if (jdbc.sql("update member_record set cell_id = ?, version = version + 1 where person_id = ? and version = ?")
			.params(toCellId, personId, expectedVersion)
			.update() != 1) {
			return false;
		}
		return jdbc.sql("update person set cell_id = ? where id = ?").params(toCellId, personId).update() == 1;
	}

	Optional<MemberRecord> findRecord(String personId) {
		return jdbc.sql("select * from member_record where person_id = ?").param(personId)
			.query(MemberRepository::record).optional();
	}

	int version(String personId) {
		return jdbc.sql("select version from member_record where person_id = ?").param(personId).query(Integer.class)
			.single();
	}

	void insertRecord(String personId, String cellId, MemberStatus status, LocalDate since) {
		jdbc.sql("insert into member_record (person_id, cell_id, status, status_since) values (?, ?, ?, ?)")
			.params(personId, cellId, status.name(), since)
			.update();
	}

	void insertRecord(MemberRecord r, String cellId) {
		jdbc.sql("""
				insert into member_record (person_id, cell_id, status, status_since, admission_decision_date, ceremony_date,
				                           probation_end_date, official_date)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.personId(), cellId, r.status().name(), r.statusSince(), r.admissionDecisionDate(), r.ceremonyDate(),
					r.probationEndDate(), r.officialDate())
			.update();
	}

	/**
	 * Writes the record only if nobody changed it since it was read (version check), so two
	 * concurrent steps cannot both move the same person.
	 */
	boolean updateRecord(MemberRecord r, int expectedVersion) {
		return jdbc.sql("""
				update member_record set status = ?, status_since = ?, awareness_certificate_number = ?,
				       awareness_certificate_date = ?, admission_decision_number = ?, admission_decision_date = ?,
				       ceremony_date = ?, probation_end_date = ?, official_date = ?, mentor_id = ?,
				       new_member_course_number = ?, new_member_course_date = ?, version = version + 1
				where person_id = ? and version = ?""")
			.params(r.status().name(), r.statusSince(), r.awarenessCertificateNumber(), r.awarenessCertificateDate(),
					r.admissionDecisionNumber(), r.admissionDecisionDate(), r.ceremonyDate(), r.probationEndDate(),
					r.officialDate(), r.mentorId(), r.newMemberCourseNumber(), r.newMemberCourseDate(), r.personId(),
					expectedVersion)
			.update() == 1;
	}

	/** Where each identifier lives: the citizen ID on the person, the Party's numbers on the record. */
	private static String columnOf(String field) {
		return switch (field) {
			case "citizenId" -> "p.citizen_id";
			case "partyCardNumber" -> "r.party_card_number";
			case "profileNumber" -> "r.profile_number";
			default -> throw new IllegalArgumentException("not an identifier: " + field);
		};
	}

	NationalIdentifiers identifiers(String personId) {
		return jdbc.sql("""
				select p.citizen_id, r.party_card_number, r.profile_number
				from person p join member_record r on r.person_id = p.id where p.id = ?""")
			.param(personId)
			.query((rs, row) -> new NationalIdentifiers(rs.getString("citizen_id"), rs.getString("party_card_number"),
					rs.getString("profile_number")))
			.optional()
			.orElse(NationalIdentifiers.NONE);
	}

	/** Who holds this value of an identifier (field as the API names it), if anyone. */
	Optional<Person> holderOf(String field, String value) {
		return jdbc.sql("select p.* from person p join member_record r on r.person_id = p.id where " + columnOf(field)
				+ " = ?").param(value).query(MemberRepository::person).optional();
	}

	/** Which of these values of an identifier the register holds already; one query per thousand, for imports. */
	Set<String> takenValues(String field, Collection<String> values) {
		Set<String> found = new HashSet<>();
		List<String> all = List.copyOf(values);
		String column = columnOf(field);
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(jdbc.sql("select " + column + " from person p join member_record r on r.person_id = p.id where "
					+ column + " in (:values)")
				.param("values", all.subList(from, Math.min(from + 1000, all.size())))
				.query(String.class)
				.list());
		}
		return found;
	}

	/** Writes the three identifiers, the record only if nobody changed it since its version was read. */
	boolean updateIdentifiers(String personId, NationalIdentifiers ids, int expectedVersion) {
		jdbc.sql("update person set citizen_id = ? where id = ?").params(ids.citizenId(), personId).update();
		return jdbc.sql("""
				update member_record set party_card_number = ?, profile_number = ?, version = version + 1
				where person_id = ? and version = ?""")
			.params(ids.partyCardNumber(), ids.profileNumber(), personId, expectedVersion)
			.update() == 1;
	}

	void append(String personId, MemberStatus from, MemberStatus to, Change change, Instant at) {
		Document d = change.document();
		jdbc.sql("""
				insert into member_journal (person_id, case_id, from_status, to_status, change, document_code,
				                            document_number, document_date, actor, occurred_at, activity_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(personId, change.caseId(), from == null ? null : from.name(), to == null ? null : to.name(),
					change.description(), d == null ? null : d.code(), d == null ? null : d.number(),
					d == null ? null : d.date(), change.actor(), Timestamp.from(at), change.activityId())
			.update();
	}

	void insertMentorNote(String personId, int quarter, String mentorId, String note, LocalDate writtenOn) {
		jdbc.sql("insert into mentor_note (person_id, quarter, mentor_id, note, written_on) values (?, ?, ?, ?, ?)")
			.params(personId, quarter, mentorId, note, writtenOn)
			.update();
	}

	List<MentorNote> mentorNotes(String personId) {
		return jdbc.sql("select * from mentor_note where person_id = ? order by quarter").param(personId)
			.query((rs, row) -> new MentorNote(rs.getInt("quarter"), rs.getString("mentor_id"), rs.getString("note"),
					rs.getObject("written_on", LocalDate.class)))
			.list();
	}

	void insertDiscipline(String personId, Discipline d, String recordedBy) {
		jdbc.sql("""
				insert into member_discipline (person_id, kind, decided_on, decision_number, reason, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(personId, d.kind().name(), d.decidedOn(), d.decisionNumber(), d.reason(), recordedBy)
			.update();
	}

	List<Discipline> disciplines(String personId) {
		return jdbc.sql("select * from member_discipline where person_id = ? order by id").param(personId)
			.query((rs, row) -> new Discipline(Discipline.Kind.valueOf(rs.getString("kind")),
					rs.getObject("decided_on", LocalDate.class), rs.getString("decision_number"), rs.getString("reason")))
			.list();
	}

	List<JournalEntry> journal(String personId) {
		return jdbc.sql("select * from member_journal where person_id = ? order by id").param(personId)
			.query(MemberRepository::entry).list();
	}

	List<JournalEntry> journalOfCase(String caseId) {
		return jdbc.sql("select * from member_journal where case_id = ? order by id").param(caseId)
			.query(MemberRepository::entry).list();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getString("id"), rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
				rs.getString("gender"), rs.getString("ethnicity"), Education.valueOf(rs.getString("education")),
				rs.getString("workplace"), rs.getString("residence"), rs.getString("cell_id"),
				rs.getBoolean("youth_union_member"), rs.getBoolean("village_head"), Sector.valueOf(rs.getString("sector")));
	}

	private static MemberRecord record(ResultSet rs, int row) throws SQLException {
		return new MemberRecord(rs.getString("person_id"), MemberStatus.valueOf(rs.getString("status")),
				rs.getObject("status_since", LocalDate.class), rs.getString("awareness_certificate_number"),
				rs.getObject("awareness_certificate_date", LocalDate.class), rs.getString("admission_decision_number"),
				rs.getObject("admission_decision_date", LocalDate.class), rs.getObject("ceremony_date", LocalDate.class),
				rs.getObject("probation_end_date", LocalDate.class), rs.getObject("official_date", LocalDate.class),
				rs.getString("mentor_id"), rs.getString("new_member_course_number"),
				rs.getObject("new_member_course_date", LocalDate.class));
	}

	private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
		String from = rs.getString("from_status");
		String to = rs.getString("to_status");
		String code = rs.getString("document_code");
		Document document = code == null ? null
				: new Document(code, rs.getString("document_number"), rs.getObject("document_date", LocalDate.class));
		return new JournalEntry(rs.getLong("id"), rs.getString("person_id"), rs.getString("case_id"),
				from == null ? null : MemberStatus.valueOf(from), to == null ? null : MemberStatus.valueOf(to),
				rs.getString("change"), document, rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("activity_id"));
	}

}
