package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the ReceiveApplication user task: records the application (1-KNĐ) and personal history (2-KNĐ). */
@Component("receiveApplication")
class ReceiveApplication implements TaskListener {

	private final DossierSteps steps;

	ReceiveApplication(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.receiveApplication(Step.of(task));
	}

}
