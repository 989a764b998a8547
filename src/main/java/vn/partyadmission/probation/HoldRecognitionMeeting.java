package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the HoldRecognitionMeeting user task: records and counts the cell's vote on recognition (13-KNĐ). */
@Component("holdRecognitionMeeting")
class HoldRecognitionMeeting implements TaskListener {

	private final ProbationSteps steps;

	HoldRecognitionMeeting(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdRecognitionMeeting(Step.of(task));
	}

}
