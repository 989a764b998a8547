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
 * The whole application on a real PostgreSQL behind a real HTTP port, for what only shows over the
 * wire under load: concurrent users, hostile requests. One cached context for all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the REST API and webapps address the engine by its name, "default"
		properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ServedEngineIsThisContexts.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@Import({ TestClockConfiguration.class, EmbeddedPostgresConfiguration.class })
public @interface PostgresHttpTest {

}
