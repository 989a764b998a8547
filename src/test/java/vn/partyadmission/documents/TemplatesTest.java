package vn.partyadmission.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates without the application: each renders, an administrator's file wins, values are escaped. */
class TemplatesTest {

	final Rendering rendering = new Rendering();

	@Test
	void datesAreWrittenAsVietnameseDocumentsWriteThem() {
		assertThat(VietnameseDates.placeAndDate("Tam Dương", LocalDate.of(2026, 3, 5)))
			.isEqualTo("Tam Dương, ngày 05 tháng 3 năm 2026");
		assertThat(VietnameseDates.written(LocalDate.of(2026, 1, 15))).isEqualTo("ngày 15 tháng 01 năm 2026");
		assertThat(VietnameseDates.written(LocalDate.of(2025, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2025");
		assertThat(VietnameseDates.written(LocalDate.of(2026, 2, 1))).isEqualTo("ngày 01 tháng 02 năm 2026");
	}

	@Test
	void everyTemplateInTheJar_rendersToPdfAAndDocx() throws Exception {
		Templates templates = new Templates("");
		for (Kind kind : Kind.values()) {
			String xhtml = templates.fill(kind, values());
			byte[] pdf = rendering.pdf(xhtml);
			DocumentFiles.assertPdfA(pdf);
			assertThat(DocumentFiles.pdfText(pdf)).as(kind.code).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Đặng Thị Ngọc Ánh",
					"Số: 12-NQ/ĐU");
			assertThat(DocumentFiles.docxText(rendering.docx(xhtml))).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Đặng Thị Ngọc Ánh");
		}
	}

	@Test
	void aFileInTheTemplateDirectory_winsOverTheJars(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("9-knd.html"), """
				<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head>
				<body><p>Mẫu của tỉnh: ${personName}</p></body></html>""", StandardCharsets.UTF_8);
		Templates templates = new Templates(dir.toString());
		assertThat(templates.fill(Kind.ADMISSION_DECISION, values())).contains("Mẫu của tỉnh: Đặng Thị Ngọc Ánh");
		// the others still come from the jar
		assertThat(templates.fill(Kind.CELL_RESOLUTION, values())).contains("T/M CHI BỘ");
	}

	@Test
	void aPlaceholderWithoutAValue_failsLoudly_andValuesAreEscapedAndNfc(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("6-knd.html"), "<html><body><p>${personName} ${nguoiKy}</p></body></html>");
		assertThatThrownBy(() -> new Templates(dir.toString()).fill(Kind.CELL_RESOLUTION, values()))
			.hasMessageContaining("${nguoiKy}");
		String decomposed = Normalizer.normalize("Lê Ngọc Ánh <b>&", Normalizer.Form.NFD);
		assertThat(Templates.escape(decomposed)).isEqualTo("Lê Ngọc Ánh &lt;b&gt;&amp;");
	}

	private static Map<String, String> values() {
		Map<String, String> v = new HashMap<>();
		for (String name : new String[] { "title", "formCode", "superior", "issuer", "issuerName", "superiorName",
				"placeAndDate", "dateWritten", "dateWrittenAtStart", "personNameUpper", "gender", "dateOfBirth",
				"ethnicity", "residence", "workplace", "cellName", "competentBody", "cellResolutionClause",
				"grassrootsResolutionClause", "baseMembers", "attendees", "votesFor", "votesAgainst", "votesForPercent", "admissionDecisionNumber",
				"admissionDecisionDate", "ceremonyDate", "probationEndDate", "proposalText", "reason", "ceremonyPlace", "mentorName" }) {
			v.put(name, name);
		}
		v.put("personName", "Đặng Thị Ngọc Ánh");
		v.put("number", "12-NQ/ĐU");
		return v;
	}

}
