package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.casework.DocumentIssued;
import vn.partyadmission.casework.Step;
import vn.partyadmission.casework.VoteRules;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/** The cell's vote (6-KNĐ), its escalation, and the higher committees' appraisal and resolution (7-, 8-KNĐ). */
@Service
class VoteSteps {

	enum FailedVotesDecision {
		PROCEED, CLOSE
	}

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final Eligibility eligibility;

	private final VoteRules voteRules;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	VoteSteps(MemberRegister members, AdmissionCases cases, Eligibility eligibility, VoteRules voteRules,
			Clock clock, AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.members = members;
		this.cases = cases;
		this.eligibility = eligibility;
		this.voteRules = voteRules;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Passes with at least two thirds of the cell's official members on the meeting date, counted
	 * from the register (the form's number is only checked against it); eligibility is
	 * checked again at the meeting date, where age counts. A failed vote may be repeated; the
	 * last allowed failure escalates to the committee above.
	 */
	void holdCellMeeting(Step step) {
		Inputs in = step.inputs();
		LocalDate meetingDate = in.pastDate("meetingDate", LocalDate.now(clock));
		Integer officialMembers = voteRules.cellBase(step, in, "officialMembers", meetingDate);
		Integer attendees = in.count("attendees");
		Integer votesFor = in.count("votesFor");
		Integer votesAgainst = in.count("votesAgainst");
		String resolutionNumber = in.optionalText("resolutionNumber");
		boolean provincialConsent = in.optionalText("provincialConsentNumber") != null;
		VoteRules.checkCounts(in, "officialMembers", officialMembers, attendees, votesFor, votesAgainst);
		in.throwIfInvalid();

		Person person = members.findPerson(step.personId()).orElseThrow();
		LocalDate certificateDate = members.findRecord(step.personId()).orElseThrow().awarenessCertificateDate();
		eligibility.check(person, meetingDate, Boolean.TRUE.equals(step.get("hardshipArea")),
				provincialConsent, certificateDate);

		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.CELL_ADMISSION);
		int attempt = step.count("cellVoteAttempts") + 1;
		boolean passed = majority.isReachedBy(votesFor, officialMembers);
		if (passed && resolutionNumber == null) {
			throw new InvalidInputException("resolutionNumber", "required", Messages.say("refusal.required.resolutionNumber.6-KND"));
		}
		// the model's gateway reads cellVoteOutcome
		VoteRules.Outcome outcome = majority.outcome(votesFor, officialMembers, attempt);
		members.note(step.personId(), step.change("Cell vote " + attempt + " on proposing admission: " + votesFor
				+ " for, " + votesAgainst + " against, " + attendees + " of " + officialMembers
				+ " official members present, " + majority.votesNeeded(officialMembers) + " needed: " + outcome,
				Document.of("6-KNĐ", resolutionNumber, meetingDate)));
		step.set("cellVoteAttempts", attempt);
		step.set("cellVoteOutcome", outcome.name());
		audit.decision(step.actor(), step.caseId(), "6-KNĐ cell vote " + attempt + ": " + outcome + ", " + votesFor
				+ " of " + officialMembers + " in favour");
		if (passed) {
			// the decision deadline counts from this resolution (24-QĐ/TW §4.3)
			step.set("cellResolutionDate", meetingDate.toString());
			events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "6-KNĐ", resolutionNumber, meetingDate,
					step.route().cellId(), step.activityId(), step.actor(), Map.of("baseMembers",
							officialMembers.toString(), "attendees", attendees.toString(), "votesFor", votesFor.toString(),
							"votesAgainst", votesAgainst.toString())));
		}
		cases.stage(step);
	}

	void reviewFailedVotes(Step step) {
		Inputs in = step.inputs();
		FailedVotesDecision decision = in.choice("failedVotesDecision", FailedVotesDecision.class);
		String reason = in.text("failedVotesReason");
		String documentNumber = in.optionalText("failedVotesDocumentNumber");
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Committee above reviewed the failed cell votes: " + decision + ", "
				+ reason, documentNumber == null ? null : Document.of("CV", documentNumber, LocalDate.now(clock))));
		audit.decision(step.actor(), step.caseId(), "failed cell votes reviewed by the committee above: " + decision);
		step.set("failedVotesDecision", decision.name());
		if (decision == FailedVotesDecision.CLOSE) {
			step.set("notAdmittedReason", "Cell vote failed " + step.get("cellVoteAttempts") + " times: " + reason);
		}
		else {
			step.set("cellResolutionDate", LocalDate.now(clock).toString());
		}
		cases.stage(step);
	}

	void appraiseByIntermediateCommittee(Step step) {
		Inputs in = step.inputs();
		String number = in.text("appraisalNumber");
		LocalDate date = in.pastDate("appraisalDate", LocalDate.now(clock));
		String opinion = in.text("appraisalOpinion");
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Intermediate committee appraisal: " + opinion,
				Document.of("7-KNĐ", number, date)));
		audit.decision(step.actor(), step.caseId(), "7-KNĐ intermediate committee appraisal " + number);
		cases.stage(step);
	}

	/**
	 * Passes with at least two thirds of the committee's members in favour (24-QĐ/TW §4.2.3), its
	 * size on the date read from the organization tree.
	 */
	void resolveByGrassrootsCommittee(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("resolutionDate", LocalDate.now(clock));
		String number = in.optionalText("resolutionNumber");
		Integer committeeMembers = voteRules.grassrootsCommitteeBase(step, in, "committeeMembers", date);
		Integer attendees = in.count("attendees");
		Integer votesFor = in.count("votesFor");
		Integer votesAgainst = in.count("votesAgainst");
		VoteRules.checkCounts(in, "committeeMembers", committeeMembers, attendees, votesFor, votesAgainst);
		in.throwIfInvalid();
		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.GRASSROOTS_COMMITTEE);
		boolean passed = majority.isReachedBy(votesFor, committeeMembers);
		if (passed && number == null) {
			throw new InvalidInputException("resolutionNumber", "required", Messages.say("refusal.required.resolutionNumber.8-KND"));
		}
		members.note(step.personId(), step.change("Grassroots committee vote on proposing admission: " + votesFor
				+ " for, " + votesAgainst + " against of " + committeeMembers + " committee members, "
				+ majority.votesNeeded(committeeMembers) + " needed: " + (passed ? "PASSED" : "FAILED"),
				Document.of("8-KNĐ", number, date)));
		step.set("grassrootsVotePassed", passed);
		audit.decision(step.actor(), step.caseId(), "8-KNĐ grassroots committee resolution: "
				+ (passed ? "PASSED" : "FAILED") + ", " + votesFor + " of " + committeeMembers + " in favour");
		if (passed) {
			events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "8-KNĐ", number, date,
					step.route().grassrootsId(), step.activityId(), step.actor(), Map.of("baseMembers",
							committeeMembers.toString(), "attendees", attendees.toString(), "votesFor", votesFor.toString(),
							"votesAgainst", votesAgainst.toString())));
		}
		else {
			step.set("notAdmittedReason", "Grassroots committee did not propose admission (" + votesFor + " of "
					+ committeeMembers + " in favour)");
		}
		cases.stage(step);
	}

}
