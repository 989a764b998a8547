package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.PaperStanding;
import vn.partyadmission.membership.Person;
import vn.partyadmission.membership.Sector;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.Tally;
import vn.partyadmission.organization.UnitTallies;
import vn.partyadmission.support.Fixture;

/**
 * The tallies the reports read (members per unit and status, admissions per unit and month, their
 * breakdowns) equal a recount from the register after every kind of change: registration, each
 * step of an admission, a rejection, a corrected decision date, a take-over from paper, people moved
 * by a reform, changes made at the same moment by several threads; and a step that rolls back leaves
 * them as they were.
 */
abstract class TalliesFollowTheRegister {

	@Autowired
	Fixture fixture;

	@Autowired
	MemberRegister members;

	@Autowired
	UnitTallies tallies;

	@Autowired
	List<Tally> all;

	@Autowired
	OrganizationTree tree;

	@Autowired
	Reports reports;

	@Autowired
	TransactionTemplate transaction;

	Fixture.Units u;

	List<String> units;

	int sequence;

	@BeforeEach
	void tree() {
		u = fixture.create();
		units = List.of(u.province, u.commune, u.grassroots, u.cell, u.otherCell, u.intermediate, u.intermediateCell,
				u.grassrootsCell);
	}

	@Test
	void aSequenceOfAdmissionsAndStatusChanges_leavesTheTalliesEqualToARecount() {
		assertThat(all).extracting(Tally::table).contains("member_tally", "probation_tally", "admitted_tally",
				"admission_tally");
		assertEqualToRecount();
		// the fixture: 10 officials, 4 candidates (one a Youth Union member each)
		assertThat(counted("member_tally", u.province)).isEqualTo(Map.of(List.of(u.province, "OFFICIAL"), List.of(10, 0),
				List.of(u.province, "SOURCE_CANDIDATE"), List.of(4, 0)));

		String cand = u.id("cand");
		Change why = new Change(null, null, "test", "step", null);
		members.certifyAwareness(cand, "CN-1", LocalDate.of(2025, 2, 1), why);
		members.becomeApplicant(cand, LocalDate.of(2025, 3, 1), why);
		members.admit(cand, "QĐ-1", LocalDate.of(2025, 4, 10), why);
		assertEqualToRecount();
		members.swearIn(cand, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1), u.id("o1"), why);
		assertEqualToRecount();
		assertThat(counted("probation_tally", u.province)).isEqualTo(Map.of(List.of(u.province, "2026-05-01"), List.of(1)));
		members.recognize(cand, why);
		assertThat(counted("probation_tally", u.province)).isEmpty();
		assertEqualToRecount();
		assertThat(counted("admitted_tally", u.commune)).isEqualTo(Map.of(List.of(u.commune, 202504), List.of(1)));

