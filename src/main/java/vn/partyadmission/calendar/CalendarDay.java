package vn.partyadmission.calendar;

import java.time.LocalDate;

/** A day that is not an ordinary weekday or weekend: a holiday, a compensatory day, or an official decision. */
public record CalendarDay(LocalDate day, boolean working, String name, String source) {
}
