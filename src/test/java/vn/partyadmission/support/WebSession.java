package vn.partyadmission.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: keeps the cookies it is given and signs in through the
 * login form with its CSRF token, as a person would. The cookies can be carried to another node.
 */
public final class WebSession {

	public static final String COOKIE = "SESSION";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** Headers added to every request, e.g. X-Forwarded-For. */
	private final Map<String, String> headers = new LinkedHashMap<>();

	public WebSession header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/** Starts with a cookie someone else was given, e.g. a session id planted before sign-in. */
	public WebSession cookie(String name, String value) {
		cookies.put(name, value);
		return this;
	}

	public String cookie(String name) {
		return cookies.get(name);
	}

	/** GET /login, then POST the form with its CSRF token; answers the login POST's response. */
	public HttpResponse<String> signIn(Http http, String user, String password) {
		HttpResponse<String> form = get(http, "/login");
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page: " + form.body());
		}
		String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		return send(http, request(http.uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> get(Http http, String path) {
		return send(http, request(http.uri(path)).header("Accept", "text/html,application/json").GET());
	}

	/** A POST to Camunda's webapp API, with the X-XSRF-TOKEN header its CSRF filter wants when the cookie is there. */
	public HttpResponse<String> postToCamunda(Http http, String path) {
		HttpRequest.Builder request = request(http.uri(path)).header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody());
		if (cookies.containsKey("XSRF-TOKEN")) {
			request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
		}
		return send(http, request);
	}

	private HttpRequest.Builder request(URI uri) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri);
		headers.forEach(request::header);
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
				.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(Http http, HttpRequest.Builder request) {
		HttpResponse<String> response = http.send(request.build());
		List<String> set = response.headers().allValues("Set-Cookie");
		for (String cookie : set) {
			String pair = cookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			String name = pair.substring(0, eq).strip();
			String value = pair.substring(eq + 1).strip();
			if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
		return response;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
