package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the date picker and clients send is read as the day a Vietnamese user meant. */
class DatesTest {

	@Test
	void theDatePickersIsoDate_aDateTime_andDayMonthYear_areTheSameDay() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(Dates.toLocalDate("2026-12-03")).isEqualTo(day);
		assertThat(Dates.toLocalDate("2026-12-03T00:00:00.000+0700")).isEqualTo(day);
		assertThat(Dates.toLocalDate("03/12/2026")).isEqualTo(day);
		assertThat(Dates.toLocalDate("3/12/2026")).isEqualTo(day);
	}

	@Test
	void aDateIsTheDayInVietnam_whateverTheServersZone() {
		// 17:30 UTC on 2 December is half past midnight on 3 December in Hà Nội
		Date instant = Date.from(ZonedDateTime.parse("2026-12-02T17:30:00Z").toInstant());
		assertThat(Dates.toLocalDate(instant)).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aDayThatDoesNotExist_isRefusedAtItsField_inVietnamese() {
		assertThatThrownBy(() -> Dates.toLocalDate("31/02/2026")).isInstanceOf(DateTimeParseException.class);
		Inputs in = new Inputs(Map.of("meetingDate", "31/02/2026"));
		in.date("meetingDate");
		assertThatThrownBy(in::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.errors()).singleElement().satisfies(error -> {
				assertThat(error.field()).isEqualTo("meetingDate");
				assertThat(error.rule()).isEqualTo("date-format");
			});
			assertThat(e.detail()).isEqualTo("Ngày họp phải là một ngày, ví dụ 03/12/2026; không đọc được “31/02/2026”.");
		});
	}

}
