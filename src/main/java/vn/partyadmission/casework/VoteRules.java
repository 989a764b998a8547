package vn.partyadmission.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.Messages;

/**
 * Vote thresholds from processes/vote-rules.dmn, the base each vote is counted against (from the
 * register or the organization tree, never from the form) and the arithmetic checks on a vote.
 */
@Service
public class VoteRules {

	/** Voting bodies named in vote-rules.dmn. */
	public enum Body {
		CELL_ADMISSION, GRASSROOTS_COMMITTEE, CELL_RECOGNITION
	}

	/** How a vote ends: passed, failed and to be repeated, or failed for the last time and sent above. */
	public enum Outcome {
		PASSED("đạt"), FAILED("không đạt"), ESCALATED("không đạt lần cuối, chuyển cấp ủy cấp trên xem xét");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		/** As the journal and documents say it. */
		public String label() {
			return label;
		}
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

	private final MemberRegister members;

	private final OrganizationTree organizations;

	VoteRules(DecisionService decisions, MemberRegister members, OrganizationTree organizations) {
		this.decisions = decisions;
		this.members = members;
		this.organizations = organizations;
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
	 * The official members of the case's cell on the meeting date, from the register: the base of
	 * the cell's vote. The form's {@code field}, if sent, must state the same number, else it is
	 * rejected in {@code in}. Null when the date is missing (already rejected).
	 */
	public Integer cellBase(Step step, Inputs in, String field, LocalDate meetingDate) {
		if (meetingDate == null) {
			return null;
		}
		int base = members.officialMembersOn(step.file().cellId(), meetingDate);
		return stated(step, in, field, base, meetingDate);
	}

	/**
	 * The members of the case's grassroots committee on the date, from the organization tree: the
	 * base of the committee's vote. Null, with the field rejected, when the tree records no size.
	 */
	public Integer grassrootsCommitteeBase(Step step, Inputs in, String field, LocalDate date) {
		if (date == null) {
			return null;
		}
		String committee = step.route().grassrootsId();
		Optional<Integer> size = committee == null ? Optional.empty() : organizations.committeeSize(committee, date);
		if (size.isEmpty()) {
			in.refuse(field, "committee-size-recorded", date);
			return null;
		}
		int base = size.get();
		return stated(step, in, field, base, date);
	}

	/** The form's copy of the base, if sent, must equal the recorded one; the recorded one counts. */
	private static int stated(Step step, Inputs in, String field, int base, LocalDate date) {
		Object sent = step.values().get(field);
		if (sent == null || sent.toString().isBlank()) {
			return base;
		}
		Integer typed = in.count(field);
		if (typed != null && typed != base) {
			// the message names the recorded number and where it comes from (refusal.base-from-register.<field>)
			in.refuse(field, "base-from-register", date, base, typed);
		}
		return base;
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
		in.check(base > 0, baseField, "positive");
		in.check(attendees <= base, "attendees", "attendees-within-base", attendees, Messages.label(baseField), base);
		in.check(votesFor + votesAgainst <= attendees, "votesFor", "votes-within-attendees", votesFor, votesAgainst,
				attendees);
	}

}
