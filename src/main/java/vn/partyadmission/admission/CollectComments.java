package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the CollectComments user task: records the comments of mass organizations and the residence cell (5-KNĐ). */
@Component("collectComments")
class CollectComments implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	CollectComments(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.collectComments(caseSteps.of(task));
	}

}
