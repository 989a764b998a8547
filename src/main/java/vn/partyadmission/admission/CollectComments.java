package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the CollectComments user task: records the comments of mass organizations and the residence cell (5-KNĐ). */
@Component("collectComments")
class CollectComments implements TaskListener {

	private final DossierSteps steps;

	CollectComments(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.collectComments(Step.of(task));
	}

}
