package vn.partyadmission.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/** Sign-ins, refusals and the administrators' read-only view of the audit log, over HTTP. */
@DemoTest
class AuditLogTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Test
	void formSignIn_isLoggedWithTheClientAddressTheProxyForwarded() {
		// loopback is a trusted proxy: Tomcat takes the client address from X-Forwarded-For
		new WebSession().header("X-Forwarded-For", "203.0.113.71").signIn(new Http(port), "standing.tamduong", DemoTest.PASSWORD);

		assertThat(rows("standing.tamduong", AuditAction.LOGIN)).anySatisfy(e -> {
			assertThat(e.clientIp()).isEqualTo("203.0.113.71");
			assertThat(e.occurredAt()).isNotNull();
		});
	}

	@Test
	void refusedSignIns_onTheFormAndOverBasic_areLoggedWithTheNameTried() {
		String tried = "nobody" + Long.toString(System.nanoTime(), 36);
		Http http = new Http(port);
		new WebSession().signIn(http, tried, "guess");
		assertThat(http.get("/api/members", tried + ":guess").statusCode()).isEqualTo(401);

		assertThat(rows(tried, AuditAction.LOGIN_FAILED)).hasSize(2)
			.allSatisfy(e -> assertThat(e.clientIp()).isEqualTo("127.0.0.1"));
	}

	@Test
	void refusals_403FromSpringAndCamunda_and404NotVisible_areLogged_withWhatWasAsked() {
		Http http = new Http(port);
		String user = "secretary.anhoa1";
		assertThat(http.get("/api/audit", user + ":" + DemoTest.PASSWORD).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/reports/xa.tamduong", user + ":" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/members/p00001", user + ":" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		// Camunda's own authorization check (AuthorizationException, answered 403 by its REST API)
		assertThat(http.post("/engine-rest/user/create", user + ":" + DemoTest.PASSWORD,
				"{\"profile\":{\"id\":\"auditprobe\"},\"credentials\":{\"password\":\"Audit-Probe-2026\"}}").statusCode())
			.isEqualTo(403);
		WebSession browser = new WebSession();
		browser.signIn(http, user, DemoTest.PASSWORD);
		assertThat(browser.get(http, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);

		assertThat(rows(user, AuditAction.ACCESS_DENIED)).extracting(AuditEntry::target)
			.contains("GET /api/audit", "GET /camunda/app/cockpit/default/", "POST /engine-rest/user/create");
		assertThat(rows(user, AuditAction.NOT_VISIBLE)).extracting(AuditEntry::target)
			.contains("GET /api/reports/xa.tamduong", "GET /api/members/p00001");
	}

	@Test
	void administrators_readTheLogFilteredAndPaged_andNoOneWritesItOverHttp() {
		Http http = new Http(port);
		new WebSession().signIn(http, "organizing.tamduong", DemoTest.PASSWORD);

		HttpResponse<String> page = http.get("/api/audit?actor=organizing.tamduong&action=LOGIN&size=1", "admin:" + DemoTest.PASSWORD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("\"actor\":\"organizing.tamduong\"", "\"action\":\"LOGIN\"", "\"size\":1");

		assertThat(http.get("/api/audit?action=EDIT", "admin:" + DemoTest.PASSWORD).body()).contains("\"field\":\"action\"");
		for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
			HttpResponse<String> write = http.send(HttpRequest.newBuilder(http.uri("/api/audit"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + DemoTest.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{}"))
				.build());
			assertThat(write.statusCode()).as(method).isEqualTo(405);
		}
	}

	private List<AuditEntry> rows(String actor, AuditAction action) {
		return audit.find(new AuditQuery(actor, action, null, null, null), 0, 200).content();
	}

}
