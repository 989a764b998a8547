package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;

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

}
