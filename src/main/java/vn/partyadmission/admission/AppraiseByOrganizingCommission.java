package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the AppraiseByOrganizingCommission user task: records the organizing commission's appraisal. */
@Component("appraiseByOrganizingCommission")
class AppraiseByOrganizingCommission implements TaskListener {

	private final DecisionSteps steps;

	private final CaseSteps caseSteps;

	AppraiseByOrganizingCommission(DecisionSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.appraiseByOrganizingCommission(caseSteps.of(task));
	}

}
