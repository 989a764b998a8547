package vn.partyadmission.admission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.security.EngineUser;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/**
 * The cell secretary's page to open an admission case without typing an id: the person and the
 * introducers are chosen from lists of the secretary's cell showing name, birth year and standing,
 * and the new case's number is shown once it is open. Behind the web login (the browser's session,
 * Spring's CSRF token on the form). The lists are display only: the case starts through the same
 * service as {@code POST /api/cases}, as the signed-in user, and the start step re-checks every id
 * against the register (another cell's person is refused there, whatever the page sent). Plus the
 * case's timeline, one click from each task form, for whoever may see the case.
 */
@Controller
class NewCasePage {


	private static final List<String> FIELDS = List.of("personId", "cellId", "introductionPath", "unionResolutionNumber",
			"introducer1Id", "introducer1Relation", "introducer1Since", "introducer2Id", "introducer2Relation",
			"introducer2Since", "certificateNumber", "certificateDate", "provincialConsentNumber");

	private final AdmissionCases cases;

	private final CaseQueries queries;

	private final MemberRegister members;

	private final OrganizationTree organizations;

	private final UnitScope scope;

	private final EngineUser engineUser;

	private final java.time.Clock clock;

	NewCasePage(AdmissionCases cases, CaseQueries queries, MemberRegister members, OrganizationTree organizations,
			UnitScope scope, EngineUser engineUser, java.time.Clock clock) {
		this.clock = clock;
		this.cases = cases;
		this.queries = queries;
		this.members = members;
		this.organizations = organizations;
		this.scope = scope;
		this.engineUser = engineUser;
	}

	@GetMapping("/cases/new")
	ResponseEntity<String> form(Authentication user, HttpServletRequest request) {
		return page(HttpStatus.OK, form(user, request, Map.of(), List.of()));
	}

	@PostMapping(path = "/cases/new", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> open(@RequestParam MultiValueMap<String, String> sent, Authentication user,
			HttpServletRequest request) {
		Map<String, Object> values = new HashMap<>();
		for (String field : FIELDS) {
			String value = sent.getFirst(field);
			values.put(field, value == null || value.isBlank() ? null : value.strip());
		}
		try {
			AdmissionCase opened = engineUser.call(user, () -> cases.start(values));
			String name = members.findPerson(opened.personId()).map(Person::fullName).orElse(opened.personId());
			return page(HttpStatus.CREATED, "<h1>Đã mở hồ sơ kết nạp</h1><p class=\"done\">Hồ sơ kết nạp số <strong id=\"caseId\">"
					+ escape(opened.id()) + "</strong> của " + escape(name) + " đã được mở.</p>"
					+ "<p>Việc tiếp theo của chi bộ đã có trong <a href=\"/camunda/app/tasklist/default/\">danh sách công việc</a>. "
					+ "<a href=\"/cases/" + escape(opened.id()) + "\">Xem diễn biến hồ sơ</a> · <a href=\"/cases/new\">Mở hồ sơ khác</a></p>");
		}
		catch (InvalidInputException refused) {
			Map<String, String> shown = new LinkedHashMap<>();
			values.forEach((k, v) -> shown.put(k, v == null ? "" : v.toString()));
			List<InvalidInputException.FieldError> errors = refused.errors();
			return page(refused instanceof vn.partyadmission.shared.ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
					form(user, request, shown, errors));
		}
	}

	/** The case's timeline for the browser: who did what when, with the documents' links. */
	@GetMapping("/cases/{caseId}")
	ResponseEntity<String> timeline(@PathVariable String caseId, Authentication user) {
		Optional<AdmissionCase> found = cases.find(caseId).filter(c -> scope.mayRead(user, c.cellId()));
		if (found.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "<h1>Không tìm thấy</h1><p>Không có hồ sơ “" + escape(caseId)
					+ "” mà đồng chí được xem.</p>");
		}
		AdmissionCase c = found.get();
		StringBuilder html = new StringBuilder("<h1>Diễn biến hồ sơ kết nạp ").append(escape(c.id())).append("</h1><p>")
			.append(escape(members.findPerson(c.personId()).map(Person::fullName).orElse(c.personId()))).append(" · ")
			.append(escape(organizations.find(c.cellId()).map(Organization::name).orElse(c.cellId())))
			.append(c.isOpen() ? " · đang giải quyết" : " · đã kết thúc").append("</p><table><thead><tr><th>Thời điểm</th>"
					+ "<th>Bước</th><th>Người thực hiện</th><th>Nội dung</th><th>Văn bản</th></tr></thead><tbody>");
		for (CaseQueries.TimelineEntry e : queries.timeline(c)) {
			html.append("<tr><td>").append(escape(e.at() == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
				.format(e.at().atZone(vn.partyadmission.shared.Dates.VIETNAM)))).append("</td><td>").append(escape(e.step()))
				.append("</td><td>").append(escape(e.actor())).append("</td><td>").append(escape(e.what())).append("</td><td>");
			if (e.documentCode() != null) {
				String label = e.documentCode() + (e.documentNumber() == null ? "" : " số " + e.documentNumber());
				String slug = slug(e.documentCode());
				html.append(slug == null ? escape(label) : "<a href=\"/documents/cases/" + escape(c.id()) + "/" + slug + ".pdf\">"
						+ escape(label) + "</a>");
			}
			html.append("</td></tr>");
		}
		html.append("</tbody></table><p><a href=\"/camunda/app/tasklist/default/\">Về danh sách công việc</a></p>");
		return page(HttpStatus.OK, html.toString());
	}

