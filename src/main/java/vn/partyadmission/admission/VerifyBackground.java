package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the VerifyBackground user task: records the grassroots committee's verification (20-KNĐ). */
@Component("verifyBackground")
class VerifyBackground implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	VerifyBackground(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.verifyBackground(caseSteps.of(task));
	}

}
