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
			reject(field, "required", "is required");
			return null;
		}
		return value.toString().strip();
	}

	public String optionalText(String field) {
		Object value = values.get(field);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	public LocalDate date(String field) {
		Object value = values.get(field);
		if (value == null || value.toString().isBlank()) {
			reject(field, "required", "is required");
			return null;
		}
		return parseDate(field, value);
	}

	/** A required date that has already happened: documents are recorded after they are signed. */
	public LocalDate pastDate(String field, LocalDate today) {
		LocalDate date = date(field);
		if (date != null && date.isAfter(today)) {
			reject(field, "not-in-future", "cannot be after today (" + today + "), got " + date);
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
			reject(field, "date-format", "must be a date as yyyy-MM-dd, got '" + value + "'");
			return null;
		}
	}

	public Integer count(String field) {
		Object value = values.get(field);
		if (value == null || value.toString().isBlank()) {
			reject(field, "required", "is required");
			return null;
		}
		try {
			double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
			if (number != Math.rint(number) || number < 0 || number > 100_000) {
				reject(field, "whole-number", "must be a whole number from 0 to 100000, got " + value);
				return null;
			}
			return (int) number;
		}
		catch (NumberFormatException e) {
			reject(field, "whole-number", "must be a whole number, got '" + value + "'");
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
		reject(field, "required", value == null ? "is required" : "must be true or false, got '" + value + "'");
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
			reject(field, "choice", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", got '" + text + "'");
			return null;
		}
	}

	/** Adds a rule check that only makes sense once the field parsed. */
	public void require(boolean condition, String field, String rule, Supplier<String> message) {
		if (!condition) {
			reject(field, rule, message.get());
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
