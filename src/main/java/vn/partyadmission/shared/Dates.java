package vn.partyadmission.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as the engine hands them over: ISO strings from forms, or typed values. */
public final class Dates {

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	/** A date as Vietnamese texts write it: 05/03/2026. */
	public static String vn(LocalDate date) {
		return date == null ? "" : VIETNAMESE.format(date);
	}

	public static LocalDate toLocalDate(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return new java.sql.Date(date.getTime()).toLocalDate();
		}
		if (value == null) {
			throw new IllegalArgumentException("a date is required");
		}
		String text = value.toString().strip();
		return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
	}

}
