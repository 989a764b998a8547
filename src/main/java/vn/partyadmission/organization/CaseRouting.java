package vn.partyadmission.organization;

import java.util.HashMap;
import java.util.Map;

/**
 * Which bodies act on a cell's admission case at a given date, as Camunda candidate groups. Kept as
 * process variables so that Tasklist shows who acts and a reorganisation can re-route open cases.
 */
public record CaseRouting(String cellId, String grassrootsId, String intermediateId, String competentCommitteeId,
		String cellSecretaryGroup, String grassrootsCommitteeGroup, String intermediateCommitteeGroup,
		String committeeAboveCellGroup, String organizingCommissionGroup, String standingCommitteeGroup,
		String aboveCompetentCommitteeGroup) {

	public boolean hasGrassrootsCommittee() {
		return grassrootsId != null;
	}

	public boolean hasIntermediateCommittee() {
		return intermediateId != null;
	}

	public Map<String, Object> asVariables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("cellId", cellId);
		variables.put("competentCommitteeId", competentCommitteeId);
		variables.put("cellSecretaryGroup", cellSecretaryGroup);
		variables.put("grassrootsCommitteeGroup", grassrootsCommitteeGroup);
		variables.put("intermediateCommitteeGroup", intermediateCommitteeGroup);
		variables.put("committeeAboveCellGroup", committeeAboveCellGroup);
		variables.put("organizingCommissionGroup", organizingCommissionGroup);
		variables.put("standingCommitteeGroup", standingCommitteeGroup);
		variables.put("aboveCompetentCommitteeGroup", aboveCompetentCommitteeGroup);
		variables.put("hasGrassrootsCommittee", hasGrassrootsCommittee());
		variables.put("hasIntermediateCommittee", hasIntermediateCommittee());
		return variables;
	}

}
