package vn.partyadmission.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers 400 with one entry per refused field when a rule refuses input on the Camunda REST API.
 * The engine wraps exceptions of task listeners and the REST layer turns them into 500s; this
 * looks through the wrapping for an {@link InvalidInputException} and otherwise answers exactly as
 * Camunda does.
 */
@Component
class RestRuleViolations implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(RestExceptionMapper.class);
		config.register(EngineExceptionMapper.class);
	}

	static Response toResponse(Throwable thrown) {
		return find(thrown).map(RestRuleViolations::badRequest)
			.orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
	}

	static Optional<InvalidInputException> find(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return Optional.of(invalid);
			}
		}
		return Optional.empty();
	}

	private static Response badRequest(InvalidInputException e) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", InvalidInputException.class.getSimpleName());
		body.put("message", e.getMessage());
		body.put("errors", e.errors());
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	/** Ahead of Camunda's own mapper for the same type (lower value, higher priority). */
	@Priority(1)
	static class RestExceptionMapper implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return RestRuleViolations.toResponse(exception);
		}

	}

	@Priority(1)
	static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return RestRuleViolations.toResponse(exception);
		}

	}

}
