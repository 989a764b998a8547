package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the HoldAdmissionCeremony user task: records the ceremony, the oath and the mentor. */
@Component("holdAdmissionCeremony")
class HoldAdmissionCeremony implements TaskListener {

	private final DecisionSteps steps;

	HoldAdmissionCeremony(DecisionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdAdmissionCeremony(Step.of(task));
	}

}
