package vn.partyadmission.registerimport;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file as strict UTF-8, with or without a byte order mark. A file saved in Windows-1258 or
 * CP1252 is refused rather than read with replacement characters: a mangled name in the register
 * is worse than a refused file.
 */
final class Utf8 {

	private Utf8() {
	}

	/** Thrown with the line (1 = first line) of the first byte sequence that is not UTF-8. */
	static final class NotUtf8Exception extends Exception {

		final int line;

		NotUtf8Exception(int line) {
			super("the file is not UTF-8: line " + line + " has bytes that are not UTF-8"
					+ " (save it as UTF-8, with or without BOM; Windows-1258 or CP1252 files cannot be read)");
			this.line = line;
		}

	}

	static String decode(byte[] bytes) throws NotUtf8Exception {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never decodes to more UTF-16 units than it has bytes
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new NotUtf8Exception(lineOf(bytes, in.position()));
		}
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