		// admitted, then rejected at the ceremony: no longer counted
		String other = u.id("other");
		members.certifyAwareness(other, "CN-2", LocalDate.of(2025, 2, 1), why);
		members.becomeApplicant(other, LocalDate.of(2025, 3, 1), why);
		members.admit(other, "QĐ-2", LocalDate.of(2025, 6, 5), why);
		members.reject(other, LocalDate.of(2025, 7, 1), why);
		// the decision date of an earlier admission corrected
		members.recordHistory(cand, r -> new MemberRecord(r.personId(), r.status(), r.statusSince(),
				r.awarenessCertificateNumber(), r.awarenessCertificateDate(), r.admissionDecisionNumber(),
				LocalDate.of(2025, 3, 31), r.ceremonyDate(), r.probationEndDate(), r.officialDate(), r.mentorId(),
				null, null), why);
		// taken over from paper, as an import does: probationary since 2025
		members.takeOver(person("paper", u.grassrootsCell, "Tày", Sector.PRIVATE_ENTERPRISE, true),
				new PaperStanding(MemberStatus.PROBATIONARY, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 20),
						LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), null), why);
		assertEqualToRecount();
		assertThat(counted("admitted_tally", u.commune)).isEqualTo(Map.of(List.of(u.commune, 202503), List.of(1),
				List.of(u.commune, 202508), List.of(1)));
		assertThat(counted("member_tally", u.grassrootsCell).get(List.of(u.grassrootsCell, "PROBATIONARY")))
			.isEqualTo(List.of(1, 1));

		// a reform: the people of c2 move to c1
		tree.end(u.otherCell, LocalDate.of(2025, 10, 1), u.cell);
		members.moveCell(u.otherCell, u.cell, why);
		assertEqualToRecount();
		assertThat(counted("member_tally", u.otherCell)).isEmpty();

		// and the report reads them: 2 admissions in 2025, both from the tallies and from people rows
		Report year = reports.report(u.commune, Period.year(2025));
		Report sameDays = reports.report(u.commune, new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)));
		assertThat(year.admittedTotal().admitted()).isEqualTo(2).isEqualTo(sameDays.admittedTotal().admitted());
		assertThat(year.breakdowns()).isEqualTo(sameDays.breakdowns());
		assertThat(year.admittedByUnit()).isEqualTo(sameDays.admittedByUnit());
	}

	@Test
	void aStepThatRollsBack_leavesTheTalliesAsTheyWere() {
		String cand = u.id("cand");
		Change why = new Change(null, null, "test", "step", null);
		members.certifyAwareness(cand, "CN-1", LocalDate.of(2025, 2, 1), why);
		members.becomeApplicant(cand, LocalDate.of(2025, 3, 1), why);
		var before = snapshot();

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			members.admit(cand, "QĐ-1", LocalDate.of(2025, 4, 10), why);
			members.register(person("late", u.cell, "Kinh", Sector.OTHER, false), MemberStatus.OFFICIAL,
					LocalDate.of(2025, 4, 10), why);
			throw new IllegalStateException("the engine step failed after the record changed");
		})).hasMessageContaining("engine step failed");

		assertThat(snapshot()).isEqualTo(before);
		assertEqualToRecount();
	}

	@Test
	void changesAtTheSameMomentFromSeveralThreads_areAllCounted() throws Exception {
		Change why = new Change(null, null, "test", "step", null);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 5; i++) {
						String cell = (thread + i) % 2 == 0 ? u.cell : u.intermediateCell;
						members.takeOver(person("t" + thread + "n" + i, cell, "Kinh", Sector.FARMER, false),
								new PaperStanding(MemberStatus.OFFICIAL, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 5),
										LocalDate.of(2023, 1, 20), LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 20)), why);
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertEqualToRecount();
		assertThat(counted("admitted_tally", u.province)).isEqualTo(Map.of(List.of(u.province, 202301), List.of(30)));
	}

	@Test
	void countingTheTablesAgainFromScratch_asMigration1_14Does_givesTheRowsTheChangesLeft() {
		Change why = new Change(null, null, "test", "step", null);
		members.takeOver(person("paper", u.cell, "Kinh", Sector.STUDENT, true),
				new PaperStanding(MemberStatus.PROBATIONARY, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 20),
						LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), null), why);
		var kept = snapshot();

		all.forEach(tallies::recount);

		assertThat(snapshot()).isEqualTo(kept);
	}

	private Map<String, Map<List<Object>, List<Long>>> snapshot() {
		Map<String, Map<List<Object>, List<Long>>> rows = new java.util.TreeMap<>();
		all.forEach(t -> rows.put(t.table(), tallies.counted(t, units)));
		return rows;
	}

	private void assertEqualToRecount() {
		for (Tally t : all) {
			assertThat(tallies.counted(t, units)).as(t.table()).isEqualTo(tallies.recounted(t, units));
		}
	}

	/** The unit's rows of one tally, counts as ints (as the assertions write them). */
	private Map<List<Object>, List<Integer>> counted(String table, String unit) {
		Tally t = all.stream().filter(x -> x.table().equals(table)).findFirst().orElseThrow();
		Map<List<Object>, List<Integer>> rows = new java.util.HashMap<>();
		tallies.counted(t, List.of(unit)).forEach((k, v) -> rows.put(k, v.stream().map(Long::intValue).toList()));
		return rows;
	}

	private Person person(String local, String cell, String ethnicity, Sector sector, boolean villageHead) {
		return new Person(u.id(local + sequence++), "Người " + local, LocalDate.of(1990, 6, 15), "FEMALE", ethnicity,
				Education.UPPER_SECONDARY, null, null, cell, true, villageHead, sector);
	}

}
