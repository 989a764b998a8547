package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.DecisionNumbers;
import vn.partyadmission.casework.DocumentIssued;
import vn.partyadmission.casework.Step;
import vn.partyadmission.calendar.Deadlines;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.shared.Dates;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.Messages;

/** The competent committee's appraisal and decision (9-KNĐ), the ceremony, and the end without admission. */
@Service
class DecisionSteps {

	static final String ADMISSION_DECISION = "ADMISSION_DECISION";

	static final String CEREMONY = "CEREMONY";

	/** The timer of the decision deadline in admission.bpmn. */
	static final String DECISION_CLOCK = "DecisionOverdue";

	enum AppraisalOutcome {
		FORWARD, RETURN
	}

	enum AdmissionDecision {
		ADMIT, REJECT, RETURN, EXTEND
	}

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final AdmissionRules rules;

	private final Deadlines deadlines;

	private final DecisionNumbers decisionNumbers;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DecisionSteps(MemberRegister members, AdmissionCases cases, AdmissionRules rules, Deadlines deadlines,
			DecisionNumbers decisionNumbers, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.decisionNumbers = decisionNumbers;
		this.members = members;
		this.cases = cases;
		this.rules = rules;
		this.deadlines = deadlines;
		this.clock = clock;
		this.audit = audit;
	}

	void appraiseByOrganizingCommission(Step step) {
		Inputs in = step.inputs();
		AppraisalOutcome outcome = in.choice("appraisalOutcome", AppraisalOutcome.class);
		String note = outcome == AppraisalOutcome.RETURN ? in.text("appraisalNote") : in.optionalText("appraisalNote");
		in.throwIfInvalid();
		members.note(step.personId(), step.change(outcome == AppraisalOutcome.FORWARD
				? "Ban tổ chức thẩm định, trình ban thường vụ" + (note == null ? "" : ": " + note)
				: "Ban tổ chức trả hồ sơ để bổ sung: " + note, null));
		audit.decision(step.actor(), step.caseId(), "organizing commission appraisal: " + outcome);
		step.set("appraisalOutcome", outcome.name());
		cases.stage(step);
	}

