package vn.partyadmission.reorganization;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reform plan does, or did: the units it adds and ends, the people who move, each open case
 * with its new route, and the bodies that will have no user. The preview is this outcome computed
 * by applying the plan and rolling it back; applying returns the same, committed.
 */
public record Outcome(long planId, LocalDate effectiveDate, boolean applied, List<UnitLine> units,
		List<PersonLine> people, List<CaseLine> cases, int tasksMoved, List<String> bodiesWithoutUsers) {

	/** A unit added, or ended and handed to its successor (null: ended without one). */
	public record UnitLine(String unitId, String name, String change, String successorId) {
	}

	public record PersonLine(String personId, String fullName, String fromCellId, String toCellId) {
	}

	/** An open case: its cell and competent committee before and after, and who decides and appraises after. */
	public record CaseLine(String caseId, String personId, String fromCellId, String toCellId,
			String fromCompetentCommitteeId, String toCompetentCommitteeId, String decidingGroup,
			String organizingGroup) {
	}

}
