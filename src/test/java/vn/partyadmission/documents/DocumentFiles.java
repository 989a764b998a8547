package vn.partyadmission.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/** What a test reads of the two files: the PDF's text, fonts and PDF/A marks, the DOCX's text. */
final class DocumentFiles {

	private DocumentFiles() {
	}

	/**
	 * The PDF's text as PDFBox extracts it, runs of white space (line ends included) made one space,
	 * twice: in drawing order (keeps the header's two columns apart) and then in reading order by
	 * position (puts a bold run, drawn after its line, back in its place). A phrase must be whole
	 * in one of them.
	 */
	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String drawn = oneLine(new PDFTextStripper().getText(doc));
			PDFTextStripper byPosition = new PDFTextStripper();
			byPosition.setSortByPosition(true);
			return drawn + " ¶ " + oneLine(byPosition.getText(doc));
		}
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return oneLine(extractor.getText());
		}
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** Every font the pages use is DejaVu and embedded; PDF/A-2b in the XMP; an sRGB OutputIntent. */
	static void assertPdfA(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(font -> {
				assertThat(font.getName()).contains("DejaVuSerif");
				assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
			});
			PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
			assertThat(metadata).as("XMP metadata").isNotNull();
			XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
			PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
			assertThat(pdfa).as("pdfaid in the XMP").isNotNull();
			assertThat(pdfa.getPart()).isEqualTo(2);
			assertThat(pdfa.getConformance()).isEqualTo("B");
			List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
			assertThat(intents).hasSize(1);
			assertThat(intents.get(0).getDestOutputIntent()).as("ICC profile").isNotNull();
		}
	}

}
