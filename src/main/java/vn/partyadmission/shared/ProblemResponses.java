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
		return problem(e.getMessage(), e.errors());
	}

	/** Valid input that lost to what someone else did first: the client should reload, not fix its input. */
	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Conflict");
		problem.setProperty("errors", e.errors());
		return problem;
	}

	/** Two requests changed the same thing at the same moment; the engine kept the first. */
	@ExceptionHandler(OptimisticLockingException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail concurrentChange(OptimisticLockingException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"someone else changed the same data at the same moment; reload and try again");
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(NotVisible.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notVisible(NotVisible e, jakarta.servlet.http.HttpServletRequest request) {
		request.setAttribute(NotVisible.REQUEST_ATTRIBUTE, e.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	/** Malformed JSON, a value of the wrong type, or a field the API does not know. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			return problem("unknown field '" + unknown.getPropertyName() + "'", List.of(new InvalidInputException.FieldError(
					unknown.getPropertyName(), "unknown-field", "is not a field of this request; known: "
							+ unknown.getKnownPropertyIds())));
		}
		if (e.getCause() instanceof InvalidFormatException format) {
			String field = path(format);
			return problem(field + ": cannot read '" + format.getValue() + "' as " + format.getTargetType().getSimpleName(),
					List.of(new InvalidInputException.FieldError(field, "type", "must be a "
							+ format.getTargetType().getSimpleName() + ", got '" + format.getValue() + "'")));
		}
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			return problem(field + ": wrong type", List.of(new InvalidInputException.FieldError(field, "type",
					"must be a " + mismatch.getTargetType().getSimpleName())));
		}
		if (e.getCause() instanceof MismatchedInputException) {
			// e.g. [] where an object is expected: Jackson's message names the target class, which is ours to keep
			return problem("the body must be a JSON object with this request's fields",
					List.of(new InvalidInputException.FieldError("body", "json", "must be a JSON object")));
		}
		return problem("the body is not valid JSON" + location(e), List.of(new InvalidInputException.FieldError("body",
				"json", "is not valid JSON")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
		String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
		return problem(e.getName() + ": cannot read '" + e.getValue() + "' as " + type,
				List.of(new InvalidInputException.FieldError(e.getName(), "type", "must be a " + type + ", got '" + e.getValue() + "'")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return problem(e.getParameterName() + " is required",
				List.of(new InvalidInputException.FieldError(e.getParameterName(), "required", "is required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException e) {
		return problem("the multipart request has no part '" + e.getRequestPartName() + "'",
				List.of(new InvalidInputException.FieldError(e.getRequestPartName(), "required", "is required")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than allowed: " + e.getMessage());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	@ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
	ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"content type " + e.getContentType() + " is not taken here; supported: " + e.getSupportedMediaTypes());
	}

	private static ProblemDetail problem(String detail, List<InvalidInputException.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Input refused");
		problem.setProperty("errors", errors);
		return problem;
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
				return " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
			}
		}
		return "";
	}

}
