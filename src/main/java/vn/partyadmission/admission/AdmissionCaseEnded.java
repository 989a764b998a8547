package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the admission process: closes the case however the process ends (also when cancelled). */
@Component("admissionCaseEnded")
class AdmissionCaseEnded implements ExecutionListener {

	private final AdmissionCases cases;

	AdmissionCaseEnded(AdmissionCases cases) {
		this.cases = cases;
	}

	@Override
	public void notify(DelegateExecution execution) {
		cases.close(execution.getProcessInstanceId());
	}

}
