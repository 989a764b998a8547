package vn.partyadmission.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks a rule of the procedure, naming each refused field and rule. Thrown inside an
 * engine command it rolls back the whole step: nothing of it is written. It extends the engine's
 * BadUserRequestException; the Camunda REST API answers 400 with the fields (RestRuleViolations).
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