	/** The session route's name of a document the documents module produces (docs/documents.md). */
	private static String slug(String code) {
		return switch (code) {
			case "6-KNĐ" -> "6-knd";
			case "8-KNĐ" -> "8-knd";
			case "9-KNĐ" -> "9-knd";
			case "13-KNĐ" -> "13-knd";
			case "15-KNĐ" -> "15-knd";
			default -> null;
		};
	}

	private String form(Authentication user, HttpServletRequest request, Map<String, String> sent,
			List<InvalidInputException.FieldError> errors) {
		List<Organization> cells = UnitScope.groupsOf(user).stream()
			.filter(g -> g.endsWith(".secretary"))
			.map(g -> g.substring(0, g.length() - ".secretary".length()))
			.map(organizations::find)
			.flatMap(Optional::stream)
			.filter(o -> o.kind().isCell() && o.isValidOn(LocalDate.now(clock)))
			.sorted(Comparator.comparing(Organization::name))
			.toList();
		StringBuilder html = new StringBuilder("<h1>Mở hồ sơ đề nghị kết nạp đảng viên</h1>");
		if (cells.isEmpty()) {
			return html.append("<p>Chỉ bí thư, cấp ủy chi bộ mới mở được hồ sơ kết nạp; đồng chí không thuộc cấp ủy chi bộ nào.</p>")
				.toString();
		}
		if (!errors.isEmpty()) {
			html.append("<div class=\"errors\" role=\"alert\"><p>Hồ sơ chưa được mở. Đề nghị sửa các mục sau:</p><ul>");
			errors.forEach(e -> html.append("<li>").append(escape(e.message())).append("</li>"));
			html.append("</ul></div>");
		}
		Map<String, List<String>> byField = new HashMap<>();
		errors.forEach(e -> byField.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e.message()));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		html.append("<form method=\"post\" action=\"/cases/new\">");
		if (csrf != null) {
			html.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName())).append("\" value=\"")
				.append(escape(csrf.getToken())).append("\">");
		}
		String cellId = sent.getOrDefault("cellId", cells.get(0).id());
		html.append(select("cellId", "Chi bộ", cells.stream().map(c -> new Option(c.id(), c.name())).toList(), cellId, byField));
		List<Person> people = cells.stream().flatMap(c -> members.personsOfCell(c.id()).stream()).toList();
		List<Option> candidates = new ArrayList<>();
		List<Option> officials = new ArrayList<>();
		for (Person p : people) {
			Optional<MemberRecord> record = members.findRecord(p.id());
			if (record.isEmpty()) {
				continue;
			}
			MemberStatus status = record.get().status();
			Option option = new Option(p.id(), p.fullName() + " – sinh năm " + p.dateOfBirth().getYear() + " – "
					+ Messages.say("status." + status) + cellName(cells, p.cellId()));
			if (status.mayOpenCase() && cases.findOpenByPerson(p.id()).isEmpty()) {
				candidates.add(option);
			}
			if (status == MemberStatus.OFFICIAL) {
				officials.add(option);
			}
		}
		html.append(select("personId", "Người vào Đảng", candidates, sent.get("personId"), byField));
		html.append(select("introductionPath", "Hình thức giới thiệu", List.of(
				new Option("TWO_MEMBERS", "Hai đảng viên chính thức giới thiệu (3-KNĐ)"),
				new Option("YOUTH_UNION", "Nghị quyết giới thiệu của Đoàn Thanh niên (4-KNĐ) và một đảng viên chính thức"),
				new Option("TRADE_UNION", "Nghị quyết giới thiệu của Công đoàn (4A-KNĐ) và một đảng viên chính thức")),
				sent.getOrDefault("introductionPath", "TWO_MEMBERS"), byField));
		html.append(text("unionResolutionNumber", "Số nghị quyết giới thiệu của đoàn thể (4-KNĐ / 4A-KNĐ), khi đoàn thể giới thiệu",
				"text", sent, byField));
		List<Option> relations = List.of(new Option("WORK", "Cùng công tác"), new Option("STUDY", "Cùng học tập"),
				new Option("RESIDENCE", "Cùng cư trú"));
		for (int i = 1; i <= 2; i++) {
			html.append("<fieldset><legend>").append(i == 1 ? "Người giới thiệu" : "Người giới thiệu thứ hai (khi hai đảng viên giới thiệu)")
				.append("</legend>");
			html.append(select("introducer" + i + "Id", "Đảng viên chính thức", officials, sent.get("introducer" + i + "Id"), byField));
			html.append(select("introducer" + i + "Relation", "Quan hệ với người vào Đảng", relations,
					sent.get("introducer" + i + "Relation"), byField));
			html.append(text("introducer" + i + "Since", "Biết người vào Đảng từ ngày (ít nhất 12 tháng)", "date", sent, byField));
			html.append("</fieldset>");
		}
		html.append("<fieldset><legend>Lớp bồi dưỡng nhận thức về Đảng và văn bản đồng ý</legend>");
		html.append(text("certificateNumber", "Số giấy chứng nhận (CN-NTVĐ), nếu đã có", "text", sent, byField));
		html.append(text("certificateDate", "Ngày cấp giấy chứng nhận (CN-NTVĐ)", "date", sent, byField));
		html.append(text("provincialConsentNumber", "Số văn bản đồng ý của ban thường vụ tỉnh ủy (người trên 60 tuổi hoặc chưa "
				+ "tốt nghiệp tiểu học ở vùng khó khăn)", "text", sent, byField));
		html.append("</fieldset><p><button type=\"submit\">Mở hồ sơ</button></p></form>");
		return html.toString();
	}

	private static String cellName(List<Organization> cells, String cellId) {
		return cells.size() < 2 ? "" : cells.stream().filter(c -> c.id().equals(cellId)).findFirst()
			.map(c -> " – " + c.name()).orElse("");
	}

	record Option(String value, String label) {
	}

	private static String select(String field, String label, List<Option> options, String chosen,
			Map<String, List<String>> errors) {
		StringBuilder html = new StringBuilder("<p class=\"field\"><label for=\"").append(field).append("\">").append(escape(label))
			.append("</label><select id=\"").append(field).append("\" name=\"").append(field).append("\"><option value=\"\">– Chọn –</option>");
		for (Option o : options) {
			html.append("<option value=\"").append(escape(o.value())).append('"').append(o.value().equals(chosen) ? " selected" : "")
				.append('>').append(escape(o.label())).append("</option>");
		}
		return html.append("</select>").append(fieldErrors(field, errors)).append("</p>").toString();
	}

	private static String text(String field, String label, String type, Map<String, String> sent,
			Map<String, List<String>> errors) {
		return "<p class=\"field\"><label for=\"" + field + "\">" + escape(label) + "</label><input id=\"" + field + "\" name=\""
				+ field + "\" type=\"" + type + "\" value=\"" + escape(sent.getOrDefault(field, "")) + "\">"
				+ fieldErrors(field, errors) + "</p>";
	}

	private static String fieldErrors(String field, Map<String, List<String>> errors) {
		List<String> messages = errors.getOrDefault(field, List.of());
		return messages.isEmpty() ? "" : "<span class=\"error\" id=\"" + field + "-error\">" + escape(String.join(" ", messages))
				+ "</span>";
	}

	private static ResponseEntity<String> page(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kết nạp đảng viên</title><style>"
					+ "body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}label{display:block;font-weight:bold}"
					+ "select,input{min-width:30rem;padding:.3rem}fieldset{margin:1rem 0}.error{color:#b00020;display:block}"
					+ ".errors{border:1px solid #b00020;padding:.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
					+ "padding:.3rem;text-align:left;vertical-align:top}</style></head><body>" + body + "</body></html>");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

}
