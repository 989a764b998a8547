package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ReceiveApplication user task: records the application (1-KNĐ) and personal history (2-KNĐ). */
@Component("receiveApplication")
class ReceiveApplication implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	ReceiveApplication(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.receiveApplication(caseSteps.of(task));
	}

}
