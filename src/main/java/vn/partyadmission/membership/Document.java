package vn.partyadmission.membership;

import java.time.LocalDate;

/** An official document behind a change: form code (e.g. 6-KNĐ, 9-KNĐ), its number and date. */
public record Document(String code, String number, LocalDate date) {

	public static Document of(String code, String number, LocalDate date) {
		return new Document(code, number, date);
	}

}
