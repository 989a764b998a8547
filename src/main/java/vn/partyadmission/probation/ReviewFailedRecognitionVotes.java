package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ReviewFailedRecognitionVotes user task: records the committee above's review of the third failed vote. */
@Component("reviewFailedRecognitionVotes")
class ReviewFailedRecognitionVotes implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	ReviewFailedRecognitionVotes(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reviewFailedRecognitionVotes(caseSteps.of(task));
	}

}
