package vn.partyadmission.membership;

import java.time.LocalDate;

/** A disciplinary measure recorded on a member. */
public record Discipline(Kind kind, LocalDate decidedOn, String decisionNumber, String reason) {

	/** Party disciplinary measures, lightest first (Charter Art. 35). */
	public enum Kind {

		REPRIMAND, WARNING, DISMISSAL, EXPULSION;

		/** A probationary member may only be reprimanded or warned (Charter Art. 5; S20). */
		public boolean allowedInProbation() {
			return this == REPRIMAND || this == WARNING;
		}

	}

}
