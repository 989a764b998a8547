package vn.partyadmission.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** target/benchmark/report.json (every figure) and report.md (the tables a person reads). */
final class BenchmarkReport {

	final Map<String, Object> json = new LinkedHashMap<>();

	private final StringBuilder md = new StringBuilder();

	void heading(String text) {
		md.append("\n## ").append(text).append("\n\n");
	}

	void line(String text) {
		md.append(text).append('\n');
	}

	void table(List<String> header, List<List<Object>> rows) {
		md.append("| ").append(String.join(" | ", header)).append(" |\n|");
		header.forEach(h -> md.append(" --- |"));
		md.append('\n');
		for (List<Object> row : rows) {
			md.append("| ");
			for (int i = 0; i < row.size(); i++) {
				md.append(i > 0 ? " | " : "").append(format(row.get(i)));
			}
			md.append(" |\n");
		}
		md.append('\n');
	}

	static String format(Object value) {
		if (value instanceof Double d) {
			return Double.isNaN(d) ? "–" : d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
		}
		return String.valueOf(value);
	}

	void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(), json);
		Files.writeString(dir.resolve("report.md"), md.toString());
	}

	String markdown() {
		return md.toString();
	}

}
