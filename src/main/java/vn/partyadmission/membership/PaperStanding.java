package vn.partyadmission.membership;

import java.time.LocalDate;

/**
 * What the paper register (or the system it comes from) shows of a person taken over: the status
 * and the dates of the procedure they already went through. Dates the status has not reached are null.
 *
 * @param since the date the status was reached: the official date, the ceremony, or the take-over
 * @param probationEndDate the ceremony plus the probation months (admission.rules.probation-months)
 */
public record PaperStanding(MemberStatus status, LocalDate since, LocalDate admissionDecisionDate,
		LocalDate ceremonyDate, LocalDate probationEndDate, LocalDate officialDate) {
}
