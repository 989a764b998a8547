package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.partyadmission.casework.Step;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.shared.Inputs;

/** The dossier: certificate, application and personal history, verification, comments, supplements. */
@Service
class DossierSteps {

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final Eligibility eligibility;

	private final Clock clock;

	DossierSteps(MemberRegister members, AdmissionCases cases, Eligibility eligibility, Clock clock) {
		this.members = members;
		this.cases = cases;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	void recordAwarenessCertificate(Step step) {
		Inputs in = step.inputs();
		String number = in.text("certificateNumber");
		LocalDate date = in.pastDate("certificateDate", today());
		in.throwIfInvalid();
		in.check(eligibility.certificateValid(date, today()), "certificateDate", "CERTIFICATE_EXPIRED", date);
		in.throwIfInvalid();
		members.certifyAwareness(step.personId(), number, date,
				step.change("Hoàn thành lớp bồi dưỡng nhận thức về Đảng", Document.of("CN-NTVĐ", number, date)));
		cases.stage(step);
	}

	void receiveApplication(Step step) {
		Inputs in = step.inputs();
		LocalDate applicationDate = in.pastDate("applicationDate", today());
		LocalDate historyDate = in.pastDate("personalHistoryDate", today());
		in.throwIfInvalid();
		members.becomeApplicant(step.personId(), applicationDate,
				step.change("Nhận đơn xin vào Đảng", Document.of("1-KNĐ", null, applicationDate)));
		members.note(step.personId(),
				step.change("Nhận lý lịch của người xin vào Đảng", Document.of("2-KNĐ", null, historyDate)));
		cases.stage(step);
	}

	void verifyBackground(Step step) {
		Inputs in = step.inputs();
		Boolean verified = in.flag("backgroundVerified");
		String conclusion = in.text("verificationConclusion");
		LocalDate date = in.pastDate("verificationDate", today());
		String number = in.optionalText("verificationNumber");
		in.throwIfInvalid();
		members.note(step.personId(), step.change((verified ? "Đã thẩm tra lý lịch, chứng nhận lý lịch: "
				: "Thẩm tra lý lịch không đạt: ") + conclusion, Document.of("20-KNĐ", number, date)));
		step.set("backgroundVerified", verified);
		if (!verified) {
			step.set("notAdmittedReason", "Thẩm tra lý lịch: " + conclusion);
		}
		cases.stage(step);
	}

	void collectComments(Step step) {
		Inputs in = step.inputs();
		String summary = in.text("commentsSummary");
		LocalDate date = in.pastDate("commentsDate", today());
		in.throwIfInvalid();
		members.note(step.personId(), step.change(
				"Ý kiến nhận xét của đoàn thể chính trị - xã hội và chi ủy nơi cư trú: " + summary, Document.of("5-KNĐ", null, date)));
		cases.stage(step);
	}

	void supplementDossier(Step step) {
		Inputs in = step.inputs();
		String note = in.text("supplementNote");
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Bổ sung hồ sơ: " + note, null));
		cases.stage(step);
	}

	void reportOverdue(Step step) {
		Inputs in = step.inputs();
		String explanation = in.text("overdueExplanation");
		String number = in.optionalText("overdueDocumentNumber");
		in.throwIfInvalid();
		members.note(step.personId(), step.change("Báo cáo cấp ủy cấp trên về việc quá thời hạn: " + explanation,
				number == null ? null : Document.of("BC", number, today())));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
