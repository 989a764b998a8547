package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the AppraiseByIntermediateCommittee user task: records the intermediate committee's appraisal (7-KNĐ). */
@Component("appraiseByIntermediateCommittee")
class AppraiseByIntermediateCommittee implements TaskListener {

	private final VoteSteps steps;

	AppraiseByIntermediateCommittee(VoteSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.appraiseByIntermediateCommittee(Step.of(task));
	}

}
