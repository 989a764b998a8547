package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the RecordNewMemberCourse user task: records the new-member course certificate. */
@Component("recordNewMemberCourse")
class RecordNewMemberCourse implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	RecordNewMemberCourse(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordNewMemberCourse(caseSteps.of(task));
	}

}
