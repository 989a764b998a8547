package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.membership.Sector;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.reporting.Report.Count;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * The report's figures on a small fixed data set, against expectations computed by hand. Today
 * is the fixture's 2 March 2026; the report is for 2025.
 */
abstract class ReportFigures {

	static final Period YEAR_2025 = Period.year(2025);

	@Autowired
	Fixture fixture;

	@Autowired
	Reports reports;

	@Autowired
	Targets targets;

	@Autowired
	MemberRegister members;

	@Autowired
	OrganizationTree tree;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseWalker walker;

	@Autowired
	JdbcClient jdbc;

	Fixture.Units u;

	int sequence;

	@BeforeEach
	void tree() {
		u = fixture.create();
	}

	@AfterEach
	void engineClock() {
		ClockUtil.reset();
	}

	@Test
	void sevenAdmittedOfTen_is70Percent_perDirectChildAndRolledUp_admissionsOfOtherYearsAndRejectionsLeftOut() {
		targets.set(new Target(u.commune, 2025, 10, null, null, "test", java.time.Instant.now()));
		targets.set(new Target(u.grassroots, 2025, 6, null, null, "test", java.time.Instant.now()));
		for (int i = 0; i < 4; i++) {
			admitted(u.cell, LocalDate.of(2025, 3 + i, 10), MemberStatus.PROBATIONARY);
		}
		admitted(u.intermediateCell, LocalDate.of(2025, 12, 31), MemberStatus.ADMITTED);
		admitted(u.grassrootsCell, LocalDate.of(2025, 1, 1), MemberStatus.OFFICIAL);
		admitted(u.grassrootsCell, LocalDate.of(2025, 6, 1), MemberStatus.PROBATIONARY);
		admitted(u.grassrootsCell, LocalDate.of(2024, 12, 31), MemberStatus.OFFICIAL);
		admitted(u.cell, LocalDate.of(2026, 1, 1), MemberStatus.ADMITTED);
		admitted(u.cell, LocalDate.of(2025, 5, 5), MemberStatus.REJECTED);

		Report report = reports.report(u.commune, YEAR_2025);

		assertThat(report.admittedTotal().admitted()).isEqualTo(7);
		assertThat(report.admittedTotal().target()).isEqualTo(10);
		assertThat(report.admittedTotal().percentOfTarget()).isEqualTo(70.0);
		assertThat(report.admittedByUnit()).extracting(a -> a.unitId(), a -> a.admitted(), a -> a.target())
			.containsExactly(tuple(u.grassrootsCell, 2, null), tuple(u.grassroots, 5, 6));
		assertThat(report.admittedByMonth()).hasSize(12);
		assertThat(report.admittedByMonth().get(0)).isEqualTo(new Count("2025-01", 1));
		assertThat(report.admittedByMonth().get(11)).isEqualTo(new Count("2025-12", 1));
		assertThat(report.admittedByMonth().stream().mapToInt(Count::count).sum()).isEqualTo(7);
	}

	@Test
	void newMembersAreBrokenDownByGenderAgeAtTheDecisionEthnicityYouthUnionAndSector() {
		// age on the decision date: 18, 30 (born the day after, so still 30), 31, 45, 46, 61
		LocalDate decided = LocalDate.of(2025, 9, 2);
		person(u.cell, "FEMALE", decided.minusYears(18), "Kinh", true, Sector.STUDENT, decided);
		person(u.cell, "FEMALE", decided.minusYears(31).plusDays(1), "Sán Dìu", true, Sector.PRIVATE_ENTERPRISE, decided);
		person(u.cell, "MALE", decided.minusYears(31), "Kinh", false, Sector.PRIVATE_ENTERPRISE, decided);
		person(u.cell, "FEMALE", decided.minusYears(45), "Tày", false, Sector.FARMER, decided);
		person(u.cell, "MALE", decided.minusYears(46), "Kinh", false, Sector.PRIVATE_ENTERPRISE, decided);
		person(u.cell, "MALE", decided.minusYears(61), "Kinh", false, Sector.RETIRED, decided);

		Map<String, java.util.List<Count>> b = reports.report(u.commune, YEAR_2025).breakdowns();

		assertThat(b.get("gender")).containsExactly(new Count("FEMALE", 3), new Count("MALE", 3));
		assertThat(b.get("age")).containsExactly(new Count("18–30", 2), new Count("31–45", 2), new Count("46–60", 1),
				new Count("over 60", 1));
		assertThat(b.get("ethnicity")).containsExactly(new Count("Kinh", 4), new Count("Sán Dìu", 1), new Count("Tày", 1));
		assertThat(b.get("youth-union")).containsExactly(new Count("Youth Union member", 2), new Count("not a member", 4));
		assertThat(b.get("sector")).first().isEqualTo(new Count("PRIVATE_ENTERPRISE", 3));
	}

