package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the ConsentToLateCeremony user task: the committee above consents to a late ceremony or refuses it. */
@Component("consentToLateCeremony")
class ConsentToLateCeremony implements TaskListener {

	private final DecisionSteps steps;

	private final CaseSteps caseSteps;

	ConsentToLateCeremony(DecisionSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.consentToLateCeremony(caseSteps.of(task));
	}

}
