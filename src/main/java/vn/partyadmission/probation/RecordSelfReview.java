package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the RecordSelfReview user task: records the member's self-review (10-KNĐ). */
@Component("recordSelfReview")
class RecordSelfReview implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	RecordSelfReview(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordSelfReview(caseSteps.of(task));
	}

}
