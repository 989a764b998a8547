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

	/** Progress entry: probation ended without the new-member course. */
	static final String COURSE_MISSED = "newMemberCourseMissed";

	enum Proposal {
		RECOGNIZE("công nhận đảng viên chính thức"), REMOVE("xóa tên trong danh sách đảng viên dự bị");

		final String label;

		Proposal(String label) {
			this.label = label;
		}
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
				step.change("Đảng viên giúp đỡ " + mentorId + " nhận xét quý " + quarter + " của thời gian dự bị", null));
		step.set("mentorNotesWritten", quarter);
		cases.stage(step);
	}

	void recordNewMemberCourse(Step step) {
		Inputs in = step.inputs();
		String number = in.text("courseCertificateNumber");
		LocalDate date = in.pastDate("courseCertificateDate", today());
		in.throwIfInvalid();
		members.recordNewMemberCourse(step.personId(), number, date,
				step.change("Hoàn thành lớp bồi dưỡng đảng viên mới", Document.of("CN-BDĐVM", number, date)));
		cases.stage(step);
	}

	/**
	 * Probation ended without the new-member course, which recognition requires (01-HD/TW, S9): the
	 * course task gives way so the recognition can go on, and it can only end in removal (xóa tên).
	 */
	void newMemberCourseMissed(Step step) {
		members.note(step.personId(), step.change("Hết thời kỳ dự bị mà chưa hoàn thành lớp bồi dưỡng đảng viên mới; "
				+ "không đủ điều kiện công nhận đảng viên chính thức", null));
		step.set(COURSE_MISSED, true);
		cases.stage(step);
	}

	/** Recognition needs the new-member course: without it the cell, the committee and the decision may only remove. */
	private static void checkCourseForRecognition(Step step, Inputs in, boolean recognizes, String field) {
		if (recognizes && Boolean.TRUE.equals(step.get(COURSE_MISSED))) {
			in.reject(field, "new-member-course", "Đảng viên dự bị chưa hoàn thành lớp bồi dưỡng đảng viên mới, "
					+ "nên không đủ điều kiện công nhận đảng viên chính thức; chỉ có thể đề nghị xóa tên.");
		}
	}

	void recordSelfReview(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("selfReviewDate", today());
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Nhận bản tự kiểm điểm sau thời gian dự bị", Document.of("10-KNĐ", null, date)));
		cases.stage(step);
	}

	void assessProbationaryMember(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("assessmentDate", today());
		String summary = in.text("assessmentSummary");
		Proposal recommendation = in.choice("recommendation", Proposal.class);
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Đảng viên giúp đỡ nhận xét, đề nghị " + recommendation.label + ": " + summary,
				Document.of("11-KNĐ", null, date)));
		cases.stage(step);
	}

	void collectRecognitionComments(Step step) {
		Inputs in = step.inputs();
		String summary = in.text("commentsSummary");
		LocalDate date = in.pastDate("commentsDate", today());
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú về đảng viên dự bị: "
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
		checkCourseForRecognition(step, in, proposal == Proposal.RECOGNIZE, "proposal");
		LocalDate probationEnd = Dates.toLocalDate(step.get("probationEndDate"));
		if (meetingDate != null && meetingDate.isBefore(probationEnd)) {
			in.refuse("meetingDate", "recognition-after-probation", probationEnd);
		}
		in.throwIfInvalid();
		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.CELL_RECOGNITION);
		int attempt = step.count("recognitionVoteAttempts") + 1;
		boolean passed = majority.isReachedBy(votesFor, officialMembers);
		if (passed) {
			// first, so a number the cell already used leaves nothing behind; none typed: the cell's next
			resolutionNumber = decisionNumbers.number(step, step.route().cellId(), "13-KNĐ", DecisionNumbers.RESOLUTIONS,
					"CB", "resolutionNumber", resolutionNumber, meetingDate);
		}
		VoteRules.Outcome outcome = majority.outcome(votesFor, officialMembers, attempt);
		members.note(step.personId(), step.change("Chi bộ biểu quyết lần " + attempt + " đề nghị " + proposal.label + ": " + votesFor
				+ " tán thành, " + votesAgainst + " không tán thành; có mặt " + attendees + "/" + officialMembers
				+ " đảng viên chính thức, cần " + majority.votesNeeded(officialMembers) + ": " + outcome.label(), Document.of("13-KNĐ", resolutionNumber, meetingDate)));
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
		members.note(step.personId(), step.change("Cấp ủy cấp trên xem xét các lần biểu quyết không đạt và đề nghị "
				+ proposal.label + ": " + reason, null));
		step.set("recognitionResolutionDate", today().toString());
		audit.decision(step.actor(), step.caseId(), "failed recognition votes reviewed by the committee above: " + proposal);
		cases.stage(step);
	}

	void resolveRecognitionByGrassrootsCommittee(Step step) {
		Inputs in = step.inputs();
		LocalDate date = in.pastDate("resolutionDate", today());
		String typedNumber = in.optionalText("resolutionNumber");
		Proposal proposal = in.choice("proposal", Proposal.class);
		// the committee's size comes from the organization tree on the date, never from the form
		Integer committeeMembers = voteRules.grassrootsCommitteeBase(step, in, "committeeMembers", date);
		Integer attendees = in.count("attendees");
		Integer votesFor = in.count("votesFor");
		Integer votesAgainst = in.count("votesAgainst");
		VoteRules.checkCounts(in, "committeeMembers", committeeMembers, attendees, votesFor, votesAgainst);
		checkCourseForRecognition(step, in, proposal == Proposal.RECOGNIZE, "proposal");
		in.throwIfInvalid();
		VoteRules.Majority majority = voteRules.majority(VoteRules.Body.GRASSROOTS_COMMITTEE);
		in.check(majority.isReachedBy(votesFor, committeeMembers), "votesFor", "two-thirds-of-committee",
				majority.votesNeeded(committeeMembers), committeeMembers);
		in.throwIfInvalid();
		String number = decisionNumbers.number(step, step.route().grassrootsId(), "15-KNĐ", DecisionNumbers.RESOLUTIONS,
				"ĐU", "resolutionNumber", typedNumber, date);
		members.note(step.personId(), step.change("Đảng ủy cơ sở đề nghị " + proposal.label + ": " + votesFor + " trên "
				+ committeeMembers + " cấp ủy viên tán thành", Document.of("15-KNĐ", number, date)));
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
		checkCourseForRecognition(step, in, decision == RecognitionDecision.RECOGNIZE, "recognitionDecision");
		in.throwIfInvalid();
		// first, so a number already issued leaves no record, journal line or audit entry
		decisionNumbers.issue(step, decision == RecognitionDecision.RECOGNIZE ? RECOGNITION_FORM : REMOVAL_FORM, number,
				date);
		audit.decision(step.actor(), step.caseId(), "recognition decision: " + decision + ", " + number);
		if (decision == RecognitionDecision.RECOGNIZE) {
			LocalDate effective = Dates.toLocalDate(step.get("probationEndDate"));
			members.recognize(step.personId(), step.change("Công nhận đảng viên chính thức từ ngày " + Dates.vn(effective)
					+ ", ngày hết thời gian dự bị", Document.of(RECOGNITION_FORM, number, date)));
			step.set("recognitionOutcome", "OFFICIAL");
			cases.recordOutcome(step.caseId(), "OFFICIAL");
		}
		else {
			members.remove(step.personId(), date, step.change("Xóa tên trong danh sách đảng viên dự bị: "
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
		members.note(step.personId(), step.change("Gia hạn thời hạn ra quyết định công nhận đảng viên chính thức thêm " + days
				+ " ngày làm việc, đến ngày " + Dates.vn(newDue) + ": " + reason, null));
		step.set("recognitionExtensionDays", days);
		audit.decision(step.actor(), step.caseId(), "recognition decision deadline extended by " + days + " working days");
		cases.clearOverdue(step.caseId(), RECOGNITION_DECISION);
		cases.stage(step);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
