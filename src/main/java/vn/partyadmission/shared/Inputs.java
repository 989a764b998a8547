package vn.partyadmission.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads submitted values (process variables from Tasklist forms, REST or the API) by field name,
 * collecting one message per bad field. Tasklist validates only in the browser; this is the check
 * that counts.
 */
public final class Inputs {

	private final Map<String, Object> values;

	private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

	public Inputs(Map<String, Object> values) {
		this.values = values;
	}

	public String text(String field) {
		Object value = values.get(field);
		if (value == null || value.toString().isBlank()) {
			refuse(field, "required");
			return null;
		}
		return storable(field, value.toString().strip());
	}

	public String optionalText(String field) {
		Object value = values.get(field);
		return value == null || value.toString().isBlank() ? null : storable(field, value.toString().strip());
	}

	/**
	 * The longest text a field takes, so that it fits where it is stored: document numbers (fields
	 * named ...Number) the register's 60 characters, ids (...Id) 64, other text 800, so that a journal
	 * line quoting it stays within its 1000.
	 */
	static int maxLength(String field) {
		return field.endsWith("Number") ? 60 : field.endsWith("Id") ? 64 : 800;
	}

	/**
	 * Text is stored as given, byte for byte (Vietnamese in NFC or NFD alike), but only if it can be:
	 * within the field's length, without control characters (PostgreSQL refuses U+0000) and without
	 * halves of a Unicode surrogate pair (they have no UTF-8 form).
	 */
	private String storable(String field, String text) {
		if (text.length() > maxLength(field)) {
			refuse(field, "max-length", maxLength(field), text.length());
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
			boolean brokenPair = Character.isHighSurrogate(c)
					? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i)) : Character.isLowSurrogate(c);
			if (control || brokenPair) {
				refuse(field, "text", i);
				return null;
			}
		}
		return text;
	}

	public LocalDate date(String field) {
		Object value = values.get(field);
		if (value == null || value.toString().isBlank()) {
			refuse(field, "required");
			return null;
		}
		return parseDate(field, value);
	}

	/** A required date that has already happened: documents are recorded after they are signed. */
	public LocalDate pastDate(String field, LocalDate today) {
		LocalDate date = date(field);
		if (date != null && date.isAfter(today)) {
			refuse(field, "not-in-future", today, date);
		}
		return date;
	}

	public LocalDate optionalDate(String field) {
		Object value = values.get(field);
		return value == null || value.toString().isBlank() ? null : parseDate(field, value);
	}

	private LocalDate parseDate(String field, Object value) {
		try {
			return Dates.toLocalDate(value);
		}
		catch (DateTimeParseException e) {
			refuse(field, "date-format", value);
			return null;
		}
	}

	public Integer count(String field) {
		Object value = values.get(field);
		if (value == null || value.toString().isBlank()) {
			refuse(field, "required");
			return null;
		}
		try {
			double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
			if (number != Math.rint(number) || number < 0 || number > 100_000) {
				refuse(field, "whole-number", value);
				return null;
			}
			return (int) number;
		}
		catch (NumberFormatException e) {
			refuse(field, "whole-number", value);
			return null;
		}
	}

	public Boolean flag(String field) {
		Object value = values.get(field);
		if (value instanceof Boolean b) {
			return b;
		}
		if (value != null && ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString()))) {
			return Boolean.parseBoolean(value.toString());
		}
		if (value == null) {
			refuse(field, "required");
		}
		else {
			refuse(field, "yes-or-no", value);
		}
		return null;
	}

	public <E extends Enum<E>> E choice(String field, Class<E> type) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			refuse(field, "choice", text, java.util.Arrays.asList(type.getEnumConstants()));
			return null;
		}
	}

	/** Adds a rule check that only makes sense once the field parsed. */
	public void require(boolean condition, String field, String rule, Supplier<String> message) {
		if (!condition) {
			reject(field, rule, message.get());
		}
	}

	/** Refuses the field by the rule, with the rule's message from the bundle ({@link Messages#refusal}). */
	public void refuse(String field, String rule, Object... args) {
		reject(field, rule, Messages.refusal(field, rule, args));
	}

	/** {@link #refuse} unless the condition holds. */
	public void check(boolean condition, String field, String rule, Object... args) {
		if (!condition) {
			refuse(field, rule, args);
		}
	}

	public void reject(String field, String rule, String message) {
		errors.add(new InvalidInputException.FieldError(field, rule, message));
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Throws one exception naming every bad field; call once all fields have been read. */
	public void throwIfInvalid() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
