package vn.partyadmission.shared;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one place that answers the errors of Camunda's REST API, under /engine-rest and the webapps'
 * copy /camunda/api/engine: a refused rule (400/409 with its fields), a lost race on a task (409,
 * {@link TaskConflicts}), a value the database cannot store (400, {@link UnstorableValues}), a refusal
 * for lack of rights (403 with a plain message, no permission, resource type or id named), and no
 * message that names an internal class or a server path.
 * <p>
 * A servlet filter, not a JAX-RS {@code ExceptionMapper}: the REST starter's Jersey application
 * (/engine-rest) takes mappers through a {@code ResourceConfigCustomizer}, but the webapps' copy is a
 * second JAX-RS application that Camunda's webapp initializer registers by itself, which no Spring
 * customizer reaches; a mapper would also compete with Camunda's own mappers for the same exception
 * types and cannot see the request body (a claim's userId, the variables sent). One filter serves both.
 */
@Configuration
class EngineErrorResponses {

	/** A Java class (package.Class or Outer$Inner) or a file path in a message. */
	static final Pattern INTERNALS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\$[A-Z]\\w*"
			+ "|(?:^|[\\s'\"(=:])/(?:[\\w.-]+/){2,}|[A-Za-z]:\\\\|file:/|\\.(?:java|class|jar|bpmn|dmn|form)\\b");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineErrorFilter(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
		// filters are made before the engine; asking for it here would create Camunda's tables before Flyway runs
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Answering(json, engine));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// innermost, after the filters that sign the user in to the engine
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	static final class Answering extends OncePerRequestFilter {

		private final ObjectMapper json;

		private final ObjectProvider<ProcessEngine> engine;

		Answering(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
			this.json = json;
			this.engine = engine;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean write = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
			ContentCachingRequestWrapper readable = write ? new ContentCachingRequestWrapper(request, 1024 * 1024) : null;
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(readable == null ? request : readable, buffered);
			if (buffered.getStatus() >= 400) {
				answer(request, readable == null ? null : read(readable.getContentAsByteArray()), buffered);
			}
			buffered.copyBodyToResponse();
		}

		private void answer(HttpServletRequest request, JsonNode sent, ContentCachingResponseWrapper buffered) throws IOException {
			int status = buffered.getStatus();
			JsonNode failure = read(buffered.getContentAsByteArray());
			InvalidInputException refused = request.getAttribute(InvalidInputException.class.getName()) instanceof InvalidInputException e
					? e : null;
			Matcher task = TaskConflicts.TASK_WRITE.matcher(request.getRequestURI());
			if ("POST".equals(request.getMethod()) && task.matches()
					&& (status >= 500 || status == HttpServletResponse.SC_FORBIDDEN || refused != null)) {
				Optional<TaskConflicts.Answer> conflict = new TaskConflicts(engine.getObject()).answer(task.group(1), task.group(2),
						status, refused != null, sent, failure);
				if (conflict.isPresent()) {
					EngineErrors.write(buffered, conflict.get().status(), conflict.get().type(), conflict.get().message(), Map.of());
					return;
				}
			}
			if (status >= 500 && refused != null) {
				// the engine wraps a rule's refusal in a 500; the rule's own message and fields are the answer
				EngineErrors.write(buffered, refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
						: HttpServletResponse.SC_BAD_REQUEST, InvalidInputException.class.getSimpleName(), refused.detail(),
						Map.of("errors", refused.errors()));
				return;
			}
			if (status >= 500) {
				Optional<String> unstorable = UnstorableValues.unreadable(sent).or(() -> UnstorableValues.unstorable("", sent));
				if (unstorable.isPresent()) {
					EngineErrors.write(buffered, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", unstorable.get(),
							Map.of());
					return;
				}
			}
			if (status == HttpServletResponse.SC_FORBIDDEN) {
				// Camunda's message names the missing permissions, resource types and ids
				EngineErrors.forbidden(request, buffered);
				return;
			}
			String message = failure == null ? "" : failure.path("message").asText("");
			if (status >= 500 || INTERNALS.matcher(message).find()) {
				String type = failure == null ? "" : failure.path("type").asText("");
				EngineErrors.write(buffered, status, INTERNALS.matcher(type).find() || type.isBlank() ? "ServerError" : type,
						plain(request, status), failure == null || !failure.has("code") ? Map.of()
								: Map.of("code", failure.path("code").asInt()));
			}
		}

		/** A message for an error whose own message would show the server's insides. */
		private static String plain(HttpServletRequest request, int status) {
			if (status >= 500) {
				return EngineErrors.say(request, "Máy chủ không thực hiện được yêu cầu; hãy thử lại hoặc báo cho quản trị viên.",
						"The server could not carry out the request; try again or tell an administrator.");
			}
			if (status == HttpServletResponse.SC_NOT_FOUND) {
				return EngineErrors.say(request, "Không tìm thấy.", "Not found.");
			}
			return EngineErrors.say(request, "Yêu cầu không hợp lệ: nội dung gửi lên không đúng định dạng.",
					"The request is not valid: the body does not have the expected form.");
		}

		private JsonNode read(byte[] body) {
			try {
				return body.length == 0 ? null : json.readTree(body);
			}
			catch (IOException e) {
				return null;
			}
		}

	}

}
