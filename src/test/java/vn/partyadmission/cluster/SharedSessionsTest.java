package vn.partyadmission.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.PartyAdmissionApplication;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.TestClockConfiguration;
import vn.partyadmission.support.WebSession;

/**
 * Two web nodes on one PostgreSQL, as behind the round-robin load balancer of docker-compose.yml:
 * a browser signed in on one node is signed in on the other (the session lives in the database,
 * Camunda's webapp authentication included), and signing out on one node ends it on both.
 */
class SharedSessionsTest {

	static final String PASSWORD = "Shared-Session-pw1";

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoWebNodes() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		nodeA = node("a");
		nodeB = node("b");
		IdentityService identity = nodeA.getBean(IdentityService.class);
		User clerk = identity.newUser("clerk");
		clerk.setPassword(PASSWORD);
		identity.saveUser(clerk);
	}

	@AfterAll
	static void stopNodes() throws Exception {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(PartyAdmissionApplication.class, TestClockConfiguration.class)
			.profiles("test")
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=5000",
					"--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true",
					"--spring.application.name=node-" + name);
	}

	@Test
	void signedInOnNodeA_isSignedInOnNodeB_withCamundasWebappAuthentication_andSigningOutOnBEndsItOnA() {
		Http a = new Http(port(nodeA));
		Http b = new Http(port(nodeB));
		WebSession browser = new WebSession();

		HttpResponse<String> signIn = browser.signIn(a, "clerk", PASSWORD);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

		// in one JVM the engines need distinct names; on real nodes both are "default"
		HttpResponse<String> tasksOnB = browser.get(b, "/camunda/api/engine/engine/" + engine(nodeB) + "/task/count");
		assertThat(tasksOnB.statusCode()).as(tasksOnB.body()).isEqualTo(200);
		assertThat(tasksOnB.body()).contains("\"count\"");
		HttpResponse<String> userOnB = browser.get(b, "/camunda/api/admin/auth/user/" + engine(nodeB));
		assertThat(userOnB.statusCode()).as(userOnB.body()).isEqualTo(200);
		assertThat(userOnB.body()).contains("\"userId\":\"clerk\"");
		HttpResponse<String> tasksOnA = browser.get(a, "/camunda/api/engine/engine/" + engine(nodeA) + "/task/count");
		assertThat(tasksOnA.statusCode()).as(tasksOnA.body()).isEqualTo(200);
		// Camunda's authentication was serialized into the shared session
		assertThat(sessionAttributes()).anySatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
			.contains("org.camunda.bpm.webapp.impl.security.auth.Authentications"));

		HttpResponse<String> signOut = browser.postToCamunda(b, "/camunda/api/admin/auth/user/" + engine(nodeB) + "/logout");
		assertThat(signOut.statusCode()).isEqualTo(204);

		HttpResponse<String> afterOnA = browser.get(a, "/camunda/api/engine/engine/" + engine(nodeA) + "/task/count");
		assertThat(afterOnA.statusCode()).isIn(302, 401);
		assertThat(nodeA.getBean(JdbcClient.class).sql("select count(*) from spring_session where principal_name = 'clerk'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aSessionIdThatNeverSignedIn_getsNothingOnEitherNode() {
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			HttpResponse<String> response = new WebSession().cookie(WebSession.COOKIE, "bm90LWEtc2Vzc2lvbg")
				.get(new Http(port(node)), "/camunda/api/engine/engine/" + engine(node) + "/task/count");
			assertThat(response.statusCode()).isIn(302, 401);
		}
	}

	private static List<byte[]> sessionAttributes() {
		return nodeA.getBean(JdbcClient.class)
			.sql("select a.attribute_bytes from spring_session_attributes a join spring_session s "
					+ "on s.primary_id = a.session_primary_id where s.principal_name = 'clerk'")
			.query(byte[].class)
			.list();
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static String engine(ConfigurableApplicationContext node) {
		return node.getBean(ProcessEngine.class).getName();
	}

}
