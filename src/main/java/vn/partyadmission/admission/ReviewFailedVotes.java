package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ReviewFailedVotes user task: records the committee above's review of the third failed vote. */
@Component("reviewFailedVotes")
class ReviewFailedVotes implements TaskListener {

	private final VoteSteps steps;

	private final CaseSteps caseSteps;

	ReviewFailedVotes(VoteSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reviewFailedVotes(caseSteps.of(task));
	}

}
