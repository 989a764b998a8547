package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the RecordNewMemberCourse user task: records the new-member course certificate. */
@Component("recordNewMemberCourse")
class RecordNewMemberCourse implements TaskListener {

	private final ProbationSteps steps;

	RecordNewMemberCourse(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordNewMemberCourse(Step.of(task));
	}

}
