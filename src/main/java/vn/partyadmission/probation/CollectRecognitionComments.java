package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the CollectRecognitionComments user task: records the comments of mass organizations and the residence cell (12-KNĐ). */
@Component("collectRecognitionComments")
class CollectRecognitionComments implements TaskListener {

	private final ProbationSteps steps;

	private final CaseSteps caseSteps;

	CollectRecognitionComments(ProbationSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.collectRecognitionComments(caseSteps.of(task));
	}

}
