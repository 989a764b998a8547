package vn.partyadmission.admission;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.Step;
import vn.partyadmission.shared.InvalidInputException;

/**
 * The report to the committee above on a missed deadline is its own process (overdue-report.bpmn),
 * started by the deadline's Mark…Overdue step: a case that ends meanwhile (not admitted, removed
 * from the list) ends at once, and the report is still owed and filed after it. It is bound to the
 * case's file, so its task goes to the body the case's route names.
 */
@Component("bindOverdueReport")
class OverdueReports implements ExecutionListener {

	static final String PROCESS = "overdue-report";

	private final AdmissionCases cases;

	private final CaseFiles caseFiles;

	private final RuntimeService runtime;

	OverdueReports(AdmissionCases cases, CaseFiles caseFiles, RuntimeService runtime) {
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.runtime = runtime;
	}

	/** Starts the report of a deadline of the step's case; the case id is its business key. */
	void start(Step step, String deadline) {
		Map<String, Object> display = new HashMap<>();
		for (String name : new String[] { "caseId", "personName", "cellId" }) {
			display.put(name, step.execution().getVariable(name));
		}
		runtime.startProcessInstanceByMessage("overdue-" + deadline, step.caseId(), display);
	}

	/**
	 * The start listener of overdue-report.bpmn: binds it to the open case named by its business
	 * key. Only the application starts a report (a deadline's timer); a signed-in user may not.
	 */
	@Override
	public void notify(DelegateExecution execution) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth != null) {
			throw new InvalidInputException("processDefinitionKey", "started-by-deadline",
					"Báo cáo quá hạn do hệ thống tự lập khi hết thời hạn, không được khởi tạo thủ công.");
		}
		AdmissionCase c = cases.find(execution.getProcessBusinessKey()).orElseThrow(() -> new InvalidInputException(
				"businessKey", "open-case", "Không có hồ sơ kết nạp nào đang mở với mã này."));
		caseFiles.bind(execution.getProcessInstanceId(), c.id(), c.processInstanceId());
	}

}
