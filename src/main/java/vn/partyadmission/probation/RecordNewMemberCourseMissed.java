package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** The RecordNewMemberCourseMissed service task: probation ended and the new-member course was never recorded. */
@Component("recordNewMemberCourseMissed")
class RecordNewMemberCourseMissed implements JavaDelegate {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	RecordNewMemberCourseMissed(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.newMemberCourseMissed(caseSteps.of(execution));
	}

}
