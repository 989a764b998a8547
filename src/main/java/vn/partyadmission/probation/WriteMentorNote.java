package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the WriteMentorNote user task: records the mentor's quarterly note on the member record. */
@Component("writeMentorNote")
class WriteMentorNote implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	WriteMentorNote(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.writeMentorNote(caseSteps.of(task));
	}

}
