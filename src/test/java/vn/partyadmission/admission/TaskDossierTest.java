package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * The standing committee decides with the dossier in view: the 9-KNĐ task shows what came before,
 * from the case file, the register and the stored resolutions; and what it shows decides nothing.
 */
@ApplicationTest
class TaskDossierTest {

	static final LocalDate CEREMONY = LocalDate.of(2026, 2, 20);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	MemberRegister members;

	@Autowired
	MutableClock clock;

	@Test
	void theDecisionTask_showsTheVoteWithItsBase_theCommittees_theVerification_theIntroducersAndTheCertificate() {
		Fixture.Units u = fixture.create();
		String caseId = toDecision(u);

		String dossier = (String) tasks.getVariableLocal(walk.task(caseId, "DecideAdmission").getId(), TaskDossier.VARIABLE);

		assertThat(dossier).contains("Hồ sơ kết nạp " + caseId)
			.contains("**Người vào Đảng:** Nguyễn Thị Thu Hường, sinh ngày 15/01/2000")
			.contains("**Chi bộ:** Chi bộ thôn Đông")
			.contains("Đảng viên " + u.id("o1") + " (cùng công tác từ ").contains("Đảng viên " + u.id("o2"))
			.contains("(CN-NTVĐ):** số CN-8/2025 ngày 20/09/2025")
			.contains("**Thẩm tra lý lịch (20-KNĐ):** đã thẩm tra, xác nhận lý lịch")
			.contains("**Chi bộ biểu quyết (Nghị quyết 6-KNĐ):** số 06-NQ/CB ngày 02/12/2025; 5/5 đảng viên chính thức tán thành, có mặt 5")
			.contains("**Đảng ủy cơ sở (Nghị quyết 8-KNĐ):** số 08-NQ ngày 12/12/2025; 9/9 ủy viên ban chấp hành tán thành")
			.contains("**Ban tổ chức thẩm định:** trình ban thường vụ")
			.contains("**Hạn giải quyết bước này:** ");
	}

	/** Display only: a dossier that says the opposite, in the task and in the process, changes nothing. */
	@Test
	void aChangedDossier_changesNoDecision() {
		Fixture.Units u = fixture.create();
		String caseId = toDecision(u);
		Task decision = walk.task(caseId, "DecideAdmission");
		String forged = "Chi bộ biểu quyết: 0/5 tán thành; thẩm tra phát hiện vấn đề";
		tasks.setVariableLocal(decision.getId(), TaskDossier.VARIABLE, forged);
		tasks.setVariable(decision.getId(), TaskDossier.VARIABLE, forged);

		walk.complete(caseId, "DecideAdmission", Map.of("admissionDecision", "ADMIT", "decisionNumber",
				CaseWalker.decisionNumber(caseId), "decisionDate", CEREMONY.minusDays(10).toString()));

		assertThat(members.findRecord(u.id("cand")).orElseThrow().status()).isEqualTo(MemberStatus.ADMITTED);
		// the next task's dossier is made afresh from the records, not from what was shown before
		String next = (String) tasks.getVariableLocal(walk.task(caseId, "HoldAdmissionCeremony").getId(), TaskDossier.VARIABLE);
		assertThat(next).doesNotContain(forged).contains("5/5 đảng viên chính thức tán thành")
			.contains("**Quyết định kết nạp (9-KNĐ):** số " + CaseWalker.decisionNumber(caseId));
	}

	/**
	 * The ceremony chooses the mentor from the cell's official members by name, birth year and
	 * standing; the list is display only: an official of another cell, not among the options, is
	 * refused at the mentor field, in Vietnamese, and nothing changes.
	 */
	@Test
	void theMentorIsChosenFromTheCellsOfficials_andAnIdNotAmongThemIsRefusedAtItsField() {
		Fixture.Units u = fixture.create();
		String caseId = walk.toCeremony(u, CEREMONY);
		Task ceremony = walk.task(caseId, "HoldAdmissionCeremony");

		org.camunda.bpm.engine.variable.value.ObjectValue options = tasks.getVariableLocalTyped(ceremony.getId(),
				TaskDossier.MENTOR_OPTIONS, false);
		assertThat(options.getSerializationDataFormat()).isEqualTo("application/json");
		assertThat(options.getValueSerialized()).contains("\"label\":\"Đảng viên " + u.id("o3") + " – sinh năm 1975 – đảng viên chính thức\"")
			.contains("\"value\":\"" + u.id("o3") + "\"").doesNotContain(u.id("o6")).doesNotContain(u.id("cand"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> walk.complete(caseId, "HoldAdmissionCeremony",
				Map.of("ceremonyDate", CEREMONY.toString(), "mentorId", u.id("o6"), "oathTaken", true)))
			.rootCause()
			.isInstanceOfSatisfying(vn.partyadmission.shared.InvalidInputException.class, e -> {
				assertThat(e.errors()).extracting(vn.partyadmission.shared.InvalidInputException.FieldError::field)
					.containsExactly("mentorId");
				assertThat(e.detail()).isEqualTo("Không tìm thấy đảng viên “" + u.id("o6") + "” trong chi bộ của đồng chí; "
						+ "người hướng dẫn phải là đảng viên chính thức của chi bộ.");
			});
		assertThat(members.findRecord(u.id("cand")).orElseThrow().status()).isEqualTo(MemberStatus.ADMITTED);
		assertThat(walk.task(caseId, "HoldAdmissionCeremony").getId()).isEqualTo(ceremony.getId());
	}

	/** The steps of {@link CaseWalker#toCeremony} up to the standing committee's decision. */
	private String toDecision(Fixture.Units u) {
		clock.set(CEREMONY.minusDays(120));
		Map<String, Object> values = new HashMap<>(u.startValues());
		values.put("certificateNumber", "CN-8/2025");
		values.put("certificateDate", CEREMONY.minusMonths(5).toString());
		String id = cases.start(values).id();
		clock.set(CEREMONY);
		walk.complete(id, "ReceiveApplication", Map.of("applicationDate", day(-110), "personalHistoryDate", day(-110)));
		walk.complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Rõ ràng",
				"verificationDate", day(-100)));
		walk.complete(id, "CollectComments", Map.of("commentsSummary", "Nhất trí", "commentsDate", day(-90)));
		walk.complete(id, "HoldCellMeeting", walk.unanimous(u.cell, CEREMONY.minusDays(80), Map.of("resolutionNumber", "06-NQ/CB")));
		walk.complete(id, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", day(-70), "resolutionNumber", "08-NQ",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(id, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		return id;
	}

	private static String day(int offset) {
		return CEREMONY.plusDays(offset).toString();
	}

}
