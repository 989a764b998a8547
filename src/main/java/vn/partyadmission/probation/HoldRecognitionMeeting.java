package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the HoldRecognitionMeeting user task: records and counts the cell's vote on recognition (13-KNĐ). */
@Component("holdRecognitionMeeting")
class HoldRecognitionMeeting implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	HoldRecognitionMeeting(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdRecognitionMeeting(caseSteps.of(task));
	}

}
