package vn.partyadmission.membership;

import java.time.LocalDate;
import java.time.Period;

public record MemberRecord(String personId, MemberStatus status, LocalDate statusSince,
		String awarenessCertificateNumber, LocalDate awarenessCertificateDate, String admissionDecisionNumber,
		LocalDate admissionDecisionDate, LocalDate ceremonyDate, LocalDate probationEndDate, LocalDate officialDate,
		String mentorId, String newMemberCourseNumber, LocalDate newMemberCourseDate) {

	/** Party age counts from the admission decision date, not the ceremony (01-HD/TW). */
	public Period partyAge(LocalDate on) {
		return admissionDecisionDate == null || on.isBefore(admissionDecisionDate) ? Period.ZERO
				: Period.between(admissionDecisionDate, on);
	}

}
