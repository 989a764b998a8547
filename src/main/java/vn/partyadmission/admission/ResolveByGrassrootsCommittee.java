package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ResolveByGrassrootsCommittee user task: records and counts the grassroots committee's resolution (8-KNĐ). */
@Component("resolveByGrassrootsCommittee")
class ResolveByGrassrootsCommittee implements TaskListener {

	private final VoteSteps steps;

	private final CaseSteps caseSteps;

	ResolveByGrassrootsCommittee(VoteSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.resolveByGrassrootsCommittee(caseSteps.of(task));
	}

}
