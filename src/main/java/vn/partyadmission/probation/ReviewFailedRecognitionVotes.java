package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the ReviewFailedRecognitionVotes user task: records the committee above's review of the third failed vote. */
@Component("reviewFailedRecognitionVotes")
class ReviewFailedRecognitionVotes implements TaskListener {

	private final ProbationSteps steps;

	ReviewFailedRecognitionVotes(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reviewFailedRecognitionVotes(Step.of(task));
	}

}
