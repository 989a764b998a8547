package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the DecideAdmission user task: records the standing committee's decision (9-KNĐ). */
@Component("decideAdmission")
class DecideAdmission implements TaskListener {

	private final DecisionSteps steps;

	DecideAdmission(DecisionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.decideAdmission(Step.of(task));
	}

}
