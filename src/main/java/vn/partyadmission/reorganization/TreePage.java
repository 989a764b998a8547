package vn.partyadmission.reorganization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import vn.partyadmission.organization.Body;
import vn.partyadmission.organization.DecidingBody;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.TreeChange;
import vn.partyadmission.organization.UnitSector;

/**
 * The tree screen, server-rendered: the units the user may see with their dates, the selected
 * unit's details, bodies and change log, forms for each change, and the reform plans with their
 * preview and apply. Plain HTML forms with the CSRF token; no script (CSP script-src 'self').
 */
final class TreePage {

	private TreePage() {
	}

	static String escape(Object text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text.toString(), "UTF-8");
	}

	static String url(String unitId) {
		return "/organization-tree?unit=" + UriUtils.encodeQueryParam(unitId, "UTF-8");
	}

	/** The frame of every page of the screen. */
	static String page(String title, String user, List<String> messages, String body) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
			.append("</title><style>").append(STYLE).append("</style></head><body><header><h1>").append(escape(title))
			.append("</h1><p class=\"who\">").append(escape(user)).append(" · <a href=\"/organization-tree\">Cây tổ chức</a>")
			.append(" · <a href=\"/organization-tree/plans\">Đề án sắp xếp</a> · <a href=\"/dashboard\">Báo cáo</a></p></header>");
		if (!messages.isEmpty()) {
			html.append("<ul class=\"errors\" id=\"errors\">");
			messages.forEach(m -> html.append("<li>").append(escape(m)).append("</li>"));
			html.append("</ul>");
		}
		html.append("<main>").append(body).append("</main></body></html>");
		return html.toString();
	}

	static String tree(List<Organization> units, TreeMaintenance.UnitDetails selected, String csrf) {
		StringBuilder html = new StringBuilder("<section class=\"tree\" id=\"tree\"><h2>Cây tổ chức</h2>");
		Map<String, List<Organization>> byParent = new HashMap<>();
		List<Organization> roots = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		units.forEach(u -> ids.add(u.id()));
		for (Organization u : units) {
			if (u.parentId() == null || !ids.contains(u.parentId())) {
				roots.add(u);
			}
			else {
				byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
			}
		}
		html.append("<ul>");
		roots.forEach(r -> node(html, r, byParent, selected == null ? null : selected.unit().id()));
		html.append("</ul></section>");
		if (selected != null) {
			html.append(details(selected, csrf));
		}
		return html.toString();
	}

	private static void node(StringBuilder html, Organization u, Map<String, List<Organization>> byParent, String selected) {
		html.append("<li").append(u.validTo() == null ? "" : " class=\"ended\"").append("><a id=\"unit-").append(escape(u.id()))
			.append("\" href=\"").append(escape(url(u.id()))).append("\"").append(u.id().equals(selected) ? " class=\"selected\"" : "")
			.append('>').append(escape(u.name())).append("</a> <small>").append(escape(u.id())).append(" · ")
			.append(escape(dates(u))).append("</small>");
		List<Organization> children = byParent.get(u.id());
		if (children != null) {
			html.append("<ul>");
			children.forEach(c -> node(html, c, byParent, selected));
			html.append("</ul>");
		}
		html.append("</li>");
	}

	static String dates(Organization u) {
		return "từ " + u.validFrom() + (u.validTo() == null ? "" : " đến " + u.validTo()
				+ (u.successorId() == null ? "" : " → " + u.successorId()));
	}

	private static String details(TreeMaintenance.UnitDetails d, String csrf) {
		Organization u = d.unit();
		String base = "/organization-tree/units/" + UriUtils.encodePathSegment(u.id(), "UTF-8");
		StringBuilder html = new StringBuilder("<section class=\"unit\" id=\"unit-details\"><h2>").append(escape(u.name()))
			.append("</h2><table>");
		row(html, "Mã", u.id());
		row(html, "Loại", u.kind().name());
		row(html, "Hiệu lực", dates(u));
		row(html, "Trực thuộc", u.parentId());
		row(html, "Vùng khó khăn", u.hardshipArea() ? "có" : "không");
		row(html, "Lĩnh vực", d.settings().sector().label());
		row(html, "Cấp ủy có thẩm quyền kết nạp", u.competentCommitteeId() == null ? "theo cấp trên" : u.competentCommitteeId());
		row(html, "Cơ quan quyết định", d.settings().decidingBody().label());
		html.append("</table><h3>Người dùng của các cơ quan</h3><table id=\"bodies\">");
		d.bodies().forEach((body, users) -> {
			html.append("<tr><th>").append(escape(body.label())).append(" <small>").append(escape(body.group(u.id())))
				.append("</small></th><td>");
			if (users.isEmpty()) {
				html.append("<span class=\"none\">chưa có ai</span>");
			}
			for (String user : users) {
				html.append("<span class=\"user\">").append(escape(user));
				if (d.mayChange()) {
					html.append(form(base + "/users/remove", csrf, hidden("body", body.name()) + hidden("personId", user), "Thôi giao", "small"));
				}
				html.append("</span> ");
			}
			html.append("</td></tr>");
		});
		html.append("</table><h3>Nhật ký thay đổi</h3><table id=\"changes\"><tr><th>Từ ngày</th><th>Thay đổi</th><th>Người thực hiện</th></tr>");
		for (TreeChange c : d.changes()) {
			html.append("<tr><td>").append(c.effectiveDate()).append("</td><td>").append(escape(c.detail())).append("</td><td>")
				.append(escape(c.actor())).append("</td></tr>");
		}
		html.append("</table>");
		if (!d.mayChange() || u.validTo() != null) {
			html.append("<p class=\"none\">").append(u.validTo() != null ? "Đơn vị đã kết thúc hoạt động; lịch sử không sửa."
					: "Chỉ quản trị viên và ban tổ chức của cấp ủy cấp trên được thay đổi chính đơn vị này.").append("</p>");
		}
		else {
			html.append("<h3>Thay đổi đơn vị</h3><div class=\"forms\">");
			html.append(form(base + "/rename", csrf, field("name", "Tên mới", u.name()) + date(), "Đổi tên", "rename"));
			html.append(form(base + "/flags", csrf, "<label><input type=\"checkbox\" name=\"hardshipArea\" value=\"true\""
					+ (u.hardshipArea() ? " checked" : "") + "> Vùng khó khăn</label>" + select("sector", "Lĩnh vực",
							options(UnitSector.values(), d.settings().sector())) + date(), "Lưu", "flags"));
			html.append(form(base + "/competent", csrf, field("competentCommitteeId", "Cấp ủy có thẩm quyền (mã; trống: theo cấp trên)",
					u.competentCommitteeId()) + select("decidingBody", "Cơ quan quyết định", options(DecidingBody.values(), d.settings().decidingBody()))
					+ date(), "Lưu thẩm quyền", "competent"));
			StringBuilder bodies = new StringBuilder();
			for (Body b : Body.of(u.kind())) {
				bodies.append("<option value=\"").append(b.name()).append("\">").append(escape(b.label())).append("</option>");
			}
			html.append(form(base + "/users", csrf, "<label>Cơ quan <select name=\"body\">" + bodies + "</select></label>"
					+ field("personId", "Mã đảng viên", ""), "Giao người dùng", "assign"));
			html.append(form(base + "/move", csrf, field("newParentId", "Chuyển về (mã đơn vị cấp trên mới)", "")
					+ field("newId", "Mã mới", "") + date(), "Chuyển đơn vị", "move"));
			html.append(form(base + "/merge", csrf, field("successorId", "Sáp nhập vào (mã)", "") + date(), "Sáp nhập", "merge"));
			html.append(form(base + "/end", csrf, field("successorId", "Đơn vị kế tục (mã, nếu có)", "") + date(), "Giải thể", "end"));
			html.append("</div>");
		}
		if (d.mayAddBelow()) {
			StringBuilder kinds = new StringBuilder();
			for (OrganizationKind k : OrganizationKind.values()) {
				kinds.append("<option value=\"").append(k.name()).append("\">").append(k.name()).append("</option>");
			}
			html.append("<h3>Thành lập đơn vị trực thuộc</h3>").append(form(base + "/add", csrf, field("id", "Mã đơn vị mới", u.id() + ".")
					+ field("name", "Tên", "") + "<label>Loại <select name=\"kind\">" + kinds + "</select></label>" + date(),
					"Thành lập", "add"));
		}
		html.append("</section>");
		return html.toString();
	}

	static String plans(List<ReformPlans.Plan> plans, String csrf) {
		StringBuilder html = new StringBuilder("<section id=\"plans\"><h2>Đề án sắp xếp tổ chức</h2><table><tr><th>Số</th><th>Tên</th>"
				+ "<th>Ngày hiệu lực</th><th>Trạng thái</th><th>Lập bởi</th></tr>");
		for (ReformPlans.Plan p : plans) {
			html.append("<tr><td><a href=\"/organization-tree/plans/").append(p.id()).append("\">").append(p.id())
				.append("</a></td><td>").append(escape(p.title())).append("</td><td>").append(p.effectiveDate()).append("</td><td>")
				.append(status(p)).append("</td><td>").append(escape(p.createdBy())).append("</td></tr>");
		}
		html.append("</table><h3>Lập đề án mới</h3>").append(form("/organization-tree/plans", csrf,
				field("title", "Tên đề án", "") + date()
						+ "<label class=\"wide\">Các thay đổi, mỗi dòng một thay đổi:<br><textarea name=\"changes\" id=\"changes\" rows=\"8\" cols=\"80\"></textarea></label>"
						+ "<p class=\"help\">MERGE &lt;mã đơn vị&gt; &lt;mã đơn vị nhận&gt; · MOVE &lt;mã đơn vị&gt; &lt;mã cấp trên mới&gt; &lt;mã mới&gt; · "
						+ "END &lt;mã đơn vị&gt; [&lt;mã đơn vị kế tục&gt;] · ADD &lt;mã mới&gt; &lt;loại&gt; &lt;mã cấp trên&gt; &lt;tên&gt;</p>",
				"Lập đề án", "create-plan"));
		return html.append("</section>").toString();
	}

	static String plan(ReformPlans.Plan p, Outcome outcome, String csrf) {
		StringBuilder html = new StringBuilder("<section id=\"plan\"><h2>Đề án số ").append(p.id()).append(": ").append(escape(p.title()))
			.append("</h2><p>Ngày hiệu lực ").append(p.effectiveDate()).append(" · <span id=\"plan-status\">").append(status(p))
			.append("</span></p><ol id=\"plan-changes\">");
		for (PlanChange c : p.changes()) {
			html.append("<li>").append(escape(describe(c))).append("</li>");
		}
		html.append("</ol>");
		if (p.status() == ReformPlans.Status.DRAFT) {
			html.append(form("/organization-tree/plans/" + p.id() + "/preview", csrf, "", "Xem trước (chạy thử, không thay đổi gì)", "preview"));
			if (outcome != null && !outcome.applied()) {
				html.append(form("/organization-tree/plans/" + p.id() + "/apply", csrf, "", "Áp dụng đề án", "apply"));
			}
		}
		if (outcome != null) {
			html.append(outcome(outcome));
		}
		return html.append("</section>").toString();
	}

	private static String outcome(Outcome o) {
		StringBuilder html = new StringBuilder("<div id=\"outcome\" class=\"").append(o.applied() ? "applied" : "preview").append("\"><h3>")
			.append(o.applied() ? "Đã áp dụng" : "Xem trước: nếu áp dụng đề án").append("</h3>");
		html.append("<h4>Đơn vị</h4><table id=\"outcome-units\"><tr><th>Đơn vị</th><th>Tên</th><th>Thay đổi</th></tr>");
		o.units().forEach(u -> html.append("<tr><td>").append(escape(u.unitId())).append("</td><td>").append(escape(u.name()))
			.append("</td><td>").append(escape(u.change())).append("</td></tr>"));
		html.append("</table><h4>Người chuyển sinh hoạt (").append(o.people().size()).append(")</h4><table id=\"outcome-people\"><tr><th>Mã</th><th>Họ tên</th><th>Từ</th><th>Đến</th></tr>");
		o.people().forEach(p -> html.append("<tr><td>").append(escape(p.personId())).append("</td><td>").append(escape(p.fullName()))
			.append("</td><td>").append(escape(p.fromCellId())).append("</td><td>").append(escape(p.toCellId())).append("</td></tr>"));
		html.append("</table><h4>Hồ sơ kết nạp đang mở (").append(o.cases().size()).append("; ").append(o.tasksMoved())
			.append(" việc chuyển)</h4><table id=\"outcome-cases\"><tr><th>Hồ sơ</th><th>Người</th><th>Chi bộ</th><th>Cấp ủy có thẩm quyền</th><th>Quyết định / thẩm định</th></tr>");
		o.cases().forEach(c -> html.append("<tr><td>").append(escape(c.caseId())).append("</td><td>").append(escape(c.personId()))
			.append("</td><td>").append(escape(c.fromCellId() + " → " + c.toCellId())).append("</td><td>")
			.append(escape(c.fromCompetentCommitteeId() + " → " + c.toCompetentCommitteeId())).append("</td><td>")
			.append(escape(c.decidingGroup() + " / " + c.organizingGroup())).append("</td></tr>"));
		html.append("</table><h4>Cơ quan chưa có người dùng sau thay đổi</h4><ul id=\"outcome-bodies\">");
		o.bodiesWithoutUsers().forEach(b -> html.append("<li>").append(escape(b)).append("</li>"));
		return html.append("</ul></div>").toString();
	}

	static String describe(PlanChange c) {
		return switch (c.kind()) {
			case ADD -> "Thành lập " + c.unitId() + " (" + c.unitKind() + ") \"" + c.name() + "\" trực thuộc " + c.targetId();
			case MOVE -> "Chuyển " + c.unitId() + " về " + c.targetId() + " với mã mới " + c.newId();
			case MERGE -> "Sáp nhập " + c.unitId() + " vào " + c.targetId();
			case END -> "Giải thể " + c.unitId() + (c.targetId() == null ? "" : ", kế tục: " + c.targetId());
		};
	}

	private static String status(ReformPlans.Plan p) {
		return p.status() == ReformPlans.Status.APPLIED ? "đã áp dụng (" + escape(p.appliedBy()) + ")"
				: p.previewedVersion() == null ? "dự thảo, chưa xem trước" : "dự thảo, đã xem trước";
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String form(String action, String csrf, String fields, String button, String id) {
		return "<form method=\"post\" action=\"" + escape(action) + "\" id=\"form-" + id + "\">" + hidden("_csrf", csrf) + fields
				+ "<button type=\"submit\">" + escape(button) + "</button></form>";
	}

	private static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
	}

	private static String field(String name, String label, String value) {
		return "<label>" + escape(label) + " <input name=\"" + name + "\" value=\"" + escape(value) + "\"></label>";
	}

	private static String date() {
		return "<label>Từ ngày <input name=\"effectiveDate\" placeholder=\"yyyy-mm-dd\" size=\"10\" required></label>";
	}

	private static String select(String name, String label, String options) {
		return "<label>" + escape(label) + " <select name=\"" + name + "\">" + options + "</select></label>";
	}

	private static <E extends Enum<E>> String options(E[] values, E selected) {
		StringBuilder html = new StringBuilder();
		for (E e : values) {
			String label = e instanceof UnitSector s ? s.label() : e instanceof DecidingBody b ? b.label() : e.name();
			html.append("<option value=\"").append(e.name()).append('"').append(e == selected ? " selected" : "").append('>')
				.append(escape(label)).append("</option>");
		}
		return html.toString();
	}

	private static final String STYLE = """
			body{font-family:sans-serif;margin:0;background:#f6f6f4;color:#222}
			header{background:#b71c1c;color:#fff;padding:12px 24px} header a{color:#fff}
			header h1{margin:0 0 6px;font-size:22px} .who{margin:0;font-size:13px}
			main{display:flex;flex-wrap:wrap;gap:16px;padding:16px 24px;align-items:flex-start}
			section{background:#fff;border-radius:6px;padding:10px 16px;box-shadow:0 1px 3px #0002}
			.tree{max-height:80vh;overflow:auto;min-width:360px;font-size:13px} .tree ul{padding-left:16px;margin:2px 0}
			.tree small{color:#777} .ended>a{color:#888;text-decoration:line-through} a.selected{font-weight:bold;color:#b71c1c}
			.unit,#plans,#plan{flex:1;min-width:520px}
			table{border-collapse:collapse;font-size:13px;margin-bottom:8px} th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
			.forms form,#plans form,#plan form{border:1px solid #ddd;border-radius:4px;padding:6px;margin:6px 0}
			label{margin-right:8px;font-size:13px} .wide{display:block} .help{font-size:12px;color:#555}
			.none{color:#888} .user{display:inline-block;margin-right:8px} .user form{display:inline;border:0;padding:0;margin:0}
			.errors{background:#fdecea;color:#8a1c1c;margin:16px 24px 0;padding:8px 24px;border-radius:6px}
			.applied h3{color:#1b5e20} .preview h3{color:#b26a00}
			""";

}
