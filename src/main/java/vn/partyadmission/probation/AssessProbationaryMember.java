package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the AssessProbationaryMember user task: records the mentor's assessment (11-KNĐ). */
@Component("assessProbationaryMember")
class AssessProbationaryMember implements TaskListener {

	private final ProbationSteps steps;

	AssessProbationaryMember(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.assessProbationaryMember(Step.of(task));
	}

}
