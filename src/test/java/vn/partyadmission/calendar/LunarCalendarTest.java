package vn.partyadmission.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lunar holidays against the published dates. */
class LunarCalendarTest {

	@ParameterizedTest(name = "Tết {0} falls on {1}")
	@CsvSource({ "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
			"2028, 2028-01-26" })
	void lunarNewYear(int year, LocalDate tet) {
		assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
	}

	@Test
	void computedForVietnamsTimeZone_notChinas() {
		// in 1985 Vietnam celebrated Tết on 21 January, a month before China (20 February)
		assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
	}

	@ParameterizedTest(name = "Hùng Kings'' day {0} falls on {1}")
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16" })
	void hungKingsCommemoration(int year, LocalDate day) {
		assertThat(LunarCalendar.toSolar(10, 3, year)).isEqualTo(day);
	}

}
