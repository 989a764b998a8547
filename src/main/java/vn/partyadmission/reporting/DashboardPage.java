package vn.partyadmission.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import vn.partyadmission.reporting.Report.Admitted;
import vn.partyadmission.reporting.ReportQueries.Unit;
import vn.partyadmission.reporting.ReportTables.Table;

/** The dashboard as one server-rendered HTML page: figures, three SVG charts, every table with its exports. */
final class DashboardPage {

	private DashboardPage() {
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	static String render(Report r, List<Unit> units, String user, String demoNotice) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Dashboard – ")
			.append(escape(r.unitName())).append("</title><style>").append(STYLE).append("</style></head><body>");
		if (demoNotice != null) {
			html.append("<div class=\"demo-band\" id=\"demo-band\" role=\"note\">").append(escape(demoNotice)).append("</div>");
		}
		html.append("<header><h1>Party admission – ").append(escape(r.unitName())).append("</h1>")
			.append("<form method=\"get\" action=\"/dashboard\"><label>Unit <select name=\"unit\" id=\"unit\">");
		for (Unit u : units) {
			html.append("<option value=\"").append(escape(u.id())).append('"').append(u.id().equals(r.unitId()) ? " selected" : "")
				.append('>').append(escape(u.name() + (u.validTo() == null ? "" : " (until " + u.validTo() + ")")))
				.append("</option>");
		}
		String year = r.period().wholeYear() == null ? "" : String.valueOf(r.period().wholeYear());
		html.append("</select></label> <label>Year <input name=\"year\" id=\"year\" size=\"5\" value=\"").append(year)
			.append("\"></label> <button type=\"submit\">Show</button></form>")
			.append("<p class=\"who\">").append(escape(user)).append(" · period ").append(escape(r.period().toString()))
			.append(" · figures of now as of ").append(r.today()).append("</p></header>");

		Admitted total = r.admittedTotal();
		html.append("<section class=\"cards\">");
		card(html, "admitted", total.admitted() + (total.target() == null ? "" : " / " + total.target()),
				"new members admitted" + (total.percentOfTarget() == null ? "" : " · " + total.percentOfTarget() + "% of target"));
		Report.Membership m = r.membership();
		card(html, "membership", m.atStart() + " → " + m.atEnd(), "đảng viên đầu kỳ → cuối kỳ");
		card(html, "rate", m.admissionRatePercent() == null ? "–" : ReportTables.percent(m.admissionRatePercent()) + " %",
				"tỷ lệ kết nạp so với đảng viên đầu kỳ · chỉ tiêu " + ReportTables.percent(m.targetMinPercentPerYear()) + "–"
						+ ReportTables.percent(m.targetMaxPercentPerYear())
						+ " %/năm · " + m.assessment());
		card(html, "grassroots", String.valueOf(r.grassroots().total()), "tổ chức cơ sở đảng ("
				+ r.grassroots().communeCommittees() + " xã, thị trấn · " + r.grassroots().agencyCommittees() + " cơ quan · "
				+ r.grassroots().cells() + " chi bộ cơ sở)");
		card(html, "open", String.valueOf(r.openCases()), "open cases");
		card(html, "overdue", String.valueOf(r.overdueCasesTotal()), "overdue cases");
		card(html, "village-heads", r.villageHeads().members() + " / " + r.villageHeads().total(),
				"village heads who are members" + (r.villageHeads().percentMembers() == null ? ""
						: " · " + r.villageHeads().percentMembers() + "%"));
		card(html, "due", String.valueOf(r.dueMembersTotal()), "to recognize within 90 days");
		card(html, "private", r.privateEnterpriseOrganizations().size()
				+ (r.privateEnterpriseTarget() == null ? "" : " / " + r.privateEnterpriseTarget()),
				"new organizations in private enterprises");
		html.append("</section>");

		List<Admitted> charted = r.admittedByUnit().stream().filter(a -> a.admitted() > 0 || a.target() != null).toList();
		html.append("<section class=\"charts\">")
			.append(figure("chart-admitted", "New members admitted against target, per unit", Charts.admittedAgainstTarget(charted.isEmpty() ? List.of(total) : charted)))
			.append(figure("chart-funnel", "Open cases by stage, in the order of the procedure", Charts.funnel(Stages.inProcedureOrder(r.openCasesByStage()))))
			.append(figure("chart-trend", "New members per month", Charts.trend(r.admittedByMonth())))
			.append("</section>");

		String query = r.period().wholeYear() != null ? "?year=" + r.period().wholeYear()
				: "?from=" + r.period().from() + "&to=" + r.period().to();
		html.append("<section class=\"tables\">");
		for (Map.Entry<String, Table> entry : ReportTables.of(r).entrySet()) {
			Table t = entry.getValue();
			String base = "/api/reports/" + UriUtils.encodePathSegment(r.unitId(), "UTF-8") + "/" + t.name();
			html.append("<div class=\"table\" id=\"table-").append(t.name()).append("\"><h2>").append(escape(t.title()))
				.append(" <a href=\"").append(base).append(".csv").append(escape(query)).append("\">CSV</a>")
				.append(" <a href=\"").append(base).append(".xlsx").append(escape(query)).append("\">XLSX</a></h2><table><tr>");
			t.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
			html.append("</tr>");
			if (t.rows().isEmpty()) {
				html.append("<tr><td colspan=\"").append(t.headers().size()).append("\" class=\"none\">none</td></tr>");
			}
			for (List<Object> row : t.rows()) {
				html.append("<tr>");
				row.forEach(cell -> html.append(cell instanceof Number ? "<td class=\"n\">" : "<td>")
					.append(escape(cell == null ? "" : cell.toString())).append("</td>"));
				html.append("</tr>");
			}
			html.append("</table></div>");
		}
		html.append("</section></body></html>");
		return html.toString();
	}

