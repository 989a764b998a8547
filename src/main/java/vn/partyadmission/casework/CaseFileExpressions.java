package vn.partyadmission.casework;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the models' expressions read: {@code ${caseFile.route(execution).standingCommitteeGroup}}
 * for candidate groups and the path through the gateways, {@code ${caseFile.progress(execution).cellVoteOutcome}}
 * for what a step decided. Both come from the case file, never from process variables.
 */
// public with public methods: the engine's expression language calls them by reflection
@Component("caseFile")
public class CaseFileExpressions {

	private final CaseFiles files;

	CaseFileExpressions(CaseFiles files) {
		this.files = files;
	}

	public Map<String, Object> route(DelegateExecution execution) {
		return files.of(execution.getProcessInstanceId()).route().asVariables();
	}

	public Map<String, Object> progress(DelegateExecution execution) {
		return files.of(execution.getProcessInstanceId()).progress();
	}

}
