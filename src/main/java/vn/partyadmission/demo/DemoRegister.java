package vn.partyadmission.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Tally;
import vn.partyadmission.organization.UnitTallies;

/**
 * The demo's register of the district before its reform, about 6,500 people, written in batches the
 * way a migration from the paper register would be, then the tallies counted once from it
 * ({@link UnitTallies#recount}, the documented way after a bulk load): registering each person through
 * the member register would take a statement per person and tally row. One journal line per person
 * says where the record came from. Everything after the reform goes through the member register.
 */
@Component
@Profile("demo")
class DemoRegister {

	/** A person's record as the paper register gives it; dates the status has not reached are null. */
	record Entry(Person person, MemberStatus status, LocalDate since, String certificateNumber, LocalDate certificateDate,
			String decisionNumber, LocalDate decided, LocalDate ceremony, LocalDate probationEnd, LocalDate official,
			String mentorId, String journal) {

		static Entry of(Person person, MemberStatus status, LocalDate since, String journal) {
			return new Entry(person, status, since, null, null, null, null, null, null, status == MemberStatus.OFFICIAL ? since : null,
					null, journal);
		}

	}

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final UnitTallies tallies;

	private final ObjectProvider<Tally> all;

	DemoRegister(JdbcTemplate jdbc, UnitTallies tallies, ObjectProvider<Tally> all) {
		this.jdbc = jdbc;
		this.tallies = tallies;
		this.all = all;
	}

	/**
	 * Writes the people, their records and journal lines, then counts every tally of the register
	 * again. Call it in a transaction that has changed no tally yet (its pending changes would be
	 * added on top of the recount). A person of a cell in {@code movedBy} is written in the cell that
	 * succeeded it on {@code reformDay}, with the journal line of that move.
	 */
	void write(List<Entry> entries, Instant now, Map<String, String> movedBy, LocalDate reformDay) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> records = new ArrayList<>();
		List<Object[]> journal = new ArrayList<>();
		List<Object[]> moves = new ArrayList<>();
		for (Entry e : entries) {
			Person p = e.person();
			String successor = movedBy.get(p.cellId());
			if (successor != null) {
				// the words Reorganization writes for each person it moves
				moves.add(new Object[] { p.id(), null, "Cell " + p.cellId() + " ended on " + reformDay
						+ "; moved to its successor " + successor, "demo", at });
				p = new Person(p.id(), p.fullName(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.education(), p.workplace(),
						p.residence(), successor, p.youthUnionMember(), p.villageHead(), p.sector());
			}
			persons.add(new Object[] { p.id(), p.fullName(), date(p.dateOfBirth()), p.gender(), p.ethnicity(), p.education().name(),
					p.workplace(), p.residence(), p.cellId(), p.youthUnionMember(), p.villageHead(), p.sector().name(), at });
			records.add(new Object[] { p.id(), p.cellId(), e.status().name(), date(e.since()), e.certificateNumber(),
					date(e.certificateDate()), e.decisionNumber(), date(e.decided()), date(e.ceremony()), date(e.probationEnd()),
					date(e.official()), e.mentorId() });
			journal.add(new Object[] { p.id(), e.status().name(), e.journal(), "demo", at });
		}
		batches("""
				insert into person (id, full_name, date_of_birth, gender, ethnicity, education, workplace, residence,
				                    cell_id, youth_union_member, village_head, sector, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", persons);
		batches("""
				insert into member_record (person_id, cell_id, status, status_since, awareness_certificate_number,
				       awareness_certificate_date, admission_decision_number, admission_decision_date, ceremony_date,
				       probation_end_date, official_date, mentor_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
		batches("""
				insert into member_journal (person_id, to_status, change, actor, occurred_at)
				values (?, ?, ?, ?, ?)""", journal);
		batches("""
				insert into member_journal (person_id, to_status, change, actor, occurred_at)
				values (?, ?, ?, ?, ?)""", moves);
		// the tallies of the register's people (the stage-time tally counts the engine's tasks: none yet)
		all.orderedStream().filter(t -> t.recount().contains("member_record")).forEach(tallies::recount);
	}

	boolean exists(String personId) {
		return jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, personId) > 0;
	}

	private void batches(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
