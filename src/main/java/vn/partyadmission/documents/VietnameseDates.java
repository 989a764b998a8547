package vn.partyadmission.documents;

import java.time.LocalDate;

/**
 * Dates as Vietnamese official documents write them (Nghị định 30/2020/NĐ-CP): a zero before a day
 * below 10 and before the months 1 and 2 only, so "ngày 05 tháng 3 năm 2026", "ngày 15 tháng 01 năm 2026".
 */
final class VietnameseDates {

	private VietnameseDates() {
	}

	/** "ngày 05 tháng 3 năm 2026" */
	static String written(LocalDate date) {
		int month = date.getMonthValue();
		return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
				+ (month < 3 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
	}

	/** The place and date line: "Tam Dương, ngày 05 tháng 3 năm 2026". */
	static String placeAndDate(String place, LocalDate date) {
		return place + ", " + written(date);
	}

	/** Short form for dates inside the text: "15/01/2000". */
	static String numeric(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

}
