package vn.partyadmission.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of probation.bpmn: the probation acts on the case of the admission that called it. */
@Component("bindToCase")
class BindToCase implements ExecutionListener {

	private final CaseFiles files;

	BindToCase(CaseFiles files) {
		this.files = files;
	}

	@Override
	public void notify(DelegateExecution execution) {
		files.bindCalledProcess(execution);
	}

}
