package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The RecordNotAdmitted service task: records on the member record that the person was not admitted. */
@Component("recordNotAdmitted")
class RecordNotAdmitted implements JavaDelegate {

	private final DecisionSteps steps;

	RecordNotAdmitted(DecisionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.recordNotAdmitted(Step.of(execution));
	}

}
