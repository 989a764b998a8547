package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the ResolveByGrassrootsCommittee user task: records and counts the grassroots committee's resolution (8-KNĐ). */
@Component("resolveByGrassrootsCommittee")
class ResolveByGrassrootsCommittee implements TaskListener {

	private final VoteSteps steps;

	ResolveByGrassrootsCommittee(VoteSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.resolveByGrassrootsCommittee(Step.of(task));
	}

}
