package vn.partyadmission.casework;

import java.time.LocalDate;
import java.util.Map;
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

	/**
	 * What the newest stored version of the case's document of that form code records (number, date,
	 * the figures it was written from), for showing the dossier on a later step's form; empty if none.
	 */
	default Optional<Issued> latest(String caseId, String formCode) {
		return Optional.empty();
	}

	/** A stored document's number, date and figures (e.g. baseMembers, attendees, votesFor, votesAgainst). */
	record Issued(String number, LocalDate date, Map<String, String> facts) {
	}

}
