package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the AppraiseByOrganizingCommission user task: records the organizing commission's appraisal. */
@Component("appraiseByOrganizingCommission")
class AppraiseByOrganizingCommission implements TaskListener {

	private final DecisionSteps steps;

	AppraiseByOrganizingCommission(DecisionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.appraiseByOrganizingCommission(Step.of(task));
	}

}
