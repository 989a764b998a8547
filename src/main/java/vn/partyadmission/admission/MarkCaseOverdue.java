package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseSteps;

/**
 * The Mark…Overdue service tasks behind each deadline's boundary timer: the case is marked overdue
 * on its record. The deadline's name is the activity's input parameter "deadline".
 */
@Component("markCaseOverdue")
class MarkCaseOverdue implements JavaDelegate {

	private final AdmissionCases cases;

	private final CaseSteps caseSteps;

	MarkCaseOverdue(AdmissionCases cases, CaseSteps caseSteps) {
		this.cases = cases;
		this.caseSteps = caseSteps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.markOverdue(caseSteps.of(execution), (String) execution.getVariableLocal("deadline"));
	}

}
