package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the ResolveRecognitionByGrassrootsCommittee user task: records the grassroots committee's resolution (15-KNĐ). */
@Component("resolveRecognitionByGrassrootsCommittee")
class ResolveRecognitionByGrassrootsCommittee implements TaskListener {

	private final ProbationSteps steps;

	ResolveRecognitionByGrassrootsCommittee(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.resolveRecognitionByGrassrootsCommittee(Step.of(task));
	}

}
