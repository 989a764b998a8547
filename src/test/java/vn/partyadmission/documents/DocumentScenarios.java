package vn.partyadmission.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * A case walked to the decision to admit leaves the cell's resolution (6-KNĐ), the grassroots
 * committee's (8-KNĐ) and the standing committee's decision (9-KNĐ) as fixed documents whose text
 * is the case record's. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DocumentScenarios {

	/** Decision on 5 March (ngày 05 tháng 3), grassroots resolution on 4 January (ngày 04 tháng 01). */
	static final LocalDate CEREMONY = LocalDate.of(2026, 3, 15);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	MemberRegister members;

	@Autowired
	DocumentStore store;

	Fixture.Units u;

	String caseId;

	Person person;

	@BeforeEach
	void walkToTheDecision() {
		u = fixture.create();
		caseId = walk.toCeremony(u, CEREMONY);
		person = members.findPerson(u.id("cand")).orElseThrow();
	}

	@Test
	void admissionDecision9KND_isTheRecordsText_inPdfAAndDocx() throws Exception {
		JournalEntry decided = documentEntry("9-KNĐ");
		assertThat(decided.document().number()).isEqualTo(CaseWalker.decisionNumber(caseId));
		assertThat(decided.document().date()).isEqualTo(LocalDate.of(2026, 3, 5));
		DocumentStore.Stored doc = only("9-KNĐ");
		assertThat(doc.number()).isEqualTo(decided.document().number());
		assertThat(doc.issuingBodyId()).isEqualTo(u.commune);
		assertThat(doc.year()).isEqualTo(2026);

		List<String> expected = List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH", "ĐẢNG ỦY XÃ THỬ NGHIỆM",
				"Số: " + decided.document().number(), "Thử Nghiệm, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH",
				"kết nạp đảng viên", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ THỬ NGHIỆM", "Kết nạp quần chúng " + person.fullName(),
				"sinh ngày 15/01/2000", "sinh hoạt tại Chi bộ thôn Đông",
				"Xét Nghị quyết số 01-NQ/CB, ngày 25 tháng 12 năm 2025 của Chi bộ thôn Đông",
				"Xét Nghị quyết số 01-NQ/ĐU, ngày 04 tháng 01 năm 2026 của Đảng ủy cơ sở", "Nơi nhận:",
				"T/M BAN THƯỜNG VỤ", "BÍ THƯ");
		assertDocument(doc, expected);
	}

	@Test
	void cellResolution6KND_carriesTheVoteCountedFromTheRegister() throws Exception {
		JournalEntry voted = documentEntry("6-KNĐ");
		DocumentStore.Stored doc = only("6-KNĐ");
		// no number typed: the cell's first resolution of 2025
		assertThat(doc.number()).isEqualTo("01-NQ/CB").isEqualTo(voted.document().number());
		assertThat(doc.issuingBodyId()).isEqualTo(u.cell);
		int base = members.officialMembersOn(u.cell, voted.document().date());
		assertDocument(doc, List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ CƠ SỞ", "CHI BỘ THÔN ĐÔNG", "Số: 01-NQ/CB",
				"Thử Nghiệm, ngày 25 tháng 12 năm 2025", "NGHỊ QUYẾT",
				"Ngày 25 tháng 12 năm 2025, Chi bộ thôn Đông đã họp", "đề nghị kết nạp quần chúng " + person.fullName(),
				"Tổng số đảng viên chính thức của chi bộ: " + base + " đồng chí; có mặt: " + base + " đồng chí",
				"tán thành việc kết nạp: " + base + " đồng chí (đạt 100%", "không tán thành: 0 đồng chí", "T/M CHI BỘ"));
	}

	@Test
	void grassrootsResolution8KND_carriesTheCommitteesVote() throws Exception {
		DocumentStore.Stored doc = only("8-KNĐ");
		assertThat(doc.number()).isEqualTo("01-NQ/ĐU").isEqualTo(documentEntry("8-KNĐ").document().number());
		assertThat(doc.issuingBodyId()).isEqualTo(u.grassroots);
		assertDocument(doc, List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ THỬ NGHIỆM", "ĐẢNG ỦY CƠ SỞ", "Số: 01-NQ/ĐU",
				"Thử Nghiệm, ngày 04 tháng 01 năm 2026", "Tổng số cấp ủy viên: 9 đồng chí; có mặt: 9 đồng chí",
				"tán thành việc kết nạp: 9 đồng chí (đạt 100%", "kết nạp quần chúng " + person.fullName(),
				"Ban Thường vụ Đảng ủy xã Thử Nghiệm", "T/M ĐẢNG ỦY"));
	}

	@Test
	void ceremonyRecord_isNumberedByTheCell_andNamesTheMentorAndTheOath() throws Exception {
		walk.complete(caseId, "HoldAdmissionCeremony", java.util.Map.of("ceremonyDate", CEREMONY.toString(), "mentorId",
				u.id("o3"), "oathTaken", true));
		DocumentStore.Stored doc = only("BB-KNĐ");
		// the step records no number: the cell's first record of the year, from its register
		assertThat(doc.number()).isEqualTo("01-BB/CB");
		assertThat(doc.issuingBodyId()).isEqualTo(u.cell);
		assertThat(doc.date()).isEqualTo(CEREMONY);
		String mentor = members.findPerson(u.id("o3")).orElseThrow().fullName();
		assertDocument(doc, List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN ĐÔNG", "Số: 01-BB/CB",
				"Thử Nghiệm, ngày 15 tháng 3 năm 2026", "BIÊN BẢN", "lễ kết nạp đảng viên",
				"Ngày 15 tháng 3 năm 2026, tại Thử Nghiệm, Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên cho quần chúng "
						+ person.fullName(),
				"Quyết định kết nạp đảng viên số " + CaseWalker.decisionNumber(caseId) + ", ngày 05 tháng 3 năm 2026",
				"đọc lời tuyên thệ", "phân công đồng chí " + mentor,
				"tính từ ngày 15 tháng 3 năm 2026 đến ngày 15 tháng 3 năm 2027", "T/M CHI BỘ"));
		assertThat(members.journal(person.id())).anyMatch(e -> e.change().contains("Văn bản BB-KNĐ số 01-BB/CB lưu bản 1"));
	}

	@Test
	void eachDocumentsHash_isInTheMembersJournal() {
		for (DocumentStore.Stored doc : store.ofCase(caseId)) {
			byte[] pdf = store.file(doc.id(), "pdf");
			assertThat(OfficialDocuments.sha256(pdf)).isEqualTo(doc.sha256());
			assertThat(members.journal(person.id())).anyMatch(e -> e.change().contains(doc.formCode())
					&& e.change().contains("SHA-256 của tệp PDF: " + doc.sha256()));
		}
		assertThat(store.ofCase(caseId)).extracting(DocumentStore.Stored::formCode)
			.containsExactlyInAnyOrder("6-KNĐ", "8-KNĐ", "9-KNĐ");
	}

	private void assertDocument(DocumentStore.Stored doc, List<String> expected) throws Exception {
		// the register's name as written, NFC: one code point per Vietnamese letter, compared byte for byte
		assertThat(Normalizer.isNormalized(person.fullName(), Normalizer.Form.NFC)).isTrue();
		byte[] pdf = store.file(doc.id(), "pdf");
		byte[] docx = store.file(doc.id(), "docx");
		String pdfText = DocumentFiles.pdfText(pdf);
		String docxText = DocumentFiles.docxText(docx);
		for (String text : expected) {
			assertThat(pdfText).as("PDF text").contains(text);
			assertThat(docxText).as("DOCX text").contains(text);
		}
		assertThat(new String(pdfText.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.contains(person.fullName());
		DocumentFiles.assertPdfA(pdf);
	}

	private DocumentStore.Stored only(String formCode) {
		List<DocumentStore.Stored> docs = store.ofCase(caseId).stream().filter(d -> d.formCode().equals(formCode)).toList();
		assertThat(docs).hasSize(1);
		assertThat(docs.get(0).version()).isEqualTo(1);
		return docs.get(0);
	}

	private JournalEntry documentEntry(String formCode) {
		return members.journalOfCase(caseId).stream()
			.filter(e -> e.document() != null && formCode.equals(e.document().code()))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

}
