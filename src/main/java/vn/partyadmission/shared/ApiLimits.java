package vn.partyadmission.shared;

/** Body sizes the API takes; larger bodies get 413 before being read. */
public final class ApiLimits {

	/** Ordinary requests are small. */
	public static final long MAX_BODY = 256 * 1024;

	/** A register import: about 100,000 rows; a larger register is sent in parts. */
	public static final long MAX_IMPORT_BODY = 20L * 1024 * 1024;

	private ApiLimits() {
	}

}
