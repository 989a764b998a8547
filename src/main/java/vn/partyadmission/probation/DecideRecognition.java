package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the DecideRecognition user task: records the decision: official member, removal, or an extension. */
@Component("decideRecognition")
class DecideRecognition implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	DecideRecognition(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.decideRecognition(caseSteps.of(task));
	}

}
