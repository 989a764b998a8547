package vn.partyadmission.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * One filled template into the two files a body needs: PDF/A-2b for filing and printing (DejaVu
 * Serif embedded, which holds every Vietnamese letter, and the JDK's sRGB profile as OutputIntent)
 * and DOCX with the same text for a body that edits before signing.
 */
@Component
class Rendering {

	static final String FONT = "DejaVu Serif";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/** The JDK's own sRGB profile: nothing read from the machine. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	byte[] pdf(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB);
			font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
			font(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> {
			InputStream in = Rendering.class.getResourceAsStream(FONTS + file);
			if (in == null) {
				throw new IllegalStateException("font " + file + " not on the classpath (jasperreports-fonts)");
			}
			return in;
		}, FONT, weight, style, true);
	}

	/**
	 * The same XHTML as paragraphs and tables of a Word document: tables (the header, the signature
	 * block) stay tables, every p, h1, h2 and li a paragraph, b and strong bold, i and em italic.
	 */
	byte[] docx(String xhtml) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Element body = (Element) parse(xhtml).getElementsByTagName("body").item(0);
			for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e) {
					block(doc, null, e);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void block(XWPFDocument doc, XWPFTableCell cell, Element e) {
		String tag = e.getTagName();
		if (tag.equals("table") && cell == null) {
			table(doc, e);
			return;
		}
		if (tag.equals("p") || tag.equals("h1") || tag.equals("h2") || tag.equals("li")) {
			XWPFParagraph p = cell == null ? doc.createParagraph() : cell.addParagraph();
			String align = e.getAttribute("class");
			if (align.contains("center") || tag.startsWith("h")) {
				p.setAlignment(ParagraphAlignment.CENTER);
			}
			else if (align.contains("right")) {
				p.setAlignment(ParagraphAlignment.RIGHT);
			}
			runs(p, e, tag.startsWith("h") || align.contains("bold"), align.contains("italic"),
					tag.equals("li") ? "- " : "");
			return;
		}
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				block(doc, cell, child);
			}
		}
	}

	private static void table(XWPFDocument doc, Element table) {
		var rows = table.getElementsByTagName("tr");
		XWPFTable t = doc.createTable(rows.getLength(), 1);
		t.removeBorders();
		for (int r = 0; r < rows.getLength(); r++) {
			var cells = ((Element) rows.item(r)).getElementsByTagName("td");
			for (int c = 0; c < cells.getLength(); c++) {
				XWPFTableCell cell = c == 0 ? t.getRow(r).getCell(0) : t.getRow(r).addNewTableCell();
				// a new cell starts with one empty paragraph: the first block goes after it, then it goes
				int before = cell.getParagraphs().size();
				block(doc, cell, (Element) cells.item(c));
				if (cell.getParagraphs().size() > before) {
					cell.removeParagraph(0);
				}
			}
		}
	}

	private static void runs(XWPFParagraph p, Node node, boolean bold, boolean italic, String prefix) {
		StringBuilder pending = new StringBuilder(prefix);
		inline(p, node, bold, italic, pending);
		flush(p, pending, bold, italic);
	}

	private static void inline(XWPFParagraph p, Node node, boolean bold, boolean italic, StringBuilder pending) {
		for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE) {
				pending.append(n.getNodeValue().replaceAll("\\s+", " "));
			}
			else if (n instanceof Element e) {
				String tag = e.getTagName();
				if (tag.equals("br")) {
					flush(p, pending, bold, italic);
					p.createRun().addBreak();
					continue;
				}
				boolean b = bold || tag.equals("b") || tag.equals("strong");
				boolean i = italic || tag.equals("i") || tag.equals("em");
				flush(p, pending, bold, italic);
				inline(p, e, b, i, pending);
				flush(p, pending, b, i);
			}
		}
	}

	private static void flush(XWPFParagraph p, StringBuilder pending, boolean bold, boolean italic) {
		if (pending.isEmpty()) {
			return;
		}
		String text = p.getRuns().isEmpty() ? pending.toString().stripLeading() : pending.toString();
		pending.setLength(0);
		if (text.isEmpty()) {
			return;
		}
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(13);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

	private static org.w3c.dom.Document parse(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException("Mẫu văn bản không phải XHTML hợp lệ: " + e.getMessage(), e);
		}
	}

}
