package vn.partyadmission.casework;

import java.util.Optional;

/**
 * Where a case's official document downloads, for the case's timeline: admission asks, the
 * documents module (which depends on admission) answers, so neither needs the other's classes.
 */
public interface IssuedDocuments {

	/**
	 * The API link of the newest stored version of the case's document of that form code (e.g.
	 * "9-KNĐ"), or empty if none is stored (a form the module does not produce, a vote that failed).
	 */
	Optional<String> latestPdf(String caseId, String formCode);

}
