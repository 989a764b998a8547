package vn.partyadmission.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.partyadmission.shared.InvalidInputException.FieldError;

/**
 * The identifiers the national Party-member register uses, and the one place their format is
 * checked (docs/rules.md, "National-register identifiers"): the API and the member import both call
 * {@link #formatErrors()}. Each is optional; a blank value means none.
 *
 * @param citizenId số định danh cá nhân (CCCD): 12 digits, the first three a province code 001–096
 * @param partyCardNumber số thẻ đảng viên: issued after recognition as an official member
 * @param profileNumber số lý lịch đảng viên
 */
public record NationalIdentifiers(String citizenId, String partyCardNumber, String profileNumber) {

	public static final NationalIdentifiers NONE = new NationalIdentifiers(null, null, null);

	/** The names a user reads, in Vietnamese, by API field. */
	public static final String CITIZEN_ID_NAME = "Số định danh cá nhân (CCCD)";

	public static final String PARTY_CARD_NUMBER_NAME = "Số thẻ đảng viên";

	public static final String PROFILE_NUMBER_NAME = "Số lý lịch đảng viên";

	/** Lowest and highest province code of a citizen ID (Ministry of Public Security). */
	static final int FIRST_PROVINCE = 1;

	static final int LAST_PROVINCE = 96;

	private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{12}");

	/** No published format found: digits, 6 to 12 of them (docs/rules.md says why). */
	private static final Pattern PARTY_CARD_NUMBER = Pattern.compile("[0-9]{6,12}");

	/** No published format found: digits, 4 to 12 of them (docs/rules.md says why). */
	private static final Pattern PROFILE_NUMBER = Pattern.compile("[0-9]{4,12}");

	public NationalIdentifiers {
		citizenId = blankToNull(citizenId);
		partyCardNumber = blankToNull(partyCardNumber);
		profileNumber = blankToNull(profileNumber);
	}

	/** Every field whose format is wrong, with a Vietnamese message naming it; empty when all are fine. */
	public List<FieldError> formatErrors() {
		List<FieldError> errors = new ArrayList<>();
		if (citizenId != null) {
			citizenIdError(citizenId).ifPresent(errors::add);
		}
		if (partyCardNumber != null && !PARTY_CARD_NUMBER.matcher(partyCardNumber).matches()) {
			errors.add(new FieldError("partyCardNumber", "party-card-number-format",
					PARTY_CARD_NUMBER_NAME + " phải gồm từ 6 đến 12 chữ số."));
		}
		if (profileNumber != null && !PROFILE_NUMBER.matcher(profileNumber).matches()) {
			errors.add(new FieldError("profileNumber", "profile-number-format",
					PROFILE_NUMBER_NAME + " phải gồm từ 4 đến 12 chữ số."));
		}
		return errors;
	}

	/** A Party card is issued only to an official member (Charter Art. 5; Directive 51-CT/TW). */
	public List<FieldError> standingErrors(MemberStatus status) {
		if (partyCardNumber != null && status != MemberStatus.OFFICIAL) {
			return List.of(new FieldError("partyCardNumber", "party-card-official-only", PARTY_CARD_NUMBER_NAME
					+ " chỉ được ghi cho đảng viên chính thức (thẻ đảng viên cấp sau khi được công nhận chính thức)."));
		}
		return List.of();
	}

	/** The answer to a value held by someone else: it names neither the person nor their unit. */
	public static String takenMessage(String field) {
		return nameOf(field) + " này đã được ghi cho một người khác trong sổ đảng viên; đề nghị kiểm tra lại số "
				+ "hoặc báo cấp ủy cấp trên.";
	}

	public static String nameOf(String field) {
		return switch (field) {
			case "citizenId" -> CITIZEN_ID_NAME;
			case "partyCardNumber" -> PARTY_CARD_NUMBER_NAME;
			case "profileNumber" -> PROFILE_NUMBER_NAME;
			default -> field;
		};
	}

	private static java.util.Optional<FieldError> citizenIdError(String value) {
		if (!CITIZEN_ID.matcher(value).matches()) {
			return java.util.Optional.of(new FieldError("citizenId", "citizen-id-format",
					CITIZEN_ID_NAME + " phải gồm đúng 12 chữ số."));
		}
		int province = Integer.parseInt(value.substring(0, 3));
		if (province < FIRST_PROVINCE || province > LAST_PROVINCE) {
			return java.util.Optional.of(new FieldError("citizenId", "citizen-id-province",
					CITIZEN_ID_NAME + ": ba chữ số đầu phải là mã tỉnh, thành phố từ 001 đến 096."));
		}
		return java.util.Optional.empty();
	}

	private static String blankToNull(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
