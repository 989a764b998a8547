package vn.partyadmission.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running application as a user would: HTTP Basic against the REST APIs, no redirects followed. */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** GET as {@code user:password}, or anonymously when credentials are null. */
	public HttpResponse<String> get(String path, String credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return send(request.build());
	}

	public HttpResponse<String> post(String path, String credentials, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(credentials))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
