package vn.partyadmission.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * The probation's documents from walked cases: the cell's and the grassroots committee's
 * resolutions (13-KNĐ, 15-KNĐ) and the decision to recognise as an official member, or to remove.
 */
@ApplicationTest
class ProbationDocumentsOnH2Test {

	static final LocalDate CEREMONY = LocalDate.of(2026, 3, 15);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	MemberRegister members;

	@Autowired
	DocumentStore store;

	@Autowired
	MutableClock clock;

	@Test
	void recognition_13KND_15KND_andTheDecision_areTheRecordsText() throws Exception {
		Fixture.Units u = fixture.create();
		String caseId = walk.toOfficialMember(u, CEREMONY);
		Person person = members.findPerson(u.id("cand")).orElseThrow();
		String admitted = "Quyết định số " + CaseWalker.decisionNumber(caseId) + ", ngày 05 tháng 3 năm 2026";

		assertDocument(caseId, "13-KNĐ", "01-NQ/CB", u.cell, List.of("CHI BỘ THÔN ĐÔNG", "Số: 01-NQ/CB",
				"Thử Nghiệm, ngày 20 tháng 3 năm 2027", "công nhận đồng chí " + person.fullName() + " là đảng viên chính thức",
				admitted, "hết thời gian dự bị ngày 15 tháng 3 năm 2027", "T/M CHI BỘ"));
		assertDocument(caseId, "15-KNĐ", "01-NQ/ĐU", u.grassroots, List.of("ĐẢNG ỦY CƠ SỞ", "Số: 01-NQ/ĐU",
				"Thử Nghiệm, ngày 21 tháng 3 năm 2027", "Tổng số cấp ủy viên: 9 đồng chí", admitted, "T/M ĐẢNG ỦY"));
		assertDocument(caseId, "QĐ-CNĐVCT", CaseWalker.decisionNumber(caseId), u.commune, List.of("ĐẢNG ỦY XÃ THỬ NGHIỆM",
				"Thử Nghiệm, ngày 21 tháng 4 năm 2027", "công nhận đảng viên chính thức", "Công nhận đồng chí "
						+ person.fullName(), admitted, "là đảng viên chính thức kể từ ngày 15 tháng 3 năm 2027",
				"T/M BAN THƯỜNG VỤ"));
	}

	@Test
	void removal_isTheDecisionToRemove_withItsReason() throws Exception {
		Fixture.Units u = fixture.create();
		String caseId = walk.toRecognitionMeeting(u, CEREMONY);
		LocalDate end = CEREMONY.plusYears(1);
		clock.set(end.plusDays(6));
		walk.complete(caseId, "HoldRecognitionMeeting", walk.unanimous(u.cell, end.plusDays(5), Map.of("proposal", "REMOVE")));
		walk.complete(caseId, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate", end.plusDays(6).toString(), "proposal", "REMOVE", "committeeMembers", 9, "attendees", 9, "votesFor", 9,
				"votesAgainst", 0));
		clock.set(end.plusMonths(1).plusDays(9));
		walk.complete(caseId, "DecideRecognition", Map.of("recognitionDecision", "REMOVE", "decisionNumber", "XT 7",
				"decisionDate", end.plusDays(37).toString(), "decisionReason", "Không còn đủ tiêu chuẩn đảng viên"));
		Person person = members.findPerson(u.id("cand")).orElseThrow();

		assertDocument(caseId, "13-KNĐ", "01-NQ/CB", u.cell, List.of("xóa tên đồng chí " + person.fullName()
				+ " trong danh sách đảng viên dự bị"));
		assertDocument(caseId, "QĐ-XT", "XT 7", u.commune, List.of("Số: XT 7", "xóa tên đảng viên dự bị",
				"Xóa tên đồng chí " + person.fullName(), "Lý do: Không còn đủ tiêu chuẩn đảng viên",
				"Thử Nghiệm, ngày 21 tháng 4 năm 2027"));
		assertThat(store.ofCase(caseId)).extracting(DocumentStore.Stored::formCode).doesNotContain("QĐ-CNĐVCT");
	}

	private void assertDocument(String caseId, String formCode, String number, String issuer, List<String> expected)
			throws Exception {
		List<DocumentStore.Stored> docs = store.ofCase(caseId).stream().filter(d -> d.formCode().equals(formCode)).toList();
		assertThat(docs).as(formCode).hasSize(1);
		DocumentStore.Stored doc = docs.get(0);
		JournalEntry entry = members.journalOfCase(caseId).stream()
			.filter(e -> e.document() != null && formCode.equals(e.document().code()))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(doc.number()).isEqualTo(number).isEqualTo(entry.document().number());
		assertThat(doc.date()).isEqualTo(entry.document().date());
		assertThat(doc.issuingBodyId()).isEqualTo(issuer);
		byte[] pdf = store.file(doc.id(), "pdf");
		String pdfText = DocumentFiles.pdfText(pdf);
		String docxText = DocumentFiles.docxText(store.file(doc.id(), "docx"));
		for (String text : expected) {
			assertThat(pdfText).as(formCode + " PDF").contains(text);
			assertThat(docxText).as(formCode + " DOCX").contains(text);
		}
		assertThat(pdfText).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số: " + number);
		DocumentFiles.assertPdfA(pdf);
	}

}
