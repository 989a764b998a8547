package vn.partyadmission.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The documents' templates: XHTML files with {@code ${name}} placeholders, one per document, read
 * at each rendering so an administrator changes one without a build or restart. A file of the same
 * name in {@code admission.documents.template-dir} wins over the one in the jar
 * ({@code documents/*.html}).
 */
@Component
class Templates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

	private final String directory;

	Templates(@Value("${admission.documents.template-dir:}") String directory) {
		this.directory = directory;
	}

	/** The template filled with the values, each escaped for XHTML and in NFC (one code point per Vietnamese letter). */
	String fill(Kind kind, Map<String, String> values) {
		String template = read(kind.template());
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			if (!values.containsKey(name)) {
				// a typo in an edited template shows at once, not as a blank in a signed document
				throw new IllegalStateException("Mẫu " + kind.template() + " dùng trường không có: ${" + name + "}");
			}
			m.appendReplacement(out, Matcher.quoteReplacement(escape(values.get(name))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String read(String name) {
		try {
			if (!directory.isBlank()) {
				Path file = Path.of(directory).resolve(name);
				if (Files.isRegularFile(file)) {
					return Files.readString(file, StandardCharsets.UTF_8);
				}
			}
			try (InputStream in = Templates.class.getResourceAsStream("/documents/" + name)) {
				if (in == null) {
					throw new IllegalStateException("no template documents/" + name);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String escape(String value) {
		if (value == null) {
			return "";
		}
		String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		for (char c : nfc.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
