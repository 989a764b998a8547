package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the DecideAdmission user task: records the standing committee's decision (9-KNĐ). */
@Component("decideAdmission")
class DecideAdmission implements TaskListener {

	private final DecisionSteps steps;

	private final CaseSteps caseSteps;

	DecideAdmission(DecisionSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.decideAdmission(caseSteps.of(task));
	}

}
