package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the HoldCellMeeting user task: records and counts the cell's vote (6-KNĐ). */
@Component("holdCellMeeting")
class HoldCellMeeting implements TaskListener {

	private final VoteSteps steps;

	private final CaseSteps caseSteps;

	HoldCellMeeting(VoteSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdCellMeeting(caseSteps.of(task));
	}

}
