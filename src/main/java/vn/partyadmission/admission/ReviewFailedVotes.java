package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the ReviewFailedVotes user task: records the committee above's review of the third failed vote. */
@Component("reviewFailedVotes")
class ReviewFailedVotes implements TaskListener {

	private final VoteSteps steps;

	ReviewFailedVotes(VoteSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reviewFailedVotes(Step.of(task));
	}

}
