package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the AppraiseByIntermediateCommittee user task: records the intermediate committee's appraisal (7-KNĐ). */
@Component("appraiseByIntermediateCommittee")
class AppraiseByIntermediateCommittee implements TaskListener {

	private final VoteSteps steps;

	private final CaseSteps caseSteps;

	AppraiseByIntermediateCommittee(VoteSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.appraiseByIntermediateCommittee(caseSteps.of(task));
	}

}
