package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the AssessProbationaryMember user task: records the mentor's assessment (11-KNĐ). */
@Component("assessProbationaryMember")
class AssessProbationaryMember implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	AssessProbationaryMember(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.assessProbationaryMember(caseSteps.of(task));
	}

}
