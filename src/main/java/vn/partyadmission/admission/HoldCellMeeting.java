package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the HoldCellMeeting user task: records and counts the cell's vote (6-KNĐ). */
@Component("holdCellMeeting")
class HoldCellMeeting implements TaskListener {

	private final VoteSteps steps;

	HoldCellMeeting(VoteSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.holdCellMeeting(Step.of(task));
	}

}
