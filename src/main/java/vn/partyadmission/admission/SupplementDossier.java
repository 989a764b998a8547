package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/** Completion of the SupplementDossier user task: records what the cell added to a returned dossier. */
@Component("supplementDossier")
class SupplementDossier implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	SupplementDossier(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.supplementDossier(caseSteps.of(task));
	}

}
