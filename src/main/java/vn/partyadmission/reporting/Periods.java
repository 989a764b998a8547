package vn.partyadmission.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.partyadmission.shared.Inputs;

/** Reads a report's period from request parameters: a year, or from and to; refuses bad ones by field and rule. */
final class Periods {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private Periods() {
	}

	/** year=2026, or from=2026-01-01&to=2026-06-30; neither: the current year. */
	static Period parse(String year, String from, String to, LocalDate today) {
		Map<String, Object> values = new HashMap<>();
		values.put("year", year);
		values.put("from", from);
		values.put("to", to);
		Inputs in = new Inputs(values);
		boolean range = blank(year) && !(blank(from) && blank(to));
		if (!range) {
			Integer y = blank(year) ? Integer.valueOf(today.getYear()) : year(in, "year");
			in.throwIfInvalid();
			return Period.year(y);
		}
		LocalDate start = in.date("from");
		LocalDate end = in.date("to");
		if (start != null && end != null) {
			in.check(!end.isBefore(start), "to", "period-order", start, end);
			in.check(start.getYear() >= FIRST_YEAR && end.getYear() <= LAST_YEAR, "from", "year-2000-2100", FIRST_YEAR,
					LAST_YEAR);
		}
		in.throwIfInvalid();
		return new Period(start, end);
	}

	/** A year from 2000 to 2100; null (and a refusal in the inputs) otherwise. */
	static Integer year(Inputs in, String field) {
		Integer year = in.count(field);
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			in.refuse(field, "year-2000-2100", FIRST_YEAR, LAST_YEAR, year);
			return null;
		}
		return year;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
