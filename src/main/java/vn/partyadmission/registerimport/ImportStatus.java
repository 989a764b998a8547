package vn.partyadmission.registerimport;

enum ImportStatus {

	/** Being read and checked, or written. */
	RUNNING,
	/** Checked and reported; nothing imported (a dry run, or rows were refused). */
	VALIDATED,
	/** The valid rows are in the register. */
	IMPORTED,
	/** The file as a whole cannot be read: wrong header, not UTF-8, empty. */
	REFUSED,
	/** The application failed; nothing imported. */
	FAILED

}
