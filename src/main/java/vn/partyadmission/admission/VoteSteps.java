package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.casework.DecisionNumbers;
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

	private final DecisionNumbers numbers;

	VoteSteps(MemberRegister members, AdmissionCases cases, Eligibility eligibility, VoteRules voteRules,
			Clock clock, AuditLog audit, ApplicationEventPublisher events, DecisionNumbers numbers) {
		this.events = events;
		this.numbers = numbers;
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
		if (passed) {
			// first, so a number the cell already used leaves nothing behind; none typed: the cell's next
			resolutionNumber = numbers.number(step, step.route().cellId(), "6-KNĐ", DecisionNumbers.RESOLUTIONS, "CB",
					"resolutionNumber", resolutionNumber, meetingDate);
		}
		// the model's gateway reads cellVoteOutcome
		VoteRules.Outcome outcome = majority.outcome(votesFor, officialMembers, attempt);
		members.note(step.personId(), step.change("Chi bộ biểu quyết lần " + attempt + " đề nghị kết nạp: " + votesFor
				+ " tán thành, " + votesAgainst + " không tán thành; có mặt " + attendees + "/" + officialMembers
				+ " đảng viên chính thức, cần " + majority.votesNeeded(officialMembers) + ": " + outcome.label(),
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
		members.note(step.personId(), step.change("Cấp ủy cấp trên xem xét các lần biểu quyết không đạt: " + (decision == FailedVotesDecision.PROCEED
				? "tiếp tục xét kết nạp" : "dừng xét, kết thúc hồ sơ") + "; " + reason, documentNumber == null ? null : Document.of("CV", documentNumber, LocalDate.now(clock))));
		audit.decision(step.actor(), step.caseId(), "failed cell votes reviewed by the committee above: " + decision);
		step.set("failedVotesDecision", decision.name());
		if (decision == FailedVotesDecision.CLOSE) {
			step.set("notAdmittedReason", "Chi bộ biểu quyết không đạt " + step.get("cellVoteAttempts") + " lần: " + reason);
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
		// models before version 2 had no such field: their open tasks complete without it
		Boolean recommends = asksForRecommendation(step) ? in.flag("recommendAdmission") : null;
		in.throwIfInvalid();
		String advice = recommends == null ? "" : recommends ? "đề nghị kết nạp; " : "không đề nghị kết nạp; ";
		members.note(step.personId(), step.change("Đảng ủy bộ phận thẩm định (7-KNĐ): " + advice + opinion,
				Document.of("7-KNĐ", number, date)));
		audit.decision(step.actor(), step.caseId(), "7-KNĐ intermediate committee appraisal " + number
				+ (recommends == null ? "" : recommends ? ": recommends admission" : ": advises against admission"));
		if (recommends != null) {
			// the grassroots committee still decides (8-KNĐ); it sees this advice in the case file and the journal
			step.set("intermediateRecommendation", recommends ? "RECOMMEND" : "NOT_RECOMMEND");
			step.set("intermediateOpinion", opinion);
		}
		cases.stage(step);
	}

	private static boolean asksForRecommendation(Step step) {
		String tag = step.execution().getProcessEngineServices().getRepositoryService()
			.getProcessDefinition(step.execution().getProcessDefinitionId()).getVersionTag();
		return tag != null && !"1".equals(tag);
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
		if (passed) {
			number = numbers.number(step, step.route().grassrootsId(), "8-KNĐ", DecisionNumbers.RESOLUTIONS, "ĐU",
					"resolutionNumber", number, date);
		}
		members.note(step.personId(), step.change("Đảng ủy cơ sở biểu quyết đề nghị kết nạp: " + votesFor
				+ " tán thành, " + votesAgainst + " không tán thành trên " + committeeMembers + " cấp ủy viên, cần "
				+ majority.votesNeeded(committeeMembers) + ": " + (passed ? "đạt" : "không đạt"),
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
			step.set("notAdmittedReason", "Đảng ủy cơ sở không đề nghị kết nạp (" + votesFor + " trên "
					+ committeeMembers + " cấp ủy viên tán thành)");
		}
		cases.stage(step);
	}

}
