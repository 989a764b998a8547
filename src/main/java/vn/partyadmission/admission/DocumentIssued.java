package vn.partyadmission.admission;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published in the transaction of the step that passes a resolution or takes a decision of a case
 * (6-KNĐ, 8-KNĐ, 9-KNĐ), so the document it stands for is fixed with the step or not at all.
 *
 * @param issuingBodyId the unit whose body issued it: the cell, the grassroots committee, the
 *        competent committee
 * @param facts what the step's form recorded (votes, bases, dates), as text by name
 */
public record DocumentIssued(String caseId, String personId, String formCode, String number, LocalDate date,
		String issuingBodyId, String activityId, String actor, Map<String, String> facts) {
}
