package vn.partyadmission.casework;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import vn.partyadmission.shared.Inputs;

/** Vote thresholds from processes/vote-rules.dmn and the arithmetic checks on a recorded vote. */
@Service
public class VoteRules {

	/** Voting bodies named in vote-rules.dmn. */
	public enum Body {
		CELL_ADMISSION, GRASSROOTS_COMMITTEE, CELL_RECOGNITION
	}

	/** How a vote ends: passed, failed and to be repeated, or failed for the last time and sent above. */
	public enum Outcome {
		PASSED, FAILED, ESCALATED
	}

	/** At least numerator/denominator of the base must agree; after maxFailedVotes the case escalates. */
	public record Majority(int numerator, int denominator, int maxFailedVotes) {

		/** The outcome of the {@code attempt}-th vote (counting from 1). */
		public Outcome outcome(int votesFor, int base, int attempt) {
			return isReachedBy(votesFor, base) ? Outcome.PASSED
					: attempt >= maxFailedVotes ? Outcome.ESCALATED : Outcome.FAILED;
		}


		public boolean isReachedBy(int votesFor, int base) {
			return base > 0 && (long) votesFor * denominator >= (long) base * numerator;
		}

		public int votesNeeded(int base) {
			return (int) Math.ceil((double) base * numerator / denominator);
		}

	}

	private final DecisionService decisions;

	VoteRules(DecisionService decisions) {
		this.decisions = decisions;
	}

	public Majority majority(Body body) {
		DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey("requiredMajority")
			.variables(Map.of("body", body.name()))
			.evaluate()
			.getSingleResult();
		return new Majority(((Number) rule.get("numerator")).intValue(), ((Number) rule.get("denominator")).intValue(),
				((Number) rule.get("maxFailedVotes")).intValue());
	}

	/**
	 * Checks that recorded numbers add up: attendees no more than the voting base, votes no more
	 * than attendees (24-QĐ/TW §9.3 on how the base is counted).
	 */
	public static void checkCounts(Inputs in, String baseField, Integer base, Integer attendees, Integer votesFor,
			Integer votesAgainst) {
		if (base == null || attendees == null || votesFor == null || votesAgainst == null) {
			return;
		}
		in.require(base > 0, baseField, "positive", () -> "must be at least 1");
		in.require(attendees <= base, "attendees", "attendees-within-base",
				() -> "attendees (" + attendees + ") cannot exceed " + baseField + " (" + base + ")");
		in.require(votesFor + votesAgainst <= attendees, "votesFor", "votes-within-attendees",
				() -> "votes for and against (" + votesFor + " + " + votesAgainst + ") cannot exceed attendees ("
						+ attendees + ")");
	}

}
