package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** The RecordNotAdmitted service task: records on the member record that the person was not admitted. */
@Component("recordNotAdmitted")
class RecordNotAdmitted implements JavaDelegate {

	private final DecisionSteps steps;

	private final CaseSteps caseSteps;

	RecordNotAdmitted(DecisionSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.recordNotAdmitted(caseSteps.of(execution));
	}

}