	private static void card(StringBuilder html, String id, String figure, String label) {
		html.append("<div class=\"card\" id=\"card-").append(id).append("\"><b>").append(escape(figure)).append("</b><span>")
			.append(escape(label)).append("</span></div>");
	}

	private static String figure(String id, String caption, String svg) {
		return "<figure id=\"" + id + "\"><figcaption>" + escape(caption) + "</figcaption>" + svg + "</figure>";
	}

	private static final String STYLE = """
			body{font-family:sans-serif;margin:0;background:#f6f6f4;color:#222}
			.demo-band{background:#ffd54f;color:#3e2723;font-weight:bold;text-align:center;padding:6px;letter-spacing:.5px}
			header{background:#b71c1c;color:#fff;padding:12px 24px}
			header h1{margin:0 0 8px;font-size:22px} header form{display:inline} .who{margin:6px 0 0;font-size:13px;opacity:.9}
			select,input,button{font-size:14px;padding:3px}
			.cards{display:flex;gap:12px;padding:16px 24px;flex-wrap:wrap}
			.card{background:#fff;border-radius:6px;padding:10px 16px;min-width:170px;box-shadow:0 1px 3px #0002}
			.card b{display:block;font-size:26px;color:#b71c1c} .card span{font-size:13px;color:#555}
			.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(660px,1fr));gap:12px;padding:0 24px}
			figcaption{font-weight:bold;font-size:15px;margin-bottom:6px}
			figure{background:#fff;margin:0;padding:10px;border-radius:6px;box-shadow:0 1px 3px #0002}
			.tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:12px;padding:16px 24px}
			.table{background:#fff;padding:8px 12px;border-radius:6px;box-shadow:0 1px 3px #0002;overflow:auto;max-height:360px}
			.table h2{font-size:15px;margin:4px 0 8px} .table h2 a{font-size:12px;margin-left:6px}
			table{border-collapse:collapse;width:100%;font-size:13px} th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}
			td.n{text-align:right} td.none{color:#888}
			""";

}
