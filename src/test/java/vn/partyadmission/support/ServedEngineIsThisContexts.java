package vn.partyadmission.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find the engine by name in a static registry, where the last
 * context started wins: with the demo context and the PostgreSQL context cached side by side, both
 * named "default", requests to one context's port would reach the other's engine and database.
 * Before each test the engine of the test's own context is the one served.
 */
public class ServedEngineIsThisContexts implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
	}

}
