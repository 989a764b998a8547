package vn.partyadmission.reporting;

import java.util.List;
import java.util.Locale;

import vn.partyadmission.reporting.Report.Admitted;
import vn.partyadmission.reporting.Report.Count;

/**
 * Charts drawn on the server as inline SVG: the page needs no script and no CDN (the offices'
 * browsers may have no internet), and prints as it shows.
 */
final class Charts {

	static final String ADMITTED = "#b71c1c";

	static final String TARGET = "#f3c7c7";

	private Charts() {
	}

	/** One row per unit: the target as a pale bar, what was admitted as a solid one over it. */
	static String admittedAgainstTarget(List<Admitted> units) {
		int label = 230;
		int width = 640;
		int row = 26;
		int height = 30 + row * Math.max(units.size(), 1);
		double max = units.stream().mapToDouble(u -> Math.max(u.admitted(), u.target() == null ? 0 : u.target())).max().orElse(1);
		double scale = (width - label - 70) / Math.max(max, 1);
		StringBuilder svg = open(width, height, "New members admitted against target");
		legend(svg, label, 14);
		int y = 30;
		for (Admitted u : units) {
			svg.append(text(label - 8, y + 14, "end", shorten(u.unitName(), 34)));
			if (u.target() != null) {
				svg.append(rect(label, y + 2, u.target() * scale, row - 8, TARGET));
			}
			svg.append(rect(label, y + 6, u.admitted() * scale, row - 16, ADMITTED));
			String figure = u.admitted() + (u.target() == null ? "" : " / " + u.target());
			double end = Math.max(u.admitted(), u.target() == null ? 0 : u.target()) * scale;
			svg.append(text(label + end + 6, y + 14, "start", figure));
			y += row;
		}
		return svg.append("</svg>").toString();
	}

	private static void legend(StringBuilder svg, int x, int y) {
		svg.append(rect(x, y - 9, 12, 10, ADMITTED)).append(text(x + 16, y, "start", "admitted"));
		svg.append(rect(x + 90, y - 9, 12, 10, TARGET)).append(text(x + 106, y, "start", "target"));
	}

	/** Open cases per stage in the order of the procedure, centred like a funnel. */
	static String funnel(List<Count> stages) {
		int width = 640;
		int row = 26;
		int height = 10 + row * Math.max(stages.size(), 1);
		StringBuilder svg = open(width, height, "Open cases by stage");
		if (stages.isEmpty()) {
			svg.append(text(width / 2.0, 20, "middle", "no open cases"));
		}
		int max = stages.stream().mapToInt(Count::count).max().orElse(1);
		int centre = 420;
		int y = 5;
		for (Count stage : stages) {
			double w = Math.max(4, 380.0 * stage.count() / max);
			svg.append(text(220, y + 16, "end", stage.key()));
			svg.append(rect(centre - w / 2, y + 3, w, row - 6, "#1565c0"));
			svg.append(text(centre, y + 17, "middle", String.valueOf(stage.count())).replace("<text ", "<text fill=\"#fff\" font-weight=\"bold\" "));
			y += row;
		}
		return svg.append("</svg>").toString();
	}

	/** Admissions per month as columns with their counts. */
	static String trend(List<Count> months) {
		int width = 640;
		int height = 220;
		int left = 30;
		int bottom = 190;
		StringBuilder svg = open(width, height, "New members per month");
		int max = months.stream().mapToInt(Count::count).max().orElse(0);
		double step = (width - left - 10.0) / Math.max(months.size(), 1);
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(width - 5)
			.append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
		for (int i = 0; i < months.size(); i++) {
			Count m = months.get(i);
			double h = max == 0 ? 0 : 150.0 * m.count() / max;
			double x = left + i * step;
			svg.append(rect(x + step * 0.15, bottom - h, step * 0.7, h, ADMITTED));
			svg.append(text(x + step / 2, bottom - h - 4, "middle", String.valueOf(m.count())));
			// "2026-03" → "03/26": short enough for 24 months side by side
			String month = m.key().length() == 7 ? m.key().substring(5) + "/" + m.key().substring(2, 4) : m.key();
			svg.append(text(x + step / 2, bottom + 16, "middle", month));
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(int width, int height, String title) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
			.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" font-family=\"sans-serif\" font-size=\"12\"><title>").append(DashboardPage.escape(title)).append("</title>");
	}

	private static String rect(double x, double y, double w, double h, String fill) {
		return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y,
				Math.max(w, 0), Math.max(h, 0), fill);
	}

	private static String text(double x, double y, String anchor, String content) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
				DashboardPage.escape(content));
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
