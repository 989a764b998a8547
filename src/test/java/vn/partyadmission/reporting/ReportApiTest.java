package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/**
 * The report and target APIs as the demo users call them: the demo's story (185 admitted in 2023
 * against a demo target of 180, 121 of 130 village heads), refused input as RFC 7807 problems naming field and rule,
 * other communes' figures as 404, and the CSV and XLSX exports.
 */
@DemoTest
class ReportApiTest {

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void demoStory_theOldDistrictAdmitted185In2023AgainstADemoTargetOf180_and121Of130VillageHeadsAreMembers() throws Exception {
		JsonNode report = ok("/api/reports/td?year=2023", "admin:" + DemoTest.PASSWORD);
		assertThat(report.at("/admittedTotal/admitted").asInt()).isEqualTo(185);
		assertThat(report.at("/admittedTotal/target").asInt()).isEqualTo(180);
		assertThat(report.at("/villageHeads/total").asInt()).isEqualTo(130);
		assertThat(report.at("/villageHeads/members").asInt()).isEqualTo(121);
		assertThat(report.at("/privateEnterpriseOrganizations")).hasSize(2);

		JsonNode commune = ok("/api/reports/xa.tamduong?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(commune.at("/admittedTotal/admitted").asInt()).isGreaterThan(commune.at("/admittedTotal/target").asInt());
		assertThat(commune.at("/openCases").asInt()).isGreaterThan(0);
	}

	@Test
	void yearOutOfRange_orToBeforeFrom_isAProblemNamingTheFieldAndRule() throws Exception {
		HttpResponse<String> year = http.get("/api/reports/xa.tamduong?year=1999", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(json.readTree(year.body()).at("/errors/0/field").asText()).isEqualTo("year");
		assertThat(json.readTree(year.body()).at("/errors/0/rule").asText()).isEqualTo("year-2000-2100");

		HttpResponse<String> period = http.get("/api/reports/xa.tamduong?from=2026-05-01&to=2026-01-31", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(period.statusCode()).isEqualTo(400);
		assertThat(json.readTree(period.body()).at("/errors/0/field").asText()).isEqualTo("to");
		assertThat(json.readTree(period.body()).at("/errors/0/rule").asText()).isEqualTo("period-order");
	}

	@Test
	void aCommunesStaff_cannotReadAnotherCommunesFigures_404LikeAUnitThatDoesNotExist() {
		HttpResponse<String> other = http.get("/api/reports/xa.hoangan?year=2026", "organizing.tamduong:" + DemoTest.PASSWORD);
		HttpResponse<String> none = http.get("/api/reports/xa.nowhere?year=2026", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(other.body().replace("xa.hoangan", "X")).isEqualTo(none.body().replace("xa.nowhere", "X"));
		assertThat(other.body()).doesNotContain("Hoàng An");
		assertThat(http.get("/api/reports/xa.hoangan/admitted.csv?year=2026", "organizing.tamduong:" + DemoTest.PASSWORD).statusCode())
			.isEqualTo(404);
		assertThat(http.get("/api/reports/xa.hoangan?year=2026", "organizing.hoangan:" + DemoTest.PASSWORD).statusCode()).isEqualTo(200);
		// a cell's secretary sees the cell, not the commune above it
		assertThat(http.get("/api/reports/xa.tamduong?year=2026", "secretary.hophoa1:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/reports/xa.tamduong.hophoa1?year=2026", "secretary.hophoa1:" + DemoTest.PASSWORD).statusCode())
			.isEqualTo(200);
	}

	@Test
	void targets_setByTheOrganizingCommissionOfTheUnitOrAbove_checkedFieldByField() throws Exception {
		String unit = "/api/targets/xa.tamduong.kimlong1/2026";
		HttpResponse<String> bad = put(unit, "organizing.tamduong:" + DemoTest.PASSWORD,
				"{\"newMembers\":-1,\"villageHeadSharePercent\":120,\"privateEnterpriseOrgs\":0}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(json.readTree(bad.body()).get("errors").findValuesAsText("field"))
			.containsExactly("newMembers", "villageHeadSharePercent");
		assertThat(json.readTree(bad.body()).get("errors").findValuesAsText("rule")).containsExactly("whole-number", "percent-0-100");
		assertThat(put("/api/targets/xa.tamduong.kimlong1/2101", "organizing.tamduong:" + DemoTest.PASSWORD, "{\"newMembers\":3}").body())
			.contains("year-2000-2100");

		assertThat(put(unit, "organizing.hoangan:" + DemoTest.PASSWORD, "{\"newMembers\":3}").statusCode()).isEqualTo(404);
		assertThat(put("/api/targets/xa.tamduong.hophoa1/2026", "secretary.hophoa1:" + DemoTest.PASSWORD, "{\"newMembers\":3}").statusCode())
			.isEqualTo(403);

		HttpResponse<String> set = put(unit, "organizing.tamduong:" + DemoTest.PASSWORD, "{\"newMembers\":4,\"villageHeadSharePercent\":100}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode listed = ok("/api/targets?unit=xa.tamduong.kimlong1&year=2026", "standing.tamduong:" + DemoTest.PASSWORD);
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("newMembers").asInt()).isEqualTo(4);
		assertThat(listed.get(0).get("setBy").asText()).isEqualTo("organizing.tamduong");
		assertThat(ok("/api/targets?year=2026", "organizing.hoangan:" + DemoTest.PASSWORD).findValuesAsText("organizationId"))
			.containsExactly("xa.hoangan");
	}

	@Test
	void csvExport_startsWithTheByteOrderMark_andKeepsTheDiacritics() {
		HttpResponse<byte[]> csv = bytes("/api/reports/xa.tamduong/admitted.csv?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		byte[] body = csv.body();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("unit,name,admitted,target,% of target\r\n");
		assertThat(text).contains("xa.tamduong.hophoa1,Chi bộ Thôn Đông (thị trấn Hợp Hòa),");
		assertThat(text).contains("Total: Đảng bộ xã Tam Dương");
	}

	@Test
	void xlsxExport_opensWithPoi_andHasTheRows() throws Exception {
		JsonNode report = ok("/api/reports/xa.tamduong?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD);
		HttpResponse<byte[]> xlsx = bytes("/api/reports/xa.tamduong/admitted.xlsx?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
			// one row per direct child and the total
			assertThat(sheet.getLastRowNum()).isEqualTo(report.get("admittedByUnit").size() + 1);
			Sheet last = sheet;
			assertThat(last.getRow(last.getLastRowNum()).getCell(2).getNumericCellValue())
				.isEqualTo(report.at("/admittedTotal/admitted").asDouble());
		}
		assertThat(http.get("/api/reports/xa.tamduong/nonsense.xlsx?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD).statusCode())
			.isEqualTo(400);
	}

	private JsonNode ok(String path, String credentials) throws Exception {
		HttpResponse<String> response = http.get(path, credentials);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> put(String path, String credentials, String body) {
		return http.send(HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<byte[]> bytes(String path, String credentials) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri(path))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
