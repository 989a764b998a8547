package vn.partyadmission.admission;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import vn.partyadmission.membership.Person;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.InvalidInputException.FieldError;
import vn.partyadmission.shared.Messages;

/**
 * Age, education and certificate rules, decided by processes/eligibility.dmn so an administrator
 * can change a limit by deploying a new version of the table. Checked when a case opens and again
 * at the cell meeting, where age counts.
 */
@Service
public class Eligibility {

	static final String DECISION = "eligibility";

	private final DecisionService decisions;

	Eligibility(DecisionService decisions) {
		this.decisions = decisions;
	}

	/**
	 * @param certificateDate date of the awareness-class certificate, or null when there is none yet
	 * @throws InvalidInputException naming each violated rule
	 */
	public void check(Person person, LocalDate on, boolean hardshipArea, boolean provincialConsent,
			LocalDate certificateDate) {
		List<FieldError> violations = violations(person, on, hardshipArea, provincialConsent, certificateDate);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	public List<FieldError> violations(Person person, LocalDate on, boolean hardshipArea, boolean provincialConsent,
			LocalDate certificateDate) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("ageMonths", fullMonths(person.dateOfBirth(), on));
		inputs.put("provincialConsent", provincialConsent);
		inputs.put("education", person.education().name());
		inputs.put("hardshipArea", hardshipArea);
		inputs.put("certificateAgeMonths", certificateDate == null ? null : fullMonths(certificateDate, on));
		return decisions.evaluateDecisionByKey(DECISION)
			.variables(inputs)
			.evaluate()
			.getResultList()
			.stream()
			// the table's own message is the fallback for a rule an administrator adds without a translation
			.map(r -> new FieldError(fieldOf((String) r.get("ruleCode")), (String) r.get("ruleCode"),
					Messages.sayOr("refusal." + r.get("ruleCode"), (String) r.get("message"))))
			.toList();
	}

	/** Whether a certificate is still valid on a date, by the same table. */
	public boolean certificateValid(LocalDate certificateDate, LocalDate on) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("ageMonths", 300);
		inputs.put("provincialConsent", true);
		inputs.put("education", "HIGHER");
		inputs.put("hardshipArea", false);
		inputs.put("certificateAgeMonths", fullMonths(certificateDate, on));
		return decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getResultList().isEmpty();
	}

	/** Age "counted in months" (24-QĐ/TW §1): whole months completed on the date. */
	static int fullMonths(LocalDate from, LocalDate on) {
		return (int) Period.between(from, on).toTotalMonths();
	}

	private static String fieldOf(String ruleCode) {
		if (ruleCode.startsWith("AGE")) {
			return "dateOfBirth";
		}
		if (ruleCode.startsWith("EDUCATION")) {
			return "education";
		}
		return "certificateDate";
	}

}
