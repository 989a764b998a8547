package vn.partyadmission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.DocumentIssued;
import vn.partyadmission.calendar.Deadlines;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.DecisionNumbers;
import vn.partyadmission.casework.Step;
import vn.partyadmission.casework.VoteRules;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.shared.Dates;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/** The steps of probation.bpmn: mentor's notes, new-member course, recognition dossier, votes and decision. */
@Service
class ProbationSteps {

	static final String RECOGNITION_REVIEW = "RECOGNITION_REVIEW";

	static final String RECOGNITION_DECISION = "RECOGNITION_DECISION";

	private static final String RECOGNITION_FORM = "QĐ-CNĐVCT";

	private static final String REMOVAL_FORM = "QĐ-XT";

	enum Proposal {
		RECOGNIZE, REMOVE
	}

	enum RecognitionDecision {
		RECOGNIZE, REMOVE, EXTEND
	}

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final VoteRules voteRules;

	private final Deadlines deadlines;

	private final DecisionNumbers decisionNumbers;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ProbationSteps(MemberRegister members, AdmissionCases cases, VoteRules voteRules, Deadlines deadlines,
			DecisionNumbers decisionNumbers, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.decisionNumbers = decisionNumbers;
		this.members = members;
		this.cases = cases;
		this.voteRules = voteRules;
		this.deadlines = deadlines;
		this.clock = clock;
		this.audit = audit;
	}

	void writeMentorNote(Step step) {
		Inputs in = step.inputs();
		String note = in.text("mentorNote");
		in.throwIfInvalid();
		int quarter = step.count("mentorNotesWritten") + 1;
		String mentorId = (String) step.get(CaseFiles.MENTOR);
		members.addMentorNote(step.personId(), quarter, mentorId, note, today(),
				step.change("Mentor " + mentorId + "'s note for quarter " + quarter + " of probation", null));
		step.set("mentorNotesWritten", quarter);
		cases.stage(step);
	}

	void recordNewMemberCourse(Step step) {
		Inputs in = step.inputs();
		String number = in.text("courseCertificateNumber");
		LocalDate date = in.pastDate("courseCertificateDate", today());
		in.throwIfInvalid();
		members.recordNewMemberCourse(step.personId(), number, date,
				step.change("New-member course completed", Document.of("CN-BDĐVM", number, date)));
		cases.stage(step);
	}

	void recordSelfReview(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("selfReviewDate", today());
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Self-review after the probation received", Document.of("10-KNĐ", null, date)));
		cases.stage(step);
	}

