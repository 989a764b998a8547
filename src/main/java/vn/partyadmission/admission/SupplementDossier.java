package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the SupplementDossier user task: records what the cell added to a returned dossier. */
@Component("supplementDossier")
class SupplementDossier implements TaskListener {

	private final DossierSteps steps;

	SupplementDossier(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.supplementDossier(Step.of(task));
	}

}
