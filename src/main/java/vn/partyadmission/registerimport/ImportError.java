package vn.partyadmission.registerimport;

/**
 * One refused value of the file: the line as in the file (1 = header), the column (null when the
 * whole line or file is at fault), the value as given, and why in words.
 */
record ImportError(int line, String column, String value, String message) {
}
