package vn.partyadmission.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.partyadmission.reporting.ReportTables.Table;

/**
 * A report table as CSV or XLSX. Text cells never become formulas: the CSV quotes text that a
 * spreadsheet would run (=, +, -, @, tab, carriage return) behind a leading ', the XLSX holds text as string cells.
 */
final class Exports {

	/** Excel reads a CSV as the local code page unless it starts with the UTF-8 byte order mark. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Exports() {
	}

	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder();
		csv.append(line(table.headers()));
		table.rows().forEach(row -> csv.append(line(row)));
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	private static String line(List<?> cells) {
		return cells.stream().map(Exports::field).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String field(Object value) {
		if (value instanceof Number) {
			// numbers stay numbers, a negative one included
			return value.toString();
		}
		String text = value == null ? "" : value.toString();
		if (startsAFormula(text)) {
			// OWASP's advice against CSV injection: a leading quote makes the spreadsheet read the cell as
			// text, shown as the name was given; the field is quoted so the quote stays part of it
			return "\"'" + text.replace("\"", "\"\"") + "\"";
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** A cell a spreadsheet would run as a formula: names and other text are stored exactly as given. */
	static boolean startsAFormula(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}

	static byte[] xlsx(Table table) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// sheet names are limited to 31 characters
			Sheet sheet = book.createSheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.headers().size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(table.headers().get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = table.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (value != null) {
						// a string cell (shared string), never a formula: "=..." is shown as typed
						row.createCell(c, CellType.STRING).setCellValue(value.toString());
					}
				}
			}
			for (int c = 0; c < table.headers().size(); c++) {
				// a fixed width: autoSizeColumn measures with AWT fonts, which a headless server may lack
				sheet.setColumnWidth(c, (c == 1 ? 40 : 18) * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
