package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** Completion of the RecordSelfReview user task: records the member's self-review (10-KNĐ). */
@Component("recordSelfReview")
class RecordSelfReview implements TaskListener {

	private final ProbationSteps steps;

	RecordSelfReview(ProbationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordSelfReview(Step.of(task));
	}

}
