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
	REMOVED;

	public Set<MemberStatus> next() {
		return switch (this) {
			case SOURCE_CANDIDATE -> EnumSet.of(AWARENESS_CERTIFIED, REJECTED);
			case AWARENESS_CERTIFIED -> EnumSet.of(APPLICANT, REJECTED);
			case APPLICANT -> EnumSet.of(ADMITTED, REJECTED);
			case ADMITTED -> EnumSet.of(PROBATIONARY, REJECTED);
			case PROBATIONARY -> EnumSet.of(OFFICIAL, REMOVED);
			// a new admission case after a rejection starts over as a source candidate
			case REJECTED -> EnumSet.of(SOURCE_CANDIDATE, AWARENESS_CERTIFIED);
			case OFFICIAL, REMOVED -> EnumSet.noneOf(MemberStatus.class);
		};
	}

	public boolean canMoveTo(MemberStatus target) {
		return next().contains(target);
	}

	/** Statuses from which a person may be put forward in a new admission case. */
	public boolean mayOpenCase() {
		return this == SOURCE_CANDIDATE || this == AWARENESS_CERTIFIED || this == REJECTED;
	}

}
