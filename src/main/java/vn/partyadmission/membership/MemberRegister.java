package vn.partyadmission.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.organization.UnitTallies;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/**
 * The person register and member records. Every write joins the caller's transaction (the engine
 * step that caused it), so a record and its journal line commit or roll back with that step.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class MemberRegister {

	private final MemberRepository members;

	private final Clock clock;

	private final UnitTallies tallies;

	private final ApplicationEventPublisher events;

	MemberRegister(MemberRepository members, Clock clock, UnitTallies tallies, ApplicationEventPublisher events) {
		this.members = members;
		this.clock = clock;
		this.tallies = tallies;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Person> findPerson(String personId) {
		return members.findPerson(personId);
	}

	@Transactional(readOnly = true)
	public Optional<MemberRecord> findRecord(String personId) {
		return members.findRecord(personId);
	}

	/** Which of these ids are in the register already; one query per thousand ids, for bulk imports. */
	@Transactional(readOnly = true)
	public Set<String> existingIds(Collection<String> ids) {
		return members.existingIds(ids);
	}

	/**
	 * The number of people of a unit's subtree, of one status or all: the total of GET /api/members,
	 * from the member tally (one row per status) instead of the people.
	 */
	@Transactional(readOnly = true)
	public long count(String unitId, MemberStatus status) {
		return members.count(unitId, status);
	}

	/** The official members of a cell on a date: the base of the cell's votes (24-QĐ/TW §9.3). */
	@Transactional(readOnly = true)
	public int officialMembersOn(String cellId, LocalDate date) {
		return members.officialMembersOn(cellId, date);
	}

	@Transactional(readOnly = true)
	public List<JournalEntry> journal(String personId) {
		return members.journal(personId);
	}

	@Transactional(readOnly = true)
	public List<JournalEntry> journalOfCase(String caseId) {
		return members.journalOfCase(caseId);
	}

	@Transactional(readOnly = true)
	public List<Person> personsOfCell(String cellId) {
		return members.personsOfCell(cellId);
	}

	/** Registers a person with the standing they have on entry (e.g. an existing official member). */
	public void register(Person person, MemberStatus status, LocalDate since, Change change) {
		members.insertPerson(person, clock.instant());
		members.insertRecord(person.id(), person.cellId(), status, since);
		members.append(person.id(), null, status, change, clock.instant());
		counted(person, null, new MemberRecord(person.id(), status, since, null, null, null, null, null, null, null, null,
				null, null));
	}

	/**
	 * Takes over a person from the paper register with the standing the paper shows, in one go: the
	 * person, the record with its admission dates, and one journal line. The status is not walked
	 * through the procedure, since the steps happened on paper; the journal line says where it came from.
	 */
	public void takeOver(Person person, PaperStanding paper, Change change) {
		members.insertPerson(person, clock.instant());
		MemberRecord record = new MemberRecord(person.id(), paper.status(), paper.since(), null, null, null,
				paper.admissionDecisionDate(), paper.ceremonyDate(), paper.probationEndDate(), paper.officialDate(), null,
				null, null);
		members.insertRecord(record, person.cellId());
		members.append(person.id(), null, paper.status(), change, clock.instant());
		counted(person, null, record);
	}

	/**
	 * Takes over a person from the paper register with the national-register identifiers the file
	 * gives; the caller has checked their format, the standing and that nobody holds them.
	 */
	public void takeOver(Person person, PaperStanding paper, NationalIdentifiers ids, Change change) {
		takeOver(person, paper, change);
		if (!NationalIdentifiers.NONE.equals(ids)) {
			members.updateIdentifiers(person.id(), ids, members.version(person.id()));
		}
	}

	@Transactional(readOnly = true)
	public NationalIdentifiers identifiers(String personId) {
		return members.identifiers(personId);
	}

	/** The person who holds this value of an identifier ("citizenId", "partyCardNumber", "profileNumber"). */
	@Transactional(readOnly = true)
	public Optional<Person> holderOf(String field, String value) {
		return members.holderOf(field, value);
	}

	/** Which of these values of an identifier are held already; for bulk imports. */
	@Transactional(readOnly = true)
	public Set<String> takenValues(String field, Collection<String> values) {
		return values.isEmpty() ? Set.of() : members.takenValues(field, values);
	}

	/**
	 * Sets the three national-register identifiers of a person (a blank or null one is cleared), with
	 * one journal line saying who changed what, in this transaction. Refuses, writing nothing: a wrong
	 * format or a Party card number for someone not yet an official member (400), a value another
	 * person holds (409, naming neither the person nor their unit).
	 */
	public NationalIdentifiers setIdentifiers(String personId, NationalIdentifiers ids, String actor) {
		MemberRecord record = members.findRecord(personId)
			.orElseThrow(() -> InvalidInputException.of("personId", "unknown-person", personId));
		List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>(ids.formatErrors());
		errors.addAll(ids.standingErrors(record.status()));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (var field : List.of(java.util.Map.entry("citizenId", Optional.ofNullable(ids.citizenId())),
				java.util.Map.entry("partyCardNumber", Optional.ofNullable(ids.partyCardNumber())),
				java.util.Map.entry("profileNumber", Optional.ofNullable(ids.profileNumber())))) {
			if (field.getValue().flatMap(v -> members.holderOf(field.getKey(), v))
				.filter(holder -> !holder.id().equals(personId))
				.isPresent()) {
				throw new ConflictException(field.getKey(), field.getKey() + "-taken",
						NationalIdentifiers.takenMessage(field.getKey()));
			}
		}
		NationalIdentifiers before = members.identifiers(personId);
		if (before.equals(ids)) {
			return before;
		}
		try {
			if (!members.updateIdentifiers(personId, ids, members.version(personId))) {
				throw new OptimisticLockingException("member record of '" + personId + "' was changed concurrently");
			}
		}
		catch (DuplicateKeyException e) {
			// another request took the value between the check and the write; the index kept it unique
			throw new ConflictException("identifiers", "identifier-taken",
					"Một số vừa nhập đã được ghi cho một người khác trong sổ đảng viên; đề nghị kiểm tra lại.");
		}
		members.append(personId, null, null, new Change(null, null, actor, "Cập nhật số định danh: "
				+ changed(NationalIdentifiers.CITIZEN_ID_NAME, before.citizenId(), ids.citizenId())
				+ changed(NationalIdentifiers.PARTY_CARD_NUMBER_NAME, before.partyCardNumber(), ids.partyCardNumber())
				+ changed(NationalIdentifiers.PROFILE_NUMBER_NAME, before.profileNumber(), ids.profileNumber())
				+ "(người sửa: " + actor + ")", null), clock.instant());
		return ids;
	}

	private static String changed(String name, String before, String after) {
		return Objects.equals(before, after) ? ""
				: name + " " + (before == null ? "(trống)" : before) + " → " + (after == null ? "(trống)" : after) + "; ";
	}

	/** Records an existing member's admission data, for members taken over from paper records. */
	public void recordHistory(String personId, UnaryOperator<MemberRecord> history, Change change) {
		update(personId, null, history, change);
	}

	/** Appends a journal line without changing the status, e.g. a document received. */
	public void note(String personId, Change change) {
		members.append(personId, null, null, change, clock.instant());
	}

	/** Records a certificate; a person already certified keeps the status and gets the new certificate. */
	public void certifyAwareness(String personId, String certificateNumber, LocalDate certificateDate, Change change) {
		boolean already = members.findRecord(personId).map(r -> r.status() == MemberStatus.AWARENESS_CERTIFIED).orElse(false);
		update(personId, already ? null : MemberStatus.AWARENESS_CERTIFIED,
				r -> withStatus(r, MemberStatus.AWARENESS_CERTIFIED, already ? r.statusSince() : certificateDate,
						certificateNumber, certificateDate,
						r.admissionDecisionNumber(), r.admissionDecisionDate(), r.ceremonyDate(), r.probationEndDate(),
						r.mentorId()),
				change);
	}

	/** Starts a new admission cycle for a person who was rejected before. */
	public void restartCandidacy(String personId, MemberStatus status, LocalDate since, Change change) {
		update(personId, status, r -> withStatus(r, status, since, r.awarenessCertificateNumber(),
				r.awarenessCertificateDate(), null, null, null, null, null), change);
	}

	public void becomeApplicant(String personId, LocalDate since, Change change) {
		move(personId, MemberStatus.APPLICANT, since, change);
	}

	public void admit(String personId, String decisionNumber, LocalDate decisionDate, Change change) {
		update(personId, MemberStatus.ADMITTED,
				r -> withStatus(r, MemberStatus.ADMITTED, decisionDate, r.awarenessCertificateNumber(),
						r.awarenessCertificateDate(), decisionNumber, decisionDate, null, null, null),
				change);
	}

	/** The ceremony: probation starts that day and lasts 12 calendar months (Charter Art. 5). */
	public void swearIn(String personId, LocalDate ceremonyDate, LocalDate probationEnd, String mentorId,
			Change change) {
		update(personId, MemberStatus.PROBATIONARY,
				r -> withStatus(r, MemberStatus.PROBATIONARY, ceremonyDate, r.awarenessCertificateNumber(),
						r.awarenessCertificateDate(), r.admissionDecisionNumber(), r.admissionDecisionDate(),
						ceremonyDate, probationEnd, mentorId),
				change);
	}

	public void reject(String personId, LocalDate since, Change change) {
		move(personId, MemberStatus.REJECTED, since, change);
	}

	@Transactional(readOnly = true)
	public List<MentorNote> mentorNotes(String personId) {
		return members.mentorNotes(personId);
	}

	@Transactional(readOnly = true)
	public List<Discipline> disciplines(String personId) {
		return members.disciplines(personId);
	}

	/** The mentor's note for a quarter of probation; one per quarter. */
	public void addMentorNote(String personId, int quarter, String mentorId, String note, LocalDate writtenOn,
			Change change) {
		members.insertMentorNote(personId, quarter, mentorId, note, writtenOn);
		members.append(personId, null, null, change, clock.instant());
	}

	public void recordNewMemberCourse(String personId, String certificateNumber, LocalDate certificateDate,
			Change change) {
		update(personId, null, r -> new MemberRecord(r.personId(), r.status(), r.statusSince(),
				r.awarenessCertificateNumber(), r.awarenessCertificateDate(), r.admissionDecisionNumber(),
				r.admissionDecisionDate(), r.ceremonyDate(), r.probationEndDate(), r.officialDate(), r.mentorId(),
				certificateNumber, certificateDate), change);
	}

	public void replaceMentor(String personId, String mentorId, Change change) {
		update(personId, null, r -> withStatus(r, r.status(), r.statusSince(), r.awarenessCertificateNumber(),
				r.awarenessCertificateDate(), r.admissionDecisionNumber(), r.admissionDecisionDate(), r.ceremonyDate(),
				r.probationEndDate(), mentorId), change);
	}

	/** Discipline is recorded on the member; during probation only reprimand or warning exist. */
	public void recordDiscipline(String personId, Discipline discipline, Change change) {
		MemberRecord record = members.findRecord(personId).orElseThrow();
		if (record.status() == MemberStatus.PROBATIONARY && !discipline.kind().allowedInProbation()) {
			throw InvalidInputException.of("disciplineKind", "probation-discipline", Messages.say("discipline." + discipline.kind()));
		}
		members.insertDiscipline(personId, discipline, change.actor());
		members.append(personId, null, null, change, clock.instant());
	}

	/** Official membership takes effect at the end of probation, even when decided later (S1). */
	public void recognize(String personId, Change change) {
		update(personId, MemberStatus.OFFICIAL, r -> new MemberRecord(r.personId(), MemberStatus.OFFICIAL,
				r.probationEndDate(), r.awarenessCertificateNumber(), r.awarenessCertificateDate(),
				r.admissionDecisionNumber(), r.admissionDecisionDate(), r.ceremonyDate(), r.probationEndDate(),
				r.probationEndDate(), r.mentorId(), r.newMemberCourseNumber(), r.newMemberCourseDate()), change);
	}

	/** Removal from the list of probationary members (xóa tên). */
	public void remove(String personId, LocalDate since, Change change) {
		move(personId, MemberStatus.REMOVED, since, change);
	}

	/**
	 * The person leaves the procedure or the register: a case ended by their situation
	 * ({@link MemberStatus#CASE_ENDED}, {@link MemberStatus#DISQUALIFIED}, {@link MemberStatus#REMOVED}),
	 * death, or a transfer outside the register. Refused unless the status may move there.
	 */
	public void exit(String personId, MemberStatus target, LocalDate since, Change change) {
		if (!EXITS.contains(target)) {
			throw new IllegalArgumentException(target + " is not an exit");
		}
		move(personId, target, since, change);
	}

	private static final Set<MemberStatus> EXITS = java.util.EnumSet.of(MemberStatus.CASE_ENDED,
			MemberStatus.DISQUALIFIED, MemberStatus.REMOVED, MemberStatus.DECEASED, MemberStatus.TRANSFERRED_OUT);

	/**
	 * One person's Party life moves to another cell (chuyển sinh hoạt đảng chính thức): the record
	 * and its counts go with them, one journal line. The counts leave the old cell's units and join
	 * the new one's in this transaction (for the reports, as the person leaving one cell and joining
	 * the other).
	 */
	public void transfer(String personId, String toCellId, Change change) {
		Person before = members.findPerson(personId)
			.orElseThrow(() -> new InvalidInputException("personId", "unknown-person", "no person '" + personId + "'"));
		MemberRecord record = members.findRecord(personId).orElseThrow();
		if (before.cellId().equals(toCellId)) {
			throw new InvalidInputException("toCellId", "another-cell", "the person is already in cell '" + toCellId + "'");
		}
		if (!members.movePerson(personId, toCellId, members.version(personId))) {
			throw new OptimisticLockingException("member record of '" + personId + "' was changed concurrently");
		}
		Person after = members.findPerson(personId).orElseThrow();
		int head = before.villageHead() ? 1 : 0;
		tallies.add(MemberTally.TALLY, before.cellId(), List.of(record.status().name()), -1, -head);
		tallies.add(MemberTally.TALLY, toCellId, List.of(record.status().name()), 1, head);
		if (record.status() == MemberStatus.PROBATIONARY && record.probationEndDate() != null) {
			tallies.add(MemberTally.PROBATION, before.cellId(), List.of(record.probationEndDate()), -1);
			tallies.add(MemberTally.PROBATION, toCellId, List.of(record.probationEndDate()), 1);
		}
		events.publishEvent(new MemberChanged(before, record, null));
		events.publishEvent(new MemberChanged(after, null, record));
		members.append(personId, null, null, change, clock.instant());
	}

	/** Moves every person of a dissolved cell to its successor, one journal line each. */
	public int moveCell(String fromCellId, String toCellId, Change change) {
		List<Person> persons = members.personsOfCell(fromCellId);
		// the counts move first: they are counted from the people still in the old cell
		tallies.moveCell(MemberTally.TALLY, fromCellId, toCellId);
		events.publishEvent(new CellMoved(fromCellId, toCellId));
		members.moveCell(fromCellId, toCellId);
		persons.forEach(p -> members.append(p.id(), null, null, change, clock.instant()));
		return persons.size();
	}

	private void move(String personId, MemberStatus target, LocalDate since, Change change) {
		update(personId, target,
				r -> withStatus(r, target, since, r.awarenessCertificateNumber(), r.awarenessCertificateDate(),
						r.admissionDecisionNumber(), r.admissionDecisionDate(), r.ceremonyDate(), r.probationEndDate(),
						r.mentorId()),
				change);
	}

	private void update(String personId, MemberStatus target, UnaryOperator<MemberRecord> change, Change why) {
		int version = members.version(personId);
		MemberRecord current = members.findRecord(personId)
			.orElseThrow(() -> InvalidInputException.of("personId", "unknown-person", personId));
		if (target != null && !current.status().canMoveTo(target)) {
			throw InvalidInputException.of("status", "status-moves-forward", personId, Messages.say("status." + current.status()),
					Messages.say("status." + target));
		}
		MemberRecord updated = change.apply(current);
		if (!members.updateRecord(updated, version)) {
			throw new OptimisticLockingException("member record of '" + personId + "' was changed concurrently");
		}
		members.append(personId, target == null ? null : current.status(), target, why, clock.instant());
		if (current.status() != updated.status()
				|| !Objects.equals(current.admissionDecisionDate(), updated.admissionDecisionDate())
				|| !Objects.equals(current.probationEndDate(), updated.probationEndDate())) {
			counted(members.findPerson(personId).orElseThrow(), current, updated);
		}
	}

	/**
	 * The one place the counts follow a record: the member tally here, other read models through
	 * the event, all in this transaction, so they commit or roll back with the change.
	 */
	private void counted(Person person, MemberRecord before, MemberRecord after) {
		int head = person.villageHead() ? 1 : 0;
		if (before != null) {
			tallies.add(MemberTally.TALLY, person.cellId(), List.of(before.status().name()), -1, -head);
		}
		tallies.add(MemberTally.TALLY, person.cellId(), List.of(after.status().name()), 1, head);
		if (before != null && before.status() == MemberStatus.PROBATIONARY && before.probationEndDate() != null) {
			tallies.add(MemberTally.PROBATION, person.cellId(), List.of(before.probationEndDate()), -1);
		}
		if (after.status() == MemberStatus.PROBATIONARY && after.probationEndDate() != null) {
			tallies.add(MemberTally.PROBATION, person.cellId(), List.of(after.probationEndDate()), 1);
		}
		events.publishEvent(new MemberChanged(person, before, after));
	}

	private static MemberRecord withStatus(MemberRecord r, MemberStatus status, LocalDate since, String certNumber,
			LocalDate certDate, String decisionNumber, LocalDate decisionDate, LocalDate ceremony,
			LocalDate probationEnd, String mentorId) {
		return new MemberRecord(r.personId(), status, since, certNumber, certDate, decisionNumber, decisionDate,
				ceremony, probationEnd, r.officialDate(), mentorId, r.newMemberCourseNumber(), r.newMemberCourseDate());
	}

}
