package vn.partyadmission.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Dates as the engine hands them over: typed values, or text from forms and clients. The form-js
 * date picker submits ISO yyyy-MM-dd (it shows the date in the browser's format, dd/MM/yyyy in
 * Vietnamese); a date-time keeps its date (the first ten characters); a client that writes dates as
 * Vietnamese do, dd/MM/yyyy (or d/M/yyyy), is understood too.
 */
public final class Dates {

	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR = java.time.format.DateTimeFormatter
		.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private Dates() {
	}

	/** A date as Vietnamese texts write it: 05/03/2026. */
	public static String vn(LocalDate date) {
		return date == null ? "" : WRITTEN.format(date);
	}

	public static LocalDate toLocalDate(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			// a Date is an instant: its day is the day in Vietnam, whatever the server's zone
			return date.toInstant().atZone(VIETNAM).toLocalDate();
		}
		if (value == null) {
			throw new IllegalArgumentException("a date is required");
		}
		String text = value.toString().strip();
		if (VIETNAMESE.matcher(text).matches()) {
			return LocalDate.parse(text, DAY_MONTH_YEAR);
		}
		return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
	}

}
