package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the HoldAdmissionCeremony user task: records the ceremony, the oath and the mentor. */
@Component("holdAdmissionCeremony")
class HoldAdmissionCeremony implements TaskListener {

	private final DecisionSteps steps;

	private final CaseSteps caseSteps;

	HoldAdmissionCeremony(DecisionSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdAdmissionCeremony(caseSteps.of(task));
	}

}
