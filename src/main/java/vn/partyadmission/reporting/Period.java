package vn.partyadmission.reporting;

import java.time.LocalDate;

/** The days a report covers, both ends included. */
public record Period(LocalDate from, LocalDate to) {

	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The calendar year the period lies in, when it is exactly one (targets are set per year). */
	public Integer wholeYear() {
		return from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31)) ? from.getYear() : null;
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(from) && !date.isAfter(to);
	}

	@Override
	public String toString() {
		return wholeYear() != null ? String.valueOf(wholeYear()) : from + " – " + to;
	}

}
