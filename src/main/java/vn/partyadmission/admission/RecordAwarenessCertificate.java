package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the RecordAwarenessCertificate user task: records the awareness-class certificate (CN-NTVĐ). */
@Component("recordAwarenessCertificate")
class RecordAwarenessCertificate implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	RecordAwarenessCertificate(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordAwarenessCertificate(caseSteps.of(task));
	}

}
