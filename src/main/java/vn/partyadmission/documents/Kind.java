package vn.partyadmission.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents this module produces: the form code of the guidance (24-HD/BTCTW) and the template's file name. */
enum Kind {

	CELL_RESOLUTION("6-KNĐ", "6-knd", "Nghị quyết đề nghị kết nạp đảng viên"),
	GRASSROOTS_RESOLUTION("8-KNĐ", "8-knd", "Nghị quyết đề nghị kết nạp đảng viên"),
	ADMISSION_DECISION("9-KNĐ", "9-knd", "Quyết định kết nạp đảng viên"),
	CELL_RECOGNITION_RESOLUTION("13-KNĐ", "13-knd", "Nghị quyết của chi bộ về đảng viên dự bị"),
	GRASSROOTS_RECOGNITION_RESOLUTION("15-KNĐ", "15-knd", "Nghị quyết của đảng ủy về đảng viên dự bị"),
	RECOGNITION_DECISION("QĐ-CNĐVCT", "qd-cndvct", "Quyết định công nhận đảng viên chính thức"),
	REMOVAL_DECISION("QĐ-XT", "qd-xt", "Quyết định xóa tên đảng viên dự bị"),
	/** The cell's record of the ceremony, numbered in the cell's register of the year (01-BB/CB). */
	CEREMONY_RECORD("BB-KNĐ", "bien-ban-ket-nap", "Biên bản lễ kết nạp đảng viên");

	final String code;

	/** ASCII, for file names and URLs. */
	final String slug;

	final String title;

	Kind(String code, String slug, String title) {
		this.code = code;
		this.slug = slug;
		this.title = title;
	}

	String template() {
		return slug + ".html";
	}

	static Optional<Kind> ofCode(String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
	}

	/** "9-knd" or "9-KNĐ" */
	static Optional<Kind> parse(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(k -> k.slug.equals(wanted) || k.code.toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

}
