package vn.partyadmission.membership;

import java.util.EnumSet;
import java.util.Set;

/** Standing of a person in the procedure (domain reference, "Model hints": case states). Moves forward only. */
public enum MemberStatus {

	/** Outstanding person in the cell's source list (quần chúng ưu tú). */
	SOURCE_CANDIDATE,
	/** Holds a valid awareness-class certificate (CN-NTVĐ). */
	AWARENESS_CERTIFIED,
	/** Has filed the application (1-KNĐ) and personal history (2-KNĐ). */
	APPLICANT,
	/** The case ended without admission; a later case starts a new cycle. */
	REJECTED,
	/** The competent committee decided to admit (9-KNĐ); Party age counts from this decision. */
	ADMITTED,
	/** Sworn in at the ceremony; 12 months of probation. */
	PROBATIONARY,
	OFFICIAL,
	/** Removed from the list of probationary members (xóa tên). */
	REMOVED,
	/**
	 * The case ended by the person's situation before the ceremony (withdrawal, moving away): an
	 * ordinary person again, who may be proposed in a new case (docs/member-life.md).
	 */
	CASE_ENDED,
	/** Found later not to meet the conditions of admission: the case ended and no new one may open. */
	DISQUALIFIED,
	/** Died (từ trần). */
	DECEASED,
	/** Transferred to a Party organization outside this register (another province): no longer on it. */
	TRANSFERRED_OUT;

	public Set<MemberStatus> next() {
		return switch (this) {
			case SOURCE_CANDIDATE -> EnumSet.of(AWARENESS_CERTIFIED, REJECTED, CASE_ENDED, DISQUALIFIED, DECEASED, TRANSFERRED_OUT);
			case AWARENESS_CERTIFIED -> EnumSet.of(APPLICANT, REJECTED, CASE_ENDED, DISQUALIFIED, DECEASED, TRANSFERRED_OUT);
			case APPLICANT -> EnumSet.of(ADMITTED, REJECTED, CASE_ENDED, DISQUALIFIED, DECEASED, TRANSFERRED_OUT);
			case ADMITTED -> EnumSet.of(PROBATIONARY, REJECTED, CASE_ENDED, DISQUALIFIED, DECEASED, TRANSFERRED_OUT);
			case PROBATIONARY -> EnumSet.of(OFFICIAL, REMOVED, DECEASED, TRANSFERRED_OUT);
			case OFFICIAL -> EnumSet.of(DECEASED, TRANSFERRED_OUT);
			// a new admission case after a rejection or an ended case starts over as a source candidate
			case REJECTED, CASE_ENDED -> EnumSet.of(SOURCE_CANDIDATE, AWARENESS_CERTIFIED, DISQUALIFIED, DECEASED,
					TRANSFERRED_OUT);
			case REMOVED, DISQUALIFIED, DECEASED, TRANSFERRED_OUT -> EnumSet.noneOf(MemberStatus.class);
		};
	}

	public boolean canMoveTo(MemberStatus target) {
		return next().contains(target);
	}

	/** Statuses from which a person may be put forward in a new admission case. */
	public boolean mayOpenCase() {
		return this == SOURCE_CANDIDATE || this == AWARENESS_CERTIFIED || startsOver();
	}

	/** A new case of a person with this status starts a new cycle: after a rejection or an ended case. */
	public boolean startsOver() {
		return this == REJECTED || this == CASE_ENDED;
	}

	/** Admitted and sworn in: a probationary or official member, whose Party life a transfer moves. */
	public boolean isMember() {
		return this == PROBATIONARY || this == OFFICIAL;
	}

}
