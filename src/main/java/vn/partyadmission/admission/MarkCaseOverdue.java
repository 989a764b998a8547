package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;
import vn.partyadmission.casework.Step;

/**
 * The Mark…Overdue service tasks behind each deadline's timer: the case is marked overdue on its
 * record. The deadline's name is the activity's input parameter "deadline"; where the model also
 * names "report" (true), the report to the committee above starts as its own process
 * (overdue-report.bpmn), which does not hold the case. Models before version 2 carry their report
 * task themselves and name no "report".
 */
@Component("markCaseOverdue")
class MarkCaseOverdue implements JavaDelegate {

	private final AdmissionCases cases;

	private final CaseSteps caseSteps;

	private final OverdueReports reports;

	MarkCaseOverdue(AdmissionCases cases, CaseSteps caseSteps, OverdueReports reports) {
		this.cases = cases;
		this.caseSteps = caseSteps;
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Step step = caseSteps.of(execution);
		String deadline = (String) execution.getVariableLocal("deadline");
		cases.markOverdue(step, deadline);
		if ("true".equals(String.valueOf(execution.getVariableLocal("report")))) {
			reports.start(step, deadline);
		}
	}

}