	void decideAdmission(Step step) {
		Inputs in = step.inputs();
		LocalDate today = LocalDate.now(clock);
		AdmissionDecision decision = in.choice("admissionDecision", AdmissionDecision.class);
		if (decision == null) {
			in.throwIfInvalid();
		}
		String reason = decision == AdmissionDecision.ADMIT ? in.optionalText("decisionReason") : in.text("decisionReason");
		if (decision == AdmissionDecision.EXTEND) {
			extendDecision(step, in, reason);
			step.set("admissionDecision", decision.name());
			return;
		}
		String number = decision == AdmissionDecision.ADMIT ? in.text("decisionNumber") : in.optionalText("decisionNumber");
		LocalDate date = decision == AdmissionDecision.ADMIT ? in.pastDate("decisionDate", today) : today;
		Object resolved = step.get("cellResolutionDate");
		if (date != null && resolved != null && date.isBefore(LocalDate.parse(resolved.toString()))) {
			in.refuse("decisionDate", "after-cell-resolution", resolved);
		}
		in.throwIfInvalid();
		if (decision == AdmissionDecision.ADMIT) {
			// first, so a number already issued leaves no record, journal line or audit entry
			decisionNumbers.issue(step, "9-KNĐ", number, date);
		}
		audit.decision(step.actor(), step.caseId(), "9-KNĐ admission decision: " + decision
				+ (number == null ? "" : ", " + number));
		switch (decision) {
			case ADMIT -> {
				members.admit(step.personId(), number, date, step.change("Ban Thường vụ quyết định kết nạp; tuổi đảng tính từ ngày "
						+ Dates.vn(date), Document.of("9-KNĐ", number, date)));
				step.set("decisionDate", date.toString());
				// the number the committee typed, issued above once per body and year, is the document's
				events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "9-KNĐ", number, date,
						step.route().competentCommitteeId(), step.activityId(), step.actor(), Map.of()));
			}
			case REJECT -> step.set("notAdmittedReason", "Ban Thường vụ không đồng ý kết nạp: " + reason);
			case RETURN -> members.note(step.personId(),
					step.change("Ban Thường vụ trả hồ sơ để bổ sung: " + reason, null));
			case EXTEND -> throw new IllegalStateException("handled above");
		}
		step.set("admissionDecision", decision.name());
		cases.clearOverdue(step.caseId(), ADMISSION_DECISION);
		cases.stage(step);
	}

	/** The decision deadline may be extended once, by at most the days deadlines.dmn allows, with a reason. */
	private void extendDecision(Step step, Inputs in, String reason) {
		Integer days = in.count("extensionWorkingDays");
		int already = step.count("decisionExtensionDays");
		deadlines.checkExtension(in, ADMISSION_DECISION, "admissionDecision", already, days);
		in.throwIfInvalid();
		LocalDate resolution = LocalDate.parse(step.get("cellResolutionDate").toString());
		LocalDate newDue = deadlines.dueDay(ADMISSION_DECISION, resolution, days);
		members.note(step.personId(), step.change("Gia hạn thời hạn ra quyết định kết nạp thêm " + days + " ngày làm việc, đến ngày "
				+ Dates.vn(newDue) + ": " + reason, null));
		step.set("decisionExtensionDays", days);
		moveDecisionClock(step);
		audit.decision(step.actor(), step.caseId(), "admission decision deadline extended by " + days + " working days");
		cases.clearOverdue(step.caseId(), ADMISSION_DECISION);
		cases.stage(step);
	}

	/**
	 * The 60-working-day clock runs on the whole review above the cell (its timer is on the
	 * HigherLevelReview subprocess, created once when the review starts): an extension moves it,
	 * recomputed from the model's own expression with the extension just recorded. A clock that
	 * already ran out has told the committee above; the decision task shows the extended date.
	 */
	private void moveDecisionClock(Step step) {
		ManagementService management = step.execution().getProcessEngineServices().getManagementService();
		for (Job timer : management.createJobQuery().processInstanceId(step.execution().getProcessInstanceId())
			.activityId(DECISION_CLOCK).timers().list()) {
			management.recalculateJobDuedate(timer.getId(), false);
		}
	}

	/**
	 * The committee directly above the cell answers on a ceremony later than 30 working days after
	 * the decision (24-QĐ/TW §4.1): with its consent the late ceremony is held; its refusal ends the
	 * case without admission (RecordNotAdmitted), with the reason it gave.
	 */
	void consentToLateCeremony(Step step) {
		Inputs in = step.inputs();
		Boolean consented = in.flag("dongY");
		String reason = in.optionalText("lyDo");
		if (Boolean.FALSE.equals(consented) && reason == null) {
			in.reject("lyDo", "required-on-refusal", "Cần ghi rõ lý do khi không đồng ý tổ chức lễ kết nạp muộn.");
		}
		in.throwIfInvalid();
		if (consented) {
			members.note(step.personId(), step.change("Cấp ủy cấp trên đồng ý tổ chức lễ kết nạp muộn"
					+ (reason == null ? "" : ": " + reason), null));
			step.set("lateCeremonyConsent", "CONSENTED");
		}
		else {
			members.note(step.personId(), step.change("Cấp ủy cấp trên không đồng ý tổ chức lễ kết nạp muộn: " + reason, null));
			step.set("lateCeremonyConsent", "REFUSED");
			step.set("notAdmittedReason", "Cấp ủy cấp trên không đồng ý tổ chức lễ kết nạp muộn: " + reason);
			cases.clearOverdue(step.caseId(), CEREMONY);
		}
		audit.decision(step.actor(), step.caseId(), "late ceremony: " + (consented ? "consented" : "refused"));
		cases.stage(step);
	}

	/**
	 * The ceremony: the member takes the oath, becomes probationary for probationMonths from this
	 * date (Charter Art. 5), and an official member of the same cell is assigned as mentor.
	 */
	void holdAdmissionCeremony(Step step) {
		Inputs in = step.inputs();
		LocalDate ceremonyDate = in.pastDate("ceremonyDate", LocalDate.now(clock));
		String mentorId = in.text("mentorId");
		Boolean oath = in.flag("oathTaken");
		in.throwIfInvalid();
		MemberRecord record = members.findRecord(step.personId()).orElseThrow();
		in.check(!ceremonyDate.isBefore(record.admissionDecisionDate()), "ceremonyDate", "after-decision",
				record.admissionDecisionDate());
		in.check(oath, "oathTaken", "oath");
		checkMentor(in, step.personId(), mentorId);
		in.throwIfInvalid();
		LocalDate probationEnd = ceremonyDate.plusMonths(rules.probationMonths());
		members.swearIn(step.personId(), ceremonyDate, probationEnd, mentorId, step.change(
				"Admission ceremony held, oath read; probation until " + probationEnd + ", mentor " + mentorId, null));
		cases.recordOutcome(step.caseId(), "ADMITTED");
		cases.clearOverdue(step.caseId(), CEREMONY);
		// the cell's record of the ceremony, numbered in the cell's register of the year
		String recordNumber = decisionNumbers.number(step, step.route().cellId(), "BB-KNĐ", DecisionNumbers.RECORDS, "CB",
				"ceremonyDate", null, ceremonyDate);
		events.publishEvent(new DocumentIssued(step.caseId(), step.personId(), "BB-KNĐ", recordNumber, ceremonyDate,
				step.route().cellId(), step.activityId(), step.actor(), Map.of("mentorId", mentorId, "mentorName",
						members.findPerson(mentorId).orElseThrow().fullName(), "oathTaken", "true")));
		// what the probation process (probation.bpmn) starts from, in the case file it shares
		step.set("ceremonyDate", ceremonyDate.toString());
		step.set("probationEndDate", probationEnd.toString());
		step.set(CaseFiles.MENTOR, mentorId);
		step.set("mentorNotesWritten", 0);
		step.set("recognitionVoteAttempts", 0);
		step.set("recognitionExtensionDays", 0);
		cases.stage(step);
	}

	/** A mentor from outside the cell reads as not found: the refusal names no other unit's person or status. */
	private void checkMentor(Inputs in, String personId, String mentorId) {
		Person person = members.findPerson(personId).orElseThrow();
		boolean ofTheCell = members.findPerson(mentorId).map(m -> m.cellId().equals(person.cellId())).orElse(false);
		MemberStatus status = members.findRecord(mentorId).map(MemberRecord::status).orElse(null);
		if (!ofTheCell) {
			in.reject("mentorId", "mentor-official-of-cell", Messages.say("refusal.mentor-official-of-cell.not-found", mentorId));
		}
		else if (status != MemberStatus.OFFICIAL) {
			in.refuse("mentorId", "mentor-official-of-cell", mentorId, Messages.say("status." + status));
		}
	}

	/** The RecordNotAdmitted activity: every path that ends without admission passes here. */
	void recordNotAdmitted(Step step) {
		Object reason = step.get("notAdmittedReason") == null ? "không đủ điều kiện" : step.get("notAdmittedReason");
		members.reject(step.personId(), LocalDate.now(clock), step.change("Không được kết nạp: " + reason, null));
		cases.recordOutcome(step.caseId(), "REJECTED");
		cases.stage(step);
	}

}