	void assessProbationaryMember(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("assessmentDate", today());
		String summary = in.text("assessmentSummary");
		Proposal recommendation = in.choice("recommendation", Proposal.class);
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Mentor's assessment, recommends " + recommendation + ": " + summary,
				Document.of("11-KNĐ", null, date)));
		cases.stage(step);
	}

	void collectRecognitionComments(Step step) {
		Inputs in = step.inputs();
		String summary = in.text("commentsSummary");
		LocalDate date = in.pastDate("commentsDate", today());
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Comments of mass organizations and residence cell on the probationary member: "
				+ summary, Document.of("12-KNĐ", null, date)));
		cases.stage(step);
	}

	/**
	 * The cell's resolution on recognition is issued only after the 12 months end (S41), with two
	 * thirds of official members; the third failed vote goes to the committee above (S1).
	 */
	void holdRecognitionMeeting(Step step) {
		Inputs in = step.inputs();
		LocalDate meetingDate = in.pastDate("meetingDate", today());
		Proposal proposal = in.choice("proposal", Proposal.class);
		// the base comes from the register on the meeting date, never from the form
		Integer officialMembers = voteRules.cellBase(step, in, "officialMembers", meetingDate);
		Integer attendees = in.count("attendees");
		Integer votesFor = in.count("votesFor");
		Integer votesAgainst = in.count("votesAgainst");
		String resolutionNumber = in.optionalText("resolutionNumber");
		VoteRules.checkCounts(in, "officialMembers", officialMembers, attendees, votesFor, votesAgainst);
		LocalDate probationEnd = Dates.toLocalDate(step.get("probationEndDate"));
		if (meetingDate != null && meetingDate.isBefore(probationEnd)) {
			in.refuse("meetingDate", "recognition-after-probation", probationEnd);
		}
		in.throwIfInvalid();
		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.CELL_RECOGNITION);
		int attempt = step.count("recognitionVoteAttempts") + 1;
		boolean passed = majority.isReachedBy(votesFor, officialMembers);
		if (passed && resolutionNumber == null) {
			throw new InvalidInputException("resolutionNumber", "required", Messages.say("refusal.required.resolutionNumber.13-KND"));
		}
		VoteRules.Outcome outcome = majority.outcome(votesFor, officialMembers, attempt);
		members.note(step.personId(), step.change("Cell vote " + attempt + " on proposing " + proposal + ": " + votesFor
				+ " for, " + votesAgainst + " against, " + attendees + " of " + officialMembers + " official members present, "
				+ majority.votesNeeded(officialMembers) + " needed: " + outcome, Document.of("13-KNĐ", resolutionNumber, meetingDate)));
		step.set("recognitionVoteAttempts", attempt);
		step.set("recognitionVoteOutcome", outcome.name());
		audit.decision(step.actor(), step.caseId(), "13-KNĐ cell vote " + attempt + " on proposing " + proposal + ": "
				+ outcome + ", " + votesFor + " of " + officialMembers + " in favour");
		if (passed) {
			step.set("recognitionResolutionDate", meetingDate.toString());
			events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "13-KNĐ", resolutionNumber, meetingDate,
					step.route().cellId(), step.activityId(), step.actor(), Map.of("proposal", proposal.name(),
							"baseMembers", officialMembers.toString(), "attendees", attendees.toString(), "votesFor",
							votesFor.toString(), "votesAgainst", votesAgainst.toString())));
		}
		cases.clearOverdue(step.caseId(), RECOGNITION_REVIEW);
		cases.stage(step);
	}

	void reviewFailedRecognitionVotes(Step step) {
		Inputs in = step.inputs();
		Proposal proposal = in.choice("failedVotesProposal", Proposal.class);
		String reason = in.text("failedVotesReason");
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Committee above reviewed the failed recognition votes and proposes "
				+ proposal + ": " + reason, null));
		step.set("recognitionResolutionDate", today().toString());
		audit.decision(step.actor(), step.caseId(), "failed recognition votes reviewed by the committee above: " + proposal);
		cases.stage(step);
	}

	void resolveRecognitionByGrassrootsCommittee(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("resolutionDate", today());
		String number = in.text("resolutionNumber");
		Proposal proposal = in.choice("proposal", Proposal.class);
		// the committee's size comes from the organization tree on the date, never from the form
		Integer committeeMembers = voteRules.grassrootsCommitteeBase(step, in, "committeeMembers", date);
		Integer attendees = in.count("attendees");
		Integer votesFor = in.count("votesFor");
		Integer votesAgainst = in.count("votesAgainst");
		VoteRules.checkCounts(in, "committeeMembers", committeeMembers, attendees, votesFor, votesAgainst);
		in.throwIfInvalid();
		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.GRASSROOTS_COMMITTEE);
		in.check(majority.isReachedBy(votesFor, committeeMembers), "votesFor", "two-thirds-of-committee",
				majority.votesNeeded(committeeMembers), committeeMembers);
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Grassroots committee proposes " + proposal + ": " + votesFor + " of "
				+ committeeMembers + " committee members in favour", Document.of("15-KNĐ", number, date)));
		audit.decision(step.actor(), step.caseId(), "15-KNĐ grassroots committee proposes " + proposal + ", " + votesFor
				+ " of " + committeeMembers + " in favour");
		events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "15-KNĐ", number, date,
				step.route().grassrootsId(), step.activityId(), step.actor(), Map.of("proposal", proposal.name(),
						"baseMembers", committeeMembers.toString(), "attendees", attendees.toString(), "votesFor",
						votesFor.toString(), "votesAgainst", votesAgainst.toString())));
		cases.stage(step);
	}

	/** Recognition takes effect at the end of probation even when decided later (S1); removal is xóa tên. */
	void decideRecognition(Step step) {
		Inputs in = step.inputs();
		RecognitionDecision decision = in.choice("recognitionDecision", RecognitionDecision.class);
		in.throwIfInvalid();
		String reason = decision == RecognitionDecision.RECOGNIZE ? in.optionalText("decisionReason") : in.text("decisionReason");
		if (decision == RecognitionDecision.EXTEND) {
			extend(step, in, reason);
			step.set("recognitionDecision", decision.name());
			return;
		}
		String number = in.text("decisionNumber");
		LocalDate date = in.pastDate("decisionDate", today());
		LocalDate resolution = Dates.toLocalDate(step.get("recognitionResolutionDate"));
		if (date != null && date.isBefore(resolution)) {
			in.refuse("decisionDate", "after-cell-resolution", resolution);
		}
		in.throwIfInvalid();
		// first, so a number already issued leaves no record, journal line or audit entry
		decisionNumbers.issue(step, decision == RecognitionDecision.RECOGNIZE ? RECOGNITION_FORM : REMOVAL_FORM, number,
				date);
		audit.decision(step.actor(), step.caseId(), "recognition decision: " + decision + ", " + number);
		if (decision == RecognitionDecision.RECOGNIZE) {
			LocalDate effective = Dates.toLocalDate(step.get("probationEndDate"));
			members.recognize(step.personId(), step.change("Recognized as an official member from " + effective
					+ ", the end of probation", Document.of(RECOGNITION_FORM, number, date)));
			step.set("recognitionOutcome", "OFFICIAL");
			cases.recordOutcome(step.caseId(), "OFFICIAL");
		}
		else {
			members.remove(step.personId(), date, step.change("Removed from the list of probationary members (xóa tên): "
					+ reason, Document.of(REMOVAL_FORM, number, date)));
			step.set("recognitionOutcome", "REMOVED");
			cases.recordOutcome(step.caseId(), "REMOVED");
		}
		// the number typed, issued above once per body and year, is the decision document's
		events.publishEvent(new DocumentIssued(step.caseId(), step.personId(),
				decision == RecognitionDecision.RECOGNIZE ? RECOGNITION_FORM : REMOVAL_FORM, number, date,
				step.route().competentCommitteeId(), step.activityId(), step.actor(),
				reason == null ? Map.of() : Map.of("reason", reason)));
		step.set("recognitionDecision", decision.name());
		cases.clearOverdue(step.caseId(), RECOGNITION_DECISION);
		cases.stage(step);
	}

	private void extend(Step step, Inputs in, String reason) {
		Integer days = in.count("extensionWorkingDays");
		int already = step.count("recognitionExtensionDays");
		deadlines.checkExtension(in, RECOGNITION_DECISION, "recognitionDecision", already, days);
		in.throwIfInvalid();
		LocalDate newDue = deadlines.dueDay(RECOGNITION_DECISION, Dates.toLocalDate(step.get("recognitionResolutionDate")), days);
		members.note(step.personId(), step.change("Recognition decision deadline extended by " + days
				+ " working days to " + newDue + ": " + reason, null));
		step.set("recognitionExtensionDays", days);
		audit.decision(step.actor(), step.caseId(), "recognition decision deadline extended by " + days + " working days");
		cases.clearOverdue(step.caseId(), RECOGNITION_DECISION);
		cases.stage(step);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
