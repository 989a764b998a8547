package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the DecideRecognition user task: records the decision: official member, removal, or an extension. */
@Component("decideRecognition")
class DecideRecognition implements TaskListener {

	private final ProbationSteps steps;

	DecideRecognition(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.decideRecognition(Step.of(task));
	}

}
