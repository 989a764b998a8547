package vn.partyadmission.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import vn.partyadmission.membership.Person;
import vn.partyadmission.shared.InvalidInputException.FieldError;

/**
 * Who introduces an applicant, by processes/introduction.dmn: how many official members each way
 * of introduction needs, which union resolution goes with it, and which way an applicant may or
 * must take (a Youth Union member of youth age is introduced by the Youth Union). A later
 * regulation changes the table, not this class.
 */
@Service
class IntroductionRules {

	/** What a way of introduction needs: official members and, for a union's, its resolution's form (4-KNĐ, 4A-KNĐ). */
	record Needs(int officialMembers, String unionResolutionForm) {

		boolean unionResolution() {
			return unionResolutionForm != null;
		}

	}

	private final DecisionService decisions;

	IntroductionRules(DecisionService decisions) {
		this.decisions = decisions;
	}

	Needs needs(IntroductionPath path) {
		DmnDecisionResultEntries row = decisions.evaluateDecisionByKey("introductionPath")
			.variables(Map.of("path", path.name()))
			.evaluate()
			.getSingleResult();
		return new Needs(((Number) row.get("officialMembers")).intValue(), (String) row.get("unionResolutionForm"));
	}

	/** The way a person must be introduced, if the rules leave only one (the Youth Union's for its members of youth age). */
	java.util.Optional<IntroductionPath> required(Person person, LocalDate on) {
		return violations(IntroductionPath.TWO_MEMBERS, person, on).stream()
			.anyMatch(v -> v.rule().equals("YOUTH_UNION_PATH_REQUIRED"))
				? java.util.Optional.of(IntroductionPath.YOUTH_UNION) : java.util.Optional.empty();
	}

	/** The rules the chosen way breaks for this person on the day the case opens, each on {@code introductionPath}. */
	List<FieldError> violations(IntroductionPath path, Person person, LocalDate on) {
		return decisions.evaluateDecisionByKey("introductionRules")
			.variables(Map.of("path", path.name(), "ageMonths", Eligibility.fullMonths(person.dateOfBirth(), on),
					"youthUnionMember", person.youthUnionMember()))
			.evaluate()
			.getResultList()
			.stream()
			.map(r -> new FieldError("introductionPath", (String) r.get("ruleCode"), (String) r.get("message")))
			.toList();
	}

}
