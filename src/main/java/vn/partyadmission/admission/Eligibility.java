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
 * at the cell meeting; the table's age rules apply at the meeting only, as age is counted on the
 * day the cell considers the case (24-QĐ/TW §1): a person of 17 years and 11 months may prepare.
 */
@Service
public class Eligibility {

	static final String DECISION = "eligibility";

	/** Where the table is asked: its input {@code checkpoint}. */
	enum Checkpoint {
		OPEN_CASE, CELL_MEETING
	}

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
		throwIfAny(violations(Checkpoint.CELL_MEETING, person, on, hardshipArea, provincialConsent, certificateDate));
	}

	/** As {@link #check} when a case opens: everything but age, which the cell meeting counts. */
	void checkAtOpening(Person person, LocalDate on, boolean hardshipArea, boolean provincialConsent,
			LocalDate certificateDate) {
		throwIfAny(violations(Checkpoint.OPEN_CASE, person, on, hardshipArea, provincialConsent, certificateDate));
	}

	private static void throwIfAny(List<FieldError> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	public List<FieldError> violations(Person person, LocalDate on, boolean hardshipArea, boolean provincialConsent,
			LocalDate certificateDate) {
		return violations(Checkpoint.CELL_MEETING, person, on, hardshipArea, provincialConsent, certificateDate);
	}

	List<FieldError> violations(Checkpoint checkpoint, Person person, LocalDate on, boolean hardshipArea,
			boolean provincialConsent, LocalDate certificateDate) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("checkpoint", checkpoint.name());
		// the literacy exception is for village heads, elders and reputable people; the register
		// records village heads (trưởng thôn, tổ trưởng dân phố) only
		inputs.put("communityLeader", person.villageHead());
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
		inputs.put("checkpoint", Checkpoint.OPEN_CASE.name());
		inputs.put("communityLeader", false);
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
