package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the RecordAwarenessCertificate user task: records the awareness-class certificate (CN-NTVĐ). */
@Component("recordAwarenessCertificate")
class RecordAwarenessCertificate implements TaskListener {

	private final DossierSteps steps;

	RecordAwarenessCertificate(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.recordAwarenessCertificate(Step.of(task));
	}

}
