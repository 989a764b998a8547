package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of a Report…Overdue task: the explanation (or consent) given to the committee above. */
@Component("reportOverdue")
class ReportOverdue implements TaskListener {

	private final DossierSteps steps;

	ReportOverdue(DossierSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reportOverdue(Step.of(task));
	}

}