	@Test
	void villageHeads_121MembersOf130_is93Point1Percent_probationaryCountsCandidatesDoNot() {
		for (int i = 0; i < 130; i++) {
			MemberStatus status = i < 120 ? MemberStatus.OFFICIAL : i == 120 ? MemberStatus.PROBATIONARY : MemberStatus.SOURCE_CANDIDATE;
			String id = u.id("vh" + i);
			members.register(new Person(id, "Trưởng thôn " + i, LocalDate.of(1970, 1, 1), "MALE", "Kinh",
					Education.UPPER_SECONDARY, null, null, i % 2 == 0 ? u.cell : u.grassrootsCell, false, true, Sector.OTHER),
					status, LocalDate.of(2020, 1, 1), new Change(null, null, "test", "village head", null));
		}

		Report.VillageHeads heads = reports.report(u.commune, YEAR_2025).villageHeads();

		assertThat(heads.total()).isEqualTo(130);
		assertThat(heads.members()).isEqualTo(121);
		assertThat(heads.percentMembers()).isEqualTo(93.1);
		// the fixture's other officials are not village heads; half the heads are in the grassroots cell
		assertThat(reports.report(u.grassrootsCell, YEAR_2025).villageHeads().total()).isEqualTo(65);
	}

	@Test
	void probationaryMembersDueForRecognition_within30_60_90DaysOfToday_andThoseAlreadyPast() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		for (int days : new int[] { -5, 0, 30, 31, 60, 90, 91, 200 }) {
			String id = admitted(u.cell, LocalDate.of(2025, 2, 1), MemberStatus.PROBATIONARY);
			jdbc.sql("update member_record set probation_end_date = ? where person_id = ?").params(today.plusDays(days), id).update();
		}
		admitted(u.cell, LocalDate.of(2025, 2, 1), MemberStatus.OFFICIAL);

		Report report = reports.report(u.commune, YEAR_2025);

