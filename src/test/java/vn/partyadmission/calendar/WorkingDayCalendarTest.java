package vn.partyadmission.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.support.ApplicationTest;

/** Holidays of 2025, 2026 and 2027 and working-day deadlines across them. */
@ApplicationTest
class WorkingDayCalendarTest {

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Deadlines deadlines;

	@AfterEach
	void withdrawDecisions() {
		calendar.withdraw(LocalDate.of(2026, 5, 2));
		calendar.withdraw(LocalDate.of(2026, 4, 29));
	}

	@Test
	void holidaysOf2025_withTheCompensatoryDayForTetOnASaturday() {
		assertThat(daysOff(2025)).containsExactly(date("2025-01-01"), date("2025-01-28"), date("2025-01-29"),
				date("2025-01-30"), date("2025-01-31"), date("2025-02-01"), date("2025-02-03"), date("2025-04-07"),
				date("2025-04-30"), date("2025-05-01"), date("2025-09-01"), date("2025-09-02"));
	}

	@Test
	void holidaysOf2026_withHungKingsDayOnASundayCompensatedOnMonday() {
		assertThat(daysOff(2026)).containsExactly(date("2026-01-01"), date("2026-02-16"), date("2026-02-17"),
				date("2026-02-18"), date("2026-02-19"), date("2026-02-20"), date("2026-04-26"), date("2026-04-27"),
				date("2026-04-30"), date("2026-05-01"), date("2026-09-01"), date("2026-09-02"));
	}

	@Test
	void holidaysOf2027_withTetAcrossAWeekendAndLabourDayOnASaturday() {
		assertThat(daysOff(2027)).containsExactly(date("2027-01-01"), date("2027-02-05"), date("2027-02-06"),
				date("2027-02-07"), date("2027-02-08"), date("2027-02-09"), date("2027-02-10"), date("2027-02-11"),
				date("2027-04-16"), date("2027-04-30"), date("2027-05-01"), date("2027-05-03"), date("2027-09-02"),
				date("2027-09-03"));
	}

	@Test
	void thirtyWorkingDaysAcrossTet2027_skipsTheFiveTetDaysOff() {
		// 20 Jan 2027 + 30 working days: without Tết it would be 3 March
		assertThat(calendar.addWorkingDays(date("2027-01-20"), 30)).isEqualTo(date("2027-03-10"));
		assertThat(deadlines.dueDay("RECOGNITION_REVIEW", date("2027-01-20"), 0)).isEqualTo(date("2027-03-10"));
	}

	@Test
	void officialDecisionsOverrideTheComputedCalendar() {
		LocalDate bridge = date("2026-04-29");
		LocalDate makeUpSaturday = date("2026-05-02");
		assertThat(calendar.isWorkingDay(bridge)).isTrue();
		LocalDate before = calendar.addWorkingDays(date("2026-04-24"), 5);

		calendar.decide(new CalendarDay(bridge, false, "Bridge day before 30/4", "Decision of the Prime Minister (demo)"), "admin");
		calendar.decide(new CalendarDay(makeUpSaturday, true, "Make-up working day", "same decision"), "admin");

		assertThat(calendar.isWorkingDay(bridge)).isFalse();
		assertThat(calendar.isWorkingDay(makeUpSaturday)).isTrue();
		// the day lost and the day gained cancel out within the window
		assertThat(calendar.addWorkingDays(date("2026-04-24"), 5)).isEqualTo(before);
		assertThat(calendar.addWorkingDays(date("2026-04-24"), 2)).isEqualTo(date("2026-05-02"));
	}

	@Test
	void decisionDeadline_is60WorkingDays_andTheExtensionAddsWorkingDays() {
		assertThat(deadlines.rule("ADMISSION_DECISION")).isEqualTo(new Deadlines.Rule(60, 30));
		LocalDate due = deadlines.dueDay("ADMISSION_DECISION", date("2026-03-02"), 0);
		assertThat(due).isEqualTo(calendar.addWorkingDays(date("2026-03-02"), 60));
		assertThat(deadlines.dueDay("ADMISSION_DECISION", date("2026-03-02"), 30))
			.isEqualTo(calendar.addWorkingDays(due, 30));
	}

	private List<LocalDate> daysOff(int year) {
		return calendar.specialDays(year).stream().filter(d -> !d.working()).map(CalendarDay::day).toList();
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
