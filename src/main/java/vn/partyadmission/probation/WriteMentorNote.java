package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the WriteMentorNote user task: records the mentor's quarterly note on the member record. */
@Component("writeMentorNote")
class WriteMentorNote implements TaskListener {

	private final ProbationSteps steps;

	WriteMentorNote(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.writeMentorNote(Step.of(task));
	}

}
