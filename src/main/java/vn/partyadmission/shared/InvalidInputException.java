package vn.partyadmission.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks a rule of the procedure. Extends the engine's BadUserRequestException so that
 * the Camunda REST API and Tasklist answer 400 with the message, and the engine rolls back the
 * whole command: nothing of the step is written.
 */
public class InvalidInputException extends BadUserRequestException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String rule, String message) {
		this(List.of(new FieldError(field, rule, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** One refused value: which field, which rule, and why in words. */
	public record FieldError(String field, String rule, String message) {

		@Override
		public String toString() {
			return field + ": " + message + " [" + rule + "]";
		}

	}

}
