package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the VerifyBackground user task: records the grassroots committee's verification (20-KNĐ). */
@Component("verifyBackground")
class VerifyBackground implements TaskListener {

	private final DossierSteps steps;

	VerifyBackground(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.verifyBackground(Step.of(task));
	}

}
