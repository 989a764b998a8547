package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * The secretary opens a case by choosing people from her cell's lists and sees its number; the lists
 * are display only (the start step re-checks every id), and only a cell's committee may open one.
 */
@DemoTest
class NewCasePageTest {

	static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MemberRegister members;

	@Test
	void theSecretaryChoosesThePersonAndIntroducersByName_andSeesTheNewCasesNumber() {
		Http http = new Http(port);
		WebSession secretary = new WebSession();
		secretary.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);

		HttpResponse<String> page = secretary.get(http, "/cases/new");
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> people = options(page.body(), "personId");
		Map<String, String> officials = options(page.body(), "introducer1Id");
		assertThat(people).isNotEmpty().allSatisfy((id, label) -> assertThat(label).contains(" – sinh năm "));
		assertThat(officials.values()).allSatisfy(label -> assertThat(label).endsWith("đảng viên chính thức"));
		assertThat(people.keySet()).allSatisfy(id -> assertThat(members.findPerson(id).orElseThrow().cellId())
			.isEqualTo("xa.tamduong.hophoa1"));

		List<String> introducers = new ArrayList<>(officials.keySet());
		// a person two members may introduce (a Youth Union member of youth age takes the Youth Union's path)
		String person = people.keySet().stream().filter(id -> cases.requiredIntroductionPath(id).isEmpty()).findFirst()
			.orElseThrow();
		HttpResponse<String> opened = post(http, secretary, page.body(), Map.of("cellId", "xa.tamduong.hophoa1", "personId",
				person, "introductionPath", "TWO_MEMBERS", "introducer1Id", introducers.get(0),
				"introducer1Relation", "WORK", "introducer1Since", "2020-01-01", "introducer2Id", introducers.get(1),
				"introducer2Relation", "RESIDENCE", "introducer2Since", "2019-06-01"));

		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		Matcher number = Pattern.compile("<strong id=\"caseId\">(KN-\\d{4}-\\d{6})</strong>").matcher(opened.body());
		assertThat(number.find()).as(opened.body()).isTrue();
		assertThat(cases.find(number.group(1))).hasValueSatisfying(c -> assertThat(c.personId()).isEqualTo(person));

