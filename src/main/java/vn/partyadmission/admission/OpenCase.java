package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The OpenCase service task: checks the start values and opens the case. */
@Component("openCase")
class OpenCase implements JavaDelegate {

	private final AdmissionCases steps;

	OpenCase(AdmissionCases steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.open(Step.of(execution));
	}

}
