package vn.partyadmission.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;

/**
 * An answer of Camunda's REST API in Camunda's own error shape ({@code type}, {@code message},
 * optional extras), which Tasklist shows as it shows the engine's own errors; used by the one filter
 * that answers the engine's errors ({@code EngineErrorResponses}) and by the guard in front of it.
 * A person reads the message: Vietnamese, English when the request prefers English.
 */
public final class EngineErrors {

	/** The type of every refusal for lack of rights, as Camunda's REST API names it. */
	public static final String FORBIDDEN = "AuthorizationException";

	private static final ObjectMapper JSON = new ObjectMapper();

	private EngineErrors() {
	}

	public static void write(HttpServletResponse response, int status, String type, String message, Map<String, Object> extras)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.putAll(extras);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

	/** 403 with a plain message: no permission, resource type or id is named. */
	public static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN,
				say(request, "Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this."), Map.of());
	}

	/** Vietnamese unless the Accept-Language header puts English before Vietnamese. */
	public static String say(HttpServletRequest request, String vietnamese, String english) {
		return prefersEnglish(request) ? english : vietnamese;
	}

	static boolean prefersEnglish(HttpServletRequest request) {
		return Messages.prefersEnglish(request);
	}

}
