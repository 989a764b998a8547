package vn.partyadmission.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.partyadmission.shared.DemoMark;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * The demo is the seed article's district: its report for 2023 through the API gives the article's
 * figures (48 grassroots organizations: 13 commune and town committees, 3 agency committees, 32
 * cells; over 6,300 members; 185 admitted; 121 of 130 village heads members) with the membership
 * at both ends of the year and the admission rate; other years differ; nothing is counted before a
 * unit existed or after it ended; every API answer is marked as demo data.
 */
@DemoTest
class DemoDistrictReportTest {

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void districtReportOf2023_givesTheSeedArticlesFigures_withMembershipAndTheAdmissionRate() throws Exception {
		JsonNode r = report("td", 2023, "admin");

		assertThat(r.at("/grassroots/total").asInt()).isEqualTo(48);
		assertThat(r.at("/grassroots/communeCommittees").asInt()).isEqualTo(13);
		assertThat(r.at("/grassroots/agencyCommittees").asInt()).isEqualTo(3);
		assertThat(r.at("/grassroots/cells").asInt()).isEqualTo(32);
		assertThat(r.at("/admittedTotal/admitted").asInt()).isEqualTo(185);
		// the article does not give the target: 180 is a demo value
		assertThat(r.at("/admittedTotal/target").asInt()).isEqualTo(180);
		int start = r.at("/membership/atStart").asInt();
		int end = r.at("/membership/atEnd").asInt();
		assertThat(end).as("over 6,300 members").isBetween(6300, 6400);
		assertThat(r.at("/membership/startDate").asText()).isEqualTo("2022-12-31");
		assertThat(r.at("/membership/endDate").asText()).isEqualTo("2023-12-31");
		double rate = r.at("/membership/admissionRatePercent").asDouble();
		assertThat(rate).isEqualTo(Math.round(18500.0 / start * 100) / 100.0).isBetween(3.0, 4.0);
		assertThat(r.at("/membership/targetMinPercent").asDouble()).isEqualTo(3.0);
		assertThat(r.at("/membership/targetMaxPercent").asDouble()).isEqualTo(4.0);
		assertThat(r.at("/membership/assessment").asText()).isEqualTo("Đạt mức chỉ tiêu");
		assertThat(r.at("/villageHeads/total").asInt()).isEqualTo(130);
		assertThat(r.at("/villageHeads/members").asInt()).isEqualTo(121);
		assertThat(r.at("/privateEnterpriseOrganizations").findValuesAsText("id")).containsExactly("td.duyphien.maydp", "td.kimlong.cokl");

		System.out.printf("Demo district td, 2023: %d grassroots organizations (%d commune/town, %d agency committees, %d cells); "
				+ "members %d on %s and %d on %s; %d admitted against a target of %d; admission rate %.2f %% (target %s–%s %% a year); "
				+ "village heads who are members %d of %d%n", r.at("/grassroots/total").asInt(),
				r.at("/grassroots/communeCommittees").asInt(), r.at("/grassroots/agencyCommittees").asInt(),
				r.at("/grassroots/cells").asInt(), start, r.at("/membership/startDate").asText(), end,
				r.at("/membership/endDate").asText(), r.at("/admittedTotal/admitted").asInt(), r.at("/admittedTotal/target").asInt(),
				rate, r.at("/membership/targetMinPercentPerYear").asText(), r.at("/membership/targetMaxPercentPerYear").asText(),
				r.at("/villageHeads/members").asInt(), r.at("/villageHeads/total").asInt());
	}

	@Test
	void villageHeadsWhoAreMembers_riseOverTheYears_eachYearItsOwnFigure() throws Exception {
		int y2020 = report("td", 2020, "admin").at("/villageHeads/members").asInt();
		int y2022 = report("td", 2022, "admin").at("/villageHeads/members").asInt();
		int y2024 = report("td", 2024, "admin").at("/villageHeads/members").asInt();
		int y2025 = report("td", 2025, "admin").at("/villageHeads/members").asInt();
		// the article: 121 at the end of 2023, 8.4 points (11 heads of 130) more than at its start
		assertThat(y2022).isEqualTo(110);
		assertThat(y2020).isEqualTo(98);
		assertThat(y2024).isEqualTo(125);
		assertThat(y2025).as("the district up to 30 June 2025").isEqualTo(127);
		int communes = 0;
		for (String commune : new String[] { "xa.tamduong", "xa.hoangan", "xa.tamduongbac", "xa.hoithinh" }) {
			communes += report(commune, 2025, "admin").at("/villageHeads/members").asInt();
		}
		assertThat(communes).as("the communes at the end of 2025").isEqualTo(128);
		System.out.printf("Village heads who are members (of 130): 2020 %d, 2022 %d, 2023 121, 2024 %d, 30 June 2025 %d, end of 2025 %d%n",
				y2020, y2022, y2024, y2025, communes);
	}

