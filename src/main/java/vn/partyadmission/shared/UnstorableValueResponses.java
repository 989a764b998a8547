package vn.partyadmission.shared;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST APIs store any variable a request sends, also one no step reads. A text the
 * database cannot store (U+0000, which PostgreSQL refuses, or more than the 4000 characters of a
 * variable's text column) then fails only when the engine writes, and a variable the REST API cannot
 * read (null, an empty type, a File without a file name, an Object: no step takes one) fails inside it:
 * both as a 500. This answers such a failure 400 naming the value, in Camunda's error shape; nothing
 * was written.
 */
@Configuration
class UnstorableValueResponses {

	/** ACT_RU_VARIABLE.TEXT_ (and its history) holds this many characters. */
	static final int VARIABLE_TEXT = 4000;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unstorableValueFilter(ObjectMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Rewrite(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		return registration;
	}

	static final class Rewrite extends OncePerRequestFilter {

		private final ObjectMapper json;

		Rewrite(ObjectMapper json) {
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingRequestWrapper readable = new ContentCachingRequestWrapper(request, 1024 * 1024);
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(readable, buffered);
			if (buffered.getStatus() >= 500 && request.getAttribute(RuleViolationResponses.ATTRIBUTE) == null) {
				JsonNode sent = read(readable.getContentAsByteArray());
				Optional<String> unstorable = unreadable(sent).or(() -> unstorable("", sent));
				if (unstorable.isPresent()) {
					EngineErrorAnswer.replace(buffered, json, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
							unstorable.get(), Map.of());
				}
			}
			buffered.copyBodyToResponse();
		}

		/** The first variable the REST API cannot turn into a value, named, and why. */
		static Optional<String> unreadable(JsonNode body) {
			if (body == null || !body.path("variables").isObject()) {
				return Optional.empty();
			}
			for (Iterator<Map.Entry<String, JsonNode>> variables = body.path("variables").fields(); variables.hasNext();) {
				Map.Entry<String, JsonNode> variable = variables.next();
				String name = "variables." + variable.getKey();
				JsonNode value = variable.getValue();
				if (!value.isObject()) {
					return Optional.of(name + ": must be an object {\"value\": ..., \"type\": ...}, got " + value);
				}
				String type = value.path("type").asText("");
				JsonNode info = value.path("valueInfo");
				if (value.has("type") && type.isBlank()) {
					return Optional.of(name + ": type must name a value type, e.g. String, got '" + type + "'");
				}
				if (type.equalsIgnoreCase("File") && !info.path("filename").isTextual()) {
					return Optional.of(name + ": a File needs valueInfo.filename");
				}
				// no step reads an Object; Java serialization is prohibited and JSON objects have no serializer here
				if (type.equalsIgnoreCase("Object")) {
					return Optional.of(name + ": Object values are not taken; send text, a number, a boolean or a date");
				}
			}
			return Optional.empty();
		}

		/** The first text in the request that cannot be stored, named by its path, and why. */
		static Optional<String> unstorable(String path, JsonNode node) {
			if (node == null) {
				return Optional.empty();
			}
			if (node.isTextual()) {
				String text = node.asText();
				if (text.indexOf('\u0000') >= 0) {
					return Optional.of(path + ": contains the character U+0000, which cannot be stored");
				}
				if (text.length() > VARIABLE_TEXT) {
					return Optional.of(path + ": has " + text.length() + " characters; a text variable holds at most "
							+ VARIABLE_TEXT);
				}
				return Optional.empty();
			}
			if (node.isObject()) {
				for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
					Map.Entry<String, JsonNode> field = fields.next();
					Optional<String> found = unstorable(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
							field.getValue());
					if (found.isPresent()) {
						return found;
					}
				}
			}
			if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					Optional<String> found = unstorable(path + "[" + i + "]", node.get(i));
					if (found.isPresent()) {
						return found;
					}
				}
			}
			return Optional.empty();
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
