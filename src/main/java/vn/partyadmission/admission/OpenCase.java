package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** The OpenCase service task: checks the start values and opens the case. */
@Component("openCase")
class OpenCase implements JavaDelegate {

	private final AdmissionCases steps;

	private final CaseSteps caseSteps;

	OpenCase(AdmissionCases steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.open(caseSteps.starting(execution));
	}

}
