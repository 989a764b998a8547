package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ResolveRecognitionByGrassrootsCommittee user task: records the grassroots committee's resolution (15-KNĐ). */
@Component("resolveRecognitionByGrassrootsCommittee")
class ResolveRecognitionByGrassrootsCommittee implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	ResolveRecognitionByGrassrootsCommittee(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.resolveRecognitionByGrassrootsCommittee(caseSteps.of(task));
	}

}