	@Test
	void theAbolishedDistrictCountsNothingAfterItEnded_andTheCommunesNothingBeforeTheyBegan() throws Exception {
		JsonNode district = report("td", 2025, "admin");
		assertThat(district.at("/counted/to").asText()).isEqualTo("2025-06-30");
		assertThat(district.at("/membership/endDate").asText()).isEqualTo("2025-06-30");
		assertThat(district.at("/openCases").asInt()).isZero();
		assertThat(district.at("/dueMembersTotal").asInt()).isZero();
		assertThat(monthsFrom(district, 6)).as("admissions after June").isZero();
		assertThat(district.at("/admittedTotal/admitted").asInt()).isEqualTo(DemoHistory.ADMISSIONS.get(2025));
		assertThat(report("td", 2026, "admin").at("/counted").isNull()).isTrue();
		assertThat(report("td", 2026, "admin").at("/admittedTotal/admitted").asInt()).isZero();

		JsonNode commune = report("xa.tamduong", 2025, "organizing.tamduong");
		assertThat(commune.at("/counted/from").asText()).isEqualTo("2025-07-01");
		assertThat(commune.at("/membership/startDate").asText()).isEqualTo("2025-06-30");
		assertThat(commune.at("/membership/atStart").asInt()).as("the members it took over").isPositive();
		int firstHalf = 0;
		for (int m = 0; m < 6; m++) {
			firstHalf += commune.at("/admittedByMonth/" + m + "/count").asInt();
		}
		assertThat(firstHalf).as("admissions before the commune existed").isZero();
		// half a year: half the yearly target
		assertThat(commune.at("/membership/targetMinPercent").asDouble()).isBetween(1.49, 1.52);
		assertThat(commune.at("/admittedTotal/admitted").asInt()).isPositive();
	}

	@Test
	void exportsCarryTheMembershipTable_withVietnameseLabels() {
		HttpResponse<String> csv = http.get("/api/reports/td/membership.csv?year=2023", "admin:" + DemoTest.PASSWORD);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("Đảng viên đầu kỳ (ngày 2022-12-31)").contains("Tỷ lệ kết nạp so với đảng viên đầu kỳ (%)")
			.contains("Kết nạp trong kỳ,185");
		HttpResponse<String> grassroots = http.get("/api/reports/td/grassroots.csv?year=2023", "admin:" + DemoTest.PASSWORD);
		assertThat(grassroots.body()).contains("\"Đảng bộ xã, phường, thị trấn\",13").contains("Chi bộ cơ sở,32").contains("Tổng số,48");
	}

	@Test
	void everyApiAnswerIsMarkedAsDemo_andAboutSaysSo_toASignedInUserOnly() throws Exception {
		HttpResponse<String> about = http.get("/api/about", "secretary.hophoa1:" + DemoTest.PASSWORD);
		assertThat(about.statusCode()).isEqualTo(200);
		assertThat(json.readTree(about.body()).get("demo").asBoolean()).isTrue();
		assertThat(json.readTree(about.body()).get("notice").asText()).isEqualTo("Dữ liệu minh họa, không phải số liệu thật");
		assertThat(about.headers().firstValue(DemoMark.HEADER)).contains("true");

		HttpResponse<String> anonymous = http.get("/api/about", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue(DemoMark.HEADER)).as("even a refusal").contains("true");
		// another unit's report: 404, marked too
		HttpResponse<String> hidden = http.get("/api/reports/xa.hoangan?year=2025", "organizing.tamduong:" + DemoTest.PASSWORD);
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.headers().firstValue(DemoMark.HEADER)).contains("true");
		assertThat(http.get("/api/members/p00001", "secretary.hophoa1:" + DemoTest.PASSWORD).headers().firstValue(DemoMark.HEADER))
			.contains("true");

		// Camunda's webapps ask with the web session
		WebSession session = new WebSession();
		session.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);
		HttpResponse<String> browser = session.get(http, "/api/about");
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(json.readTree(browser.body()).get("demo").asBoolean()).isTrue();
	}

	@Test
	void theDistrictsFigures_areNotShownToACommune_aCellSecretaryOrAPlainMember_404LikeAnUnknownUnit() {
		for (String user : new String[] { "organizing.tamduong", "secretary.hophoa1", "p00003" }) {
			assertThat(http.get("/api/reports/td?year=2023", user + ":" + DemoTest.PASSWORD).statusCode()).as(user).isEqualTo(404);
			assertThat(http.get("/api/reports/td/membership.csv?year=2023", user + ":" + DemoTest.PASSWORD).statusCode()).as(user)
				.isEqualTo(404);
		}
		// a plain member sees no unit's figures, not even the cell's; its secretary does
		assertThat(http.get("/api/reports/xa.tamduong.hophoa1?year=2025", "p00003:" + DemoTest.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/reports/xa.tamduong.hophoa1?year=2025", "secretary.hophoa1:" + DemoTest.PASSWORD).statusCode())
			.isEqualTo(200);
	}

	private JsonNode report(String unit, int year, String user) throws Exception {
		HttpResponse<String> response = http.get("/api/reports/" + unit + "?year=" + year, user + ":" + DemoTest.PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static int monthsFrom(JsonNode report, int month) {
		int sum = 0;
		for (int m = month; m < report.get("admittedByMonth").size(); m++) {
			sum += report.get("admittedByMonth").get(m).get("count").asInt();
		}
		return sum;
	}

}
