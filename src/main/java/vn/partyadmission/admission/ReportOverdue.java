package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/**
 * Completion of a Report…Overdue task: the explanation given to the committee above. The report
 * may be filed after its case ended (overdue-report.bpmn does not hold the case).
 */
@Component("reportOverdue")
class ReportOverdue implements TaskListener {

	private final DossierSteps steps;

	private final CaseSteps caseSteps;

	ReportOverdue(DossierSteps steps, CaseSteps caseSteps) {
		this.steps = steps;
		this.caseSteps = caseSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		steps.reportOverdue(caseSteps.ofOpenOrEnded(task));
	}

}
