package vn.partyadmission.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The application as the README runs it: demo data and users, a real HTTP port, its own
 * in-memory database; one cached context for all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the REST API and webapps address the engine by its name, "default"
		properties = { "camunda.bpm.generate-unique-process-engine-name=false",
				"spring.datasource.url=jdbc:h2:mem:party-admission-demo;DB_CLOSE_DELAY=-1" })
@ActiveProfiles({ "test", "demo" })
@TestExecutionListeners(listeners = ServedEngineIsThisContexts.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@Import(TestClockConfiguration.class)
public @interface DemoTest {

	/** The demo users' public password (application-demo.yml, README): it follows the password policy. */
	String PASSWORD = "Demo-2026-vn";

}