		assertThat(report.dueForRecognition()).containsExactly(new Count(Reports.PAST_DUE, 1), new Count("within 30 days", 2),
				new Count("within 60 days", 4), new Count("within 90 days", 5));
		assertThat(report.dueMembers()).extracting(Report.DueMember::daysLeft).containsExactly(-5L, 0L, 30L, 31L, 60L, 90L);
	}

	@Test
	void aLongListOfMembersDue_stopsAtTheFirst200ByDate_besideTheFullCountsFromTheTally() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		for (int i = 0; i < 205; i++) {
			String id = u.id("due" + i);
			LocalDate end = today.plusDays(i % 2 == 0 ? -3 : 20 + i % 50);
			members.takeOver(new Person(id, "Đảng viên dự bị " + i, LocalDate.of(1995, 1, 1), "MALE", "Kinh",
					Education.UPPER_SECONDARY, null, null, i % 3 == 0 ? u.cell : u.grassrootsCell, false, false, Sector.OTHER),
					new vn.partyadmission.membership.PaperStanding(MemberStatus.PROBATIONARY, end.minusYears(1),
							end.minusYears(1).minusDays(10), end.minusYears(1), end, null),
					new Change(null, null, "test", "taken over", null));
		}

		Report report = reports.report(u.commune, YEAR_2025);

		assertThat(report.dueMembers()).hasSize(ReportQueries.LIST_LIMIT);
		assertThat(report.dueMembers().get(0).daysLeft()).isEqualTo(-3L);
		assertThat(report.dueMembersTotal()).isEqualTo(205);
		// 103 past due (even i), 102 within 20..69 days
		assertThat(report.dueForRecognition()).containsExactly(new Count(Reports.PAST_DUE, 103), new Count("within 30 days", 22),
				new Count("within 60 days", 82), new Count("within 90 days", 102));
		assertThat(ReportTables.of(report).get("due").title()).endsWith("the first 200 of 205");
	}

	@Test
	void daysPerStage_fromTheEnginesTaskHistory_averageAndLongest_andOpenCasesByStage() {
		walker.engineDay(LocalDate.of(2025, 8, 1));
		String first = cases.start(CaseWalker.certified(u.startValues())).id();
		String second = cases.start(CaseWalker.certified(u.startValues(u.id("other"), u.otherCell, u.id("o6"), u.id("o1")))).id();
		walker.engineDay(LocalDate.of(2025, 8, 11));
		walker.complete(first, "ReceiveApplication", Map.of("applicationDate", "2025-08-10", "personalHistoryDate", "2025-08-10"));
		walker.engineDay(LocalDate.of(2025, 8, 15));
		walker.complete(first, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2025-08-14"));
		walker.engineDay(LocalDate.of(2025, 8, 21));
		walker.complete(second, "ReceiveApplication", Map.of("applicationDate", "2025-08-20", "personalHistoryDate", "2025-08-20"));

		Report report = reports.report(u.commune, YEAR_2025);

		// ReceiveApplication took 10 and 20 days, VerifyBackground 4
		assertThat(report.daysPerStage()).extracting(s -> s.stage(), s -> s.tasks(), s -> s.averageDays(), s -> s.longestDays())
			.containsExactly(tuple("ReceiveApplication", 2, 15.0, 20.0), tuple("VerifyBackground", 1, 4.0, 4.0));
		assertThat(report.openCasesByStage()).containsExactly(new Count("ReceiveApplication", 1),
				new Count("VerifyBackground", 1));
		assertThat(report.openCases()).isEqualTo(2);
		// tasks that ended in another year are not this year's durations
		assertThat(reports.report(u.commune, Period.year(2024)).daysPerStage()).isEmpty();
	}

	@Test
	void newOrganizationsInPrivateEnterprises_foundedInThePeriod_notTheSuccessorsOfOlderOnes() {
		tree.add(new Organization(u.prefix + ".company", "Chi bộ Công ty TNHH Hồng Phúc", OrganizationKind.GRASSROOTS_CELL,
				u.commune, LocalDate.of(2025, 5, 1), null, null, null, false));
		tree.add(new Organization(u.prefix + ".company2", "Chi bộ Công ty TNHH Hồng Phúc", OrganizationKind.GRASSROOTS_CELL,
				u.commune, LocalDate.of(2025, 10, 1), null, null, null, false));
		tree.end(u.prefix + ".company", LocalDate.of(2025, 10, 1), u.prefix + ".company2");
		jdbc.sql("update organization set sector = 'PRIVATE_ENTERPRISE' where id in (?, ?)")
			.params(u.prefix + ".company", u.prefix + ".company2").update();

		assertThat(reports.report(u.commune, YEAR_2025).privateEnterpriseOrganizations())
			.extracting(Report.NewOrganization::id).containsExactly(u.prefix + ".company");
		assertThat(reports.report(u.commune, Period.year(2024)).privateEnterpriseOrganizations()).isEmpty();
	}

	@Test
	void aReportOnAnEndedUnit_followsItsCellsToTheirSuccessors_whereItsPeopleMoved() {
		String old = u.prefix + ".oldcell";
		tree.add(new Organization(old, "Chi bộ cũ", OrganizationKind.CELL, u.grassroots, LocalDate.of(2025, 7, 1), null,
				null, null, false));
		tree.end(old, LocalDate.of(2025, 8, 1), u.grassrootsCell);
		admitted(u.grassrootsCell, LocalDate.of(2025, 3, 3), MemberStatus.PROBATIONARY);

		assertThat(reports.report(old, YEAR_2025).admittedTotal().admitted()).isEqualTo(1);
		assertThat(reports.report(u.cell, YEAR_2025).admittedTotal().admitted()).isZero();
	}



	@Test
	void membershipAtTheStartAndEndOfThePeriod_andTheAdmissionRate_theSameFromTheTallyAndFromTheRows() {
		int before = reports.report(u.commune, YEAR_2025).membership().atStart();
		for (int i = 0; i < 100; i++) {
			members.register(new Person(u.id("m" + i), "Đảng viên " + i, LocalDate.of(1970, 1, 1), "MALE", "Kinh",
					Education.UPPER_SECONDARY, null, null, i % 2 == 0 ? u.cell : u.grassrootsCell, false, false, Sector.OTHER),
					MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 1), new Change(null, null, "test", "official", null));
		}
		// sworn in on 2024-09-01, removed from the probationary list on 2025-10-01: a member at the start only
		String removed = u.id("removed");
		members.takeOver(new Person(removed, "Đảng viên dự bị", LocalDate.of(1995, 1, 1), "MALE", "Kinh", Education.UPPER_SECONDARY,
				null, null, u.cell, false, false, Sector.OTHER), new vn.partyadmission.membership.PaperStanding(MemberStatus.PROBATIONARY,
						LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 10), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), null),
				new Change(null, null, "test", "taken over", null));
		members.remove(removed, LocalDate.of(2025, 10, 1), new Change(null, null, "test", "removed", null));
		for (int i = 0; i < 4; i++) {
			admitted(i % 2 == 0 ? u.cell : u.intermediateCell, LocalDate.of(2025, 3 + i, 10), MemberStatus.PROBATIONARY);
		}
		// decided in December, not yet sworn in: admitted in the period, not a member at its end
		admitted(u.cell, LocalDate.of(2025, 12, 20), MemberStatus.ADMITTED);

		Report.Membership tallied = reports.report(u.commune, YEAR_2025).membership();
		// not whole months: counted from the members' rows
		Report rows = reports.report(u.commune, new Period(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31)));

		int start = before + 100 + 1;
		assertThat(tallied.startDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(tallied.atStart()).isEqualTo(start);
		assertThat(tallied.atEnd()).isEqualTo(start - 1 + 4);
		assertThat(tallied.admissionRatePercent()).isEqualTo(Math.round(500.0 / start * 100) / 100.0);
		assertThat(tallied.targetMinPercent()).isEqualTo(3.0);
		assertThat(tallied.targetMaxPercent()).isEqualTo(4.0);
		assertThat(rows.admittedTotal().admitted()).isEqualTo(5);
		assertThat(rows.membership().atStart()).isEqualTo(tallied.atStart());
		assertThat(rows.membership().atEnd()).isEqualTo(tallied.atEnd());
		assertThat(rows.membership().admissionRatePercent()).isEqualTo(tallied.admissionRatePercent());
		// the cell alone: its own members
		assertThat(reports.report(u.grassrootsCell, YEAR_2025).membership().atStart()).isGreaterThanOrEqualTo(50);
	}

	private String admitted(String cellId, LocalDate decided, MemberStatus status) {
		return person(cellId, "MALE", LocalDate.of(1995, 1, 1), "Kinh", false, Sector.OTHER, decided, status);
	}

	private String person(String cellId, String gender, LocalDate born, String ethnicity, boolean youthUnion, Sector sector,
			LocalDate decided) {
		return person(cellId, gender, born, ethnicity, youthUnion, sector, decided, MemberStatus.PROBATIONARY);
	}

	private String person(String cellId, String gender, LocalDate born, String ethnicity, boolean youthUnion, Sector sector,
			LocalDate decided, MemberStatus status) {
		String id = u.id("n" + sequence++);
		members.register(new Person(id, "Đảng viên mới " + id, born, gender, ethnicity, Education.UPPER_SECONDARY, null, null,
				cellId, youthUnion, false, sector), status, decided, new Change(null, null, "test", "register", null));
		members.recordHistory(id, r -> new MemberRecord(id, status, decided, null, null, "QĐ 1", decided, null,
				decided.plusMonths(13), null, null, null, null), new Change(null, null, "test", "history", null));
		return id;
	}

}
