package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** The ApplyProbationChange service task: records a discipline or a new mentor. */
@Component("applyProbationChange")
class ApplyProbationChange implements JavaDelegate {

	private final ProbationChanges changes;

	private final CaseSteps caseSteps;

	ApplyProbationChange(ProbationChanges changes, CaseSteps caseSteps) {
		this.changes = changes;
		this.caseSteps = caseSteps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		changes.apply(caseSteps.starting(execution));
	}

}
