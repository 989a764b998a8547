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

	/** The refusal of one field by a rule, its message from the bundle ({@link Messages#refusal}). */
	public static InvalidInputException of(String field, String rule, Object... args) {
		return new InvalidInputException(List.of(FieldError.of(field, rule, args)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** What a person reads: each refusal's sentence, without field keys or rule codes (those are in errors). */
	public String detail() {
		return errors.stream().map(FieldError::message).map(InvalidInputException::sentence).collect(Collectors.joining(" "));
	}

	private static String sentence(String message) {
		String text = message.strip();
		return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
	}

	/** One refused value: which field, which rule, and why in words. */
	public record FieldError(String field, String rule, String message) {

		public static FieldError of(String field, String rule, Object... args) {
			return new FieldError(field, rule, Messages.refusal(field, rule, args));
		}

		@Override
		public String toString() {
			return field + ": " + message + " [" + rule + "]";
		}

	}

}
