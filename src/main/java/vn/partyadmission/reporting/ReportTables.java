package vn.partyadmission.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.partyadmission.reporting.Report.Admitted;
import vn.partyadmission.reporting.Report.Count;

/** The report as named tables: what the dashboard shows and the CSV and XLSX exports contain, cell for cell. */
final class ReportTables {

	private ReportTables() {
	}

	record Table(String name, String title, List<String> headers, List<List<Object>> rows) {
	}

	static Map<String, Table> of(Report r) {
		Map<String, Table> tables = new LinkedHashMap<>();
		List<List<Object>> admitted = new ArrayList<>();
		r.admittedByUnit().forEach(a -> admitted.add(admittedRow(a)));
		admitted.add(admittedRow(new Admitted(r.unitId(), "Total: " + r.unitName(), r.admittedTotal().admitted(),
				r.admittedTotal().target())));
		add(tables, "admitted", "New members admitted against target", List.of("unit", "name", "admitted", "target", "% of target"),
				admitted);
		Report.Membership m = r.membership();
		add(tables, "membership", "Tổng số đảng viên và tỷ lệ kết nạp" + (r.counted() == null ? " (đơn vị không tồn tại trong kỳ)"
				: r.counted().equals(r.period()) ? "" : " (tính từ " + r.counted().from() + " đến " + r.counted().to() + ")"),
				List.of("chỉ số", "giá trị"),
				List.of(row("Đảng viên đầu kỳ" + on(m.startDate()), m.atStart()),
						row("Đảng viên cuối kỳ" + on(m.endDate()), m.atEnd()),
						row("Kết nạp trong kỳ", r.admittedTotal().admitted()),
						row("Tỷ lệ kết nạp so với đảng viên đầu kỳ (%)", m.admissionRatePercent()),
						row("Chỉ tiêu toàn quốc (%/năm, " + m.targetSource() + ")", percent(m.targetMinPercentPerYear()) + "–"
								+ percent(m.targetMaxPercentPerYear())),
						row("Chỉ tiêu tương ứng với kỳ báo cáo (%)", percent(m.targetMinPercent()) + "–" + percent(m.targetMaxPercent())),
						row("Đánh giá", m.assessment())));
		Report.Grassroots g = r.grassroots();
		add(tables, "grassroots", "Tổ chức cơ sở đảng trực thuộc" + on(g.on()), List.of("loại", "số lượng"),
				List.of(row("Đảng bộ xã, phường, thị trấn", g.communeCommittees()),
						row("Đảng bộ cơ quan, doanh nghiệp, lực lượng vũ trang", g.agencyCommittees()),
						row("Chi bộ cơ sở", g.cells()), row("Tổng số", g.total())));
		add(tables, "open-cases", "Open cases by stage (now)", List.of("stage", "open cases"), counts(r.openCasesByStage()));
		add(tables, "overdue", "Overdue cases (now)" + cut(r.overdueCases().size(), r.overdueCasesTotal()), List.of("case", "person", "cell", "stage", "deadline missed", "since"),
				r.overdueCases().stream().map(o -> row(o.caseId(), o.personName(), o.cellId(), o.stage(), o.deadline(), o.since())).toList());
		add(tables, "stage-days", "Days per stage (tasks finished in the period)",
				List.of("stage", "tasks", "average days", "longest days"),
				r.daysPerStage().stream().map(s -> row(s.stage(), s.tasks(), s.averageDays(), s.longestDays())).toList());
		add(tables, "due", "Probationary members due for recognition" + cut(r.dueMembers().size(), r.dueMembersTotal()), List.of("person", "name", "cell", "probation ends", "days left"),
				r.dueMembers().stream().map(d -> row(d.personId(), d.fullName(), d.cellId(), d.probationEnd(), d.daysLeft())).toList());
		add(tables, "village-heads", "Village heads and residential-group leaders who are members",
				List.of("village heads", "members", "% members", "target %"),
				List.of(row(r.villageHeads().total(), r.villageHeads().members(), r.villageHeads().percentMembers(),
						r.villageHeads().targetPercent())));
		add(tables, "months", "New members per month", List.of("month", "admitted"), counts(r.admittedByMonth()));
		r.breakdowns().forEach((name, counts) -> add(tables, name, "New members by " + name.replace('-', ' '),
				List.of(name, "new members"), counts(counts)));
		add(tables, "private-enterprise-orgs", "New Party organizations in private enterprises",
				List.of("unit", "name", "founded"),
				r.privateEnterpriseOrganizations().stream().map(o -> row(o.id(), o.name(), o.validFrom())).toList());
		return tables;
	}

	private static String on(java.time.LocalDate day) {
		return day == null ? "" : " (ngày " + day + ")";
	}

	/** A percentage as Vietnamese writes it: a decimal comma, no trailing zeros. */
	static String percent(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** Says when a list shows only its first entries. */
	private static String cut(int shown, int total) {
		return shown < total ? ", the first " + shown + " of " + total : "";
	}

	private static List<Object> admittedRow(Admitted a) {
		return row(a.unitId(), a.unitName(), a.admitted(), a.target(), a.percentOfTarget());
	}

	private static List<List<Object>> counts(List<Count> counts) {
		return counts.stream().map(c -> row(c.key(), c.count())).toList();
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	private static void add(Map<String, Table> tables, String name, String title, List<String> headers, List<List<Object>> rows) {
		tables.put(name, new Table(name, title, headers, rows));
	}

}
