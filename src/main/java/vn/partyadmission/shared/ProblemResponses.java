package vn.partyadmission.shared;

import java.util.List;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The project's API answers refused input with an RFC 7807 problem naming each field and the rule,
 * and changes nothing.
 */
@RestControllerAdvice
class ProblemResponses {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e) {
		return problem(e.detail(), e.errors());
	}

	/** Valid input that lost to what someone else did first: the client should reload, not fix its input. */
	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.detail());
		problem.setTitle(Messages.say("problem.conflict"));
		problem.setProperty("code", "conflict");
		problem.setProperty("errors", e.errors());
		return problem;
	}

	/** Two requests changed the same thing at the same moment; the engine kept the first. */
	@ExceptionHandler(OptimisticLockingException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail concurrentChange(OptimisticLockingException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Messages.say("problem.concurrent-change"));
		problem.setTitle(Messages.say("problem.conflict"));
		problem.setProperty("code", "concurrent-change");
		return problem;
	}

	@ExceptionHandler(NotVisible.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notVisible(NotVisible e, jakarta.servlet.http.HttpServletRequest request) {
		request.setAttribute(NotVisible.REQUEST_ATTRIBUTE, e.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle(Messages.say("problem.not-found"));
		problem.setProperty("code", "not-found");
		return problem;
	}

	/** Malformed JSON, a value of the wrong type, or a field the API does not know. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			return problem(List.of(InvalidInputException.FieldError.of(unknown.getPropertyName(), "unknown-field",
					unknown.getPropertyName(), unknown.getKnownPropertyIds())));
		}
		if (e.getCause() instanceof InvalidFormatException format) {
			String field = path(format);
			return problem(List.of(InvalidInputException.FieldError.of(field, "type", typeName(format.getTargetType()),
					format.getValue())));
		}
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			return problem(List.of(InvalidInputException.FieldError.of(field, "wrong-type", typeName(mismatch.getTargetType()))));
		}
		if (e.getCause() instanceof MismatchedInputException) {
			// e.g. [] where an object is expected: Jackson's message names the target class, which is ours to keep
			return problem(List.of(InvalidInputException.FieldError.of("body", "json-object")));
		}
		return problem(List.of(InvalidInputException.FieldError.of("body", "json", location(e))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
		return problem(List.of(InvalidInputException.FieldError.of(e.getName(), "type", typeName(e.getRequiredType()), e.getValue())));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return problem(List.of(InvalidInputException.FieldError.of(e.getParameterName(), "required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException e) {
		return problem(List.of(InvalidInputException.FieldError.of(e.getRequestPartName(), "required")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				Messages.say("problem.too-large", e.getMaxUploadSize() < 0 ? "?" : e.getMaxUploadSize() / 1024));
		problem.setProperty("code", "too-large");
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	@ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
	ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				Messages.say("problem.unsupported-type", e.getContentType(), e.getSupportedMediaTypes()));
		problem.setProperty("code", "unsupported-type");
		return problem;
	}

	private static ProblemDetail problem(List<InvalidInputException.FieldError> errors) {
		return problem(new InvalidInputException(errors).detail(), errors);
	}

	/**
	 * 400: {@code detail} says in the request's language what is wrong (Accept-Language, Vietnamese by
	 * default), {@code code} and each error's {@code rule} are the stable codes a program reads.
	 */
	private static ProblemDetail problem(String detail, List<InvalidInputException.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(Messages.say("problem.input-refused"));
		problem.setProperty("code", "input-refused");
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A Java type as a person calls it: number, date, text… */
	private static String typeName(Class<?> type) {
		if (type == null) {
			return Messages.say("type.value");
		}
		String name = Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
				? "number" : type == Boolean.class || type == boolean.class ? "boolean"
						: java.time.temporal.Temporal.class.isAssignableFrom(type) ? "date"
								: type == String.class ? "text" : type.isEnum() ? "choice" : "value";
		return Messages.say("type." + name);
	}

	private static String path(MismatchedInputException e) {
		return String.join(".", e.getPath().stream()
			.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
			.toList());
	}

	/** Where the parser stopped, without its message (which may name the class being read). */
	private static String location(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
				return Messages.say("problem.json-location", json.getLocation().getLineNr(), json.getLocation().getColumnNr());
			}
		}
		return "";
	}

}