		// the timeline the forms link to: for the cell, and 404 for a secretary of another commune
		assertThat(secretary.get(http, "/cases/" + number.group(1)).body()).contains("Diễn biến hồ sơ kết nạp " + number.group(1));
		WebSession elsewhere = new WebSession();
		elsewhere.signIn(http, "secretary.anhoa1", DemoTest.PASSWORD);
		assertThat(elsewhere.get(http, "/cases/" + number.group(1)).statusCode()).isEqualTo(404);
	}

	/** An id not among the page's options (a person of another commune's cell) is refused at its field, and nothing opens. */
	@Test
	void aPersonOfAnotherCell_isRefusedAtThePersonField_inVietnamese() {
		Http http = new Http(port);
		WebSession other = new WebSession();
		other.signIn(http, "secretary.anhoa1", DemoTest.PASSWORD);
		String foreign = options(other.get(http, "/cases/new").body(), "personId").keySet().iterator().next();

		WebSession secretary = new WebSession();
		secretary.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);
		HttpResponse<String> page = secretary.get(http, "/cases/new");
		List<String> introducers = new ArrayList<>(options(page.body(), "introducer1Id").keySet());
		HttpResponse<String> refused = post(http, secretary, page.body(), Map.of("cellId", "xa.tamduong.hophoa1", "personId",
				foreign, "introductionPath", "TWO_MEMBERS", "introducer1Id", introducers.get(0), "introducer1Relation", "WORK",
				"introducer1Since", "2020-01-01", "introducer2Id", introducers.get(1), "introducer2Relation", "WORK",
				"introducer2Since", "2020-01-01"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<span class=\"error\" id=\"personId-error\">Không tìm thấy người này trong chi bộ của đồng chí.</span>");
		assertThat(cases.findOpenByPerson(foreign)).isEmpty();
	}

	/** A committee member who is no cell's secretary gets no list, and a POST is refused by the start step. */
	@Test
	void aUserOfNoCellCommittee_getsNoList_andCannotOpenACase() {
		Http http = new Http(port);
		WebSession committee = new WebSession();
		committee.signIn(http, "committee.agency1", DemoTest.PASSWORD);
		HttpResponse<String> page = committee.get(http, "/cases/new");
		assertThat(page.body()).contains("Chỉ bí thư, cấp ủy chi bộ mới mở được hồ sơ kết nạp").doesNotContain("<select");

		WebSession secretary = new WebSession();
		secretary.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);
		String person = options(secretary.get(http, "/cases/new").body(), "personId").keySet().iterator().next();
		// the login page carries a token for the committee member's session
		HttpResponse<String> refused = post(http, committee, committee.get(http, "/login").body(), Map.of("cellId",
				"xa.tamduong.hophoa1", "personId", person, "introductionPath", "TWO_MEMBERS"));
		assertThat(refused.statusCode()).isIn(400, 403);
		assertThat(cases.findOpenByPerson(person)).isEmpty();
	}

	@Test
	void aPostWithoutTheFormsToken_isRefused() {
		Http http = new Http(port);
		WebSession secretary = new WebSession();
		secretary.signIn(http, "secretary.hophoa1", DemoTest.PASSWORD);
		HttpResponse<String> refused = post(http, secretary, "", Map.of("cellId", "xa.tamduong.hophoa1"));
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	/** The API's refusal: detail in the language of Accept-Language (Vietnamese by default), the stable codes beside it. */
	@Test
	void anApiRefusal_saysItInVietnamese_orInEnglishOnRequest_withTheStableCodes() throws Exception {
		Http http = new Http(port);
		String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("organizing.tamduong:" + DemoTest.PASSWORD)
			.getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/cases?unit=xa.tamduong&direction=sideways"))
			.header("Authorization", basic);
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

		HttpResponse<String> vietnamese = http.send(request.build());
		assertThat(vietnamese.statusCode()).isEqualTo(400);
		var problem = json.readTree(vietnamese.body());
		assertThat(problem.path("detail").asText()).isEqualTo("Chiều sắp xếp phải là asc (tăng dần) hoặc desc (giảm dần); không nhận “sideways”.");
		assertThat(problem.path("title").asText()).isEqualTo("Dữ liệu không hợp lệ");
		assertThat(problem.path("code").asText()).isEqualTo("input-refused");
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("direction");
		assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("sort-direction");

		HttpResponse<String> english = http.send(request.header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5").build());
		assertThat(json.readTree(english.body()).path("detail").asText()).isEqualTo("The direction must be asc or desc, not \"sideways\".");
		assertThat(json.readTree(english.body()).path("code").asText()).isEqualTo("input-refused");
	}

	private static Map<String, String> options(String html, String select) {
		int start = html.indexOf("<select id=\"" + select + "\"");
		assertThat(start).as("select %s on the page", select).isNotNegative();
		String within = html.substring(start, html.indexOf("</select>", start));
		Map<String, String> options = new LinkedHashMap<>();
		Matcher m = OPTION.matcher(within);
		while (m.find()) {
			options.put(m.group(1), m.group(2));
		}
		return options;
	}

	private static HttpResponse<String> post(Http http, WebSession session, String pageWithToken, Map<String, String> fields) {
		Map<String, String> body = new LinkedHashMap<>(fields);
		Matcher token = CSRF.matcher(pageWithToken);
		if (token.find()) {
			body.put("_csrf", token.group(1));
		}
		String form = body.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(http.uri("/cases/new"))
			.header("Cookie", WebSession.COOKIE + "=" + session.cookie(WebSession.COOKIE))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

}
