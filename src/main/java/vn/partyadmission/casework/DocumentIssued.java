package vn.partyadmission.casework;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published in the transaction of the step that passes a resolution or takes a decision of a case
 * (admission: 6-KNĐ, 8-KNĐ, 9-KNĐ, the ceremony's record; probation: 13-KNĐ, 15-KNĐ, the decision to recognise or to
 * remove), so the document it stands for is fixed with the step or not at all. In casework, as
 * both admission and probation publish it and probation builds on casework, not on admission.
 *
 * @param number the number the body gave it, from its register of the year ({@link DecisionNumbers}):
 *        typed on the form or the body's next ("07-NQ/CB", the ceremony's record "03-BB/CB")
 * @param issuingBodyId the unit whose body issued it: the cell, the grassroots committee, the
 *        competent committee
 * @param facts what the step's form recorded (votes, bases, dates), as text by name
 */
public record DocumentIssued(String caseId, String personId, String formCode, String number, LocalDate date,
		String issuingBodyId, String activityId, String actor, Map<String, String> facts) {
}
