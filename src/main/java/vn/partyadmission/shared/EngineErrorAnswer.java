package vn.partyadmission.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Replaces the buffered answer of Camunda's REST API with one in Camunda's own error shape
 * ({@code type}, {@code message}, optional extras), which Tasklist shows as it shows the engine's own errors.
 * Shared by the filters that turn the engine's 500s into what they were: refused input, a conflict, an
 * unstorable value.
 */
final class EngineErrorAnswer {

	private EngineErrorAnswer() {
	}

	static void replace(ContentCachingResponseWrapper buffered, ObjectMapper json, int status, String type,
			String message, Map<String, Object> extras) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.putAll(extras);
		buffered.resetBuffer();
		buffered.setStatus(status);
		buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
		buffered.setCharacterEncoding("UTF-8");
		buffered.getOutputStream().write(json.writeValueAsBytes(body));
	}

}
