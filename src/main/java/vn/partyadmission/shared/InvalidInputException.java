package vn.partyadmission.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Input that breaks a rule of the procedure, naming each refused field and rule. Thrown inside an
 * engine command it rolls back the whole step: nothing of it is written. It extends the engine's
 * BadUserRequestException; the REST APIs answer 400 with the fields (EngineErrorResponses).
 */
public class InvalidInputException extends BadUserRequestException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
		rememberOnTheWebRequest();
	}

	/**
	 * The engine wraps this exception on its way out; the web request keeps it so the REST APIs can
	 * answer 400 with the fields (EngineErrorResponses). Outside a web request this does nothing.
	 */
	private void rememberOnTheWebRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(InvalidInputException.class.getName(), this, RequestAttributes.SCOPE_REQUEST);
		}
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
