package vn.partyadmission.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.Step;

/** The ApplyProbationChange service task: records a discipline or a new mentor. */
@Component("applyProbationChange")
class ApplyProbationChange implements JavaDelegate {

	private final ProbationChanges changes;

	ApplyProbationChange(ProbationChanges changes) {
		this.changes = changes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		changes.apply(Step.of(execution));
	}

}
