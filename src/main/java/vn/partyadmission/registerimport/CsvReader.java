package vn.partyadmission.registerimport;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes. Each record keeps the line it starts on,
 * so a report names the line a user sees in their editor. Blank lines are skipped.
 */
final class CsvReader {

	private CsvReader() {
	}

	/**
	 * One record; {@code problem} is set when the record is not well-formed CSV, and
	 * {@code problemField} is the index of the field where it is.
	 */
	record Row(int line, List<String> fields, int problemField, String problem) {
	}

	static List<Row> read(String text) {
		List<Row> rows = new ArrayList<>();
		int n = text.length();
		int i = 0;
		int line = 1;
		while (i < n) {
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			String problem = null;
			int problemField = -1;
			while (true) {
				if (i < n && text.charAt(i) == '"') {
					i++;
					boolean closed = false;
					while (i < n) {
						char c = text.charAt(i++);
						if (c == '"') {
							if (i < n && text.charAt(i) == '"') {
								field.append('"');
								i++;
							}
							else {
								closed = true;
								break;
							}
						}
						else {
							if (c == '\n') {
								line++;
							}
							field.append(c);
						}
					}
					if (!closed && problem == null) {
						problem = "a quoted field is never closed";
						problemField = fields.size();
					}
					if (i < n && !endOfField(text.charAt(i))) {
						if (problem == null) {
							problem = "text after the closing quote; write a quote inside a quoted field as \"\"";
							problemField = fields.size();
						}
						while (i < n && !endOfField(text.charAt(i))) {
							i++;
						}
					}
				}
				else {
					while (i < n && !endOfField(text.charAt(i))) {
						char c = text.charAt(i++);
						if (c == '"' && problem == null) {
							problem = "a quote inside a field that is not quoted; quote the field and double the quote";
							problemField = fields.size();
						}
						field.append(c);
					}
				}
				fields.add(field.toString());
				field.setLength(0);
				if (i < n && text.charAt(i) == ',') {
					i++;
					continue;
				}
				if (i < n && text.charAt(i) == '\r') {
					i++;
				}
				if (i < n && text.charAt(i) == '\n') {
					i++;
				}
				line++;
				break;
			}
			boolean blank = fields.size() == 1 && fields.get(0).isBlank() && problem == null;
			if (!blank) {
				rows.add(new Row(start, List.copyOf(fields), problemField, problem));
			}
		}
		return rows;
	}

	private static boolean endOfField(char c) {
		return c == ',' || c == '\n' || c == '\r';
	}

}
