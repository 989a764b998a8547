package vn.partyadmission.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseEnded;

/** End listener of the admission process: closes the case however the process ends (also when cancelled). */
@Component("admissionCaseEnded")
class AdmissionCaseEnded implements ExecutionListener {

	private final AdmissionCases cases;

	private final ApplicationEventPublisher events;

	AdmissionCaseEnded(AdmissionCases cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	@Override
	public void notify(DelegateExecution execution) {
		cases.close(execution.getProcessInstanceId());
		events.publishEvent(new CaseEnded(execution.getProcessInstanceId()));
	}

}
