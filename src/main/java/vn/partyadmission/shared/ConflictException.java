package vn.partyadmission.shared;

import java.util.List;

/**
 * Input that was valid but lost a race or meets a state someone else created first (the person
 * already has an open case). The REST APIs answer 409 instead of 400, so a client can tell "fix your
 * input" from "reload and look again". Nothing of the refused request is written.
 */
public class ConflictException extends InvalidInputException {

	public ConflictException(String field, String rule, String message) {
		super(List.of(new FieldError(field, rule, message)));
	}

	/** The conflict of one field with a rule, its message from the bundle ({@link Messages#refusal}). */
	public static ConflictException of(String field, String rule, Object... args) {
		return new ConflictException(field, rule, Messages.refusal(field, rule, args));
	}

}
