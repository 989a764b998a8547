package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * Security headers on the project's pages and on Camunda's webapps, each sent once: Spring
 * Security's and Camunda's HeaderSecurityFilter must not contradict each other.
 */
@DemoTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Test
	void loginPage_forbidsFramingSniffingAndForeignScripts_andSendsNoHstsOverPlainHttp() {
		HttpHeaders headers = new Http(port).get("/login", null).headers();

		assertThat(headers.allValues("Content-Security-Policy")).containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
		assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.allValues("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void requestThatReachedTheProxyOverHttps_getsHsts() {
		Http http = new Http(port);
		// from loopback, a trusted proxy address: Tomcat takes the scheme from X-Forwarded-Proto
		HttpHeaders headers = http.send(HttpRequest.newBuilder(http.uri("/login"))
			.header("X-Forwarded-Proto", "https")
			.build()).headers();

		assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(
				v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void tasklist_keepsCamundasOwnContentSecurityPolicy_once_withTheSameFrameAndSniffingRules() {
		Http http = new Http(port);
		WebSession browser = new WebSession();
		browser.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);

		HttpHeaders headers = browser.get(http, "/camunda/app/tasklist/default/").headers();

		assertThat(headers.allValues("Content-Security-Policy")).singleElement()
			.satisfies(csp -> assertThat(csp).contains("nonce-").contains("frame-ancestors 'none'")
				.isNotEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY));
		assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
	}

	/**
	 * Issue 14 item 8, the blank Tasklist: Camunda kept each response's nonce in one attribute shared by
	 * all requests, so an index page served while other webapp requests ran carried another response's
	 * nonce than its header, and the browser blocked every script. Opened with the webapp's API calls
	 * racing it, every index page must carry its own header's nonce.
	 */
	@Test
	void tasklistPage_carriesTheNonceOfItsOwnHeader_whileOtherWebappRequestsRun() throws Exception {
		Http http = new Http(port);
		WebSession browser = new WebSession();
		browser.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);
		String cookie = WebSession.COOKIE + "=" + browser.cookie(WebSession.COOKIE);
		Pattern headerNonce = Pattern.compile("'nonce-([^']+)'");
		Pattern pageNonce = Pattern.compile("nonce=\"([^\"]+)\"");

		List<String> mismatches = new ArrayList<>();
		int pages = 0;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				String path = i % 3 == 0 ? "/camunda/app/tasklist/default/" : "/camunda/api/engine/engine/";
				responses.add(pool.submit(() -> http.send(HttpRequest.newBuilder(http.uri(path)).header("Cookie", cookie).build())));
			}
			for (Future<HttpResponse<String>> future : responses) {
				HttpResponse<String> response = future.get();
				if (!response.uri().getPath().startsWith("/camunda/app/")) {
					continue;
				}
				assertThat(response.statusCode()).isEqualTo(200);
				pages++;
				Matcher header = headerNonce.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
				assertThat(header.find()).isTrue();
				Matcher page = pageNonce.matcher(response.body());
				while (page.find()) {
					if (!page.group(1).equals(header.group(1))) {
						mismatches.add(page.group(1) + " != " + header.group(1));
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(pages).isEqualTo(100);
		assertThat(mismatches).isEmpty();
	}

}
