package vn.partyadmission.shared;

import java.util.List;

/** One page of a list: the items and where they sit in the whole. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static final int MAX_SIZE = 200;

	/** Checks paging input: size 1..200, page from 0 and not past the last page. */
	public static void check(int page, int size, long total) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "page-size", "must be from 1 to " + MAX_SIZE + ", got " + size);
		}
		if (page < 0) {
			throw new InvalidInputException("page", "page-number", "must be 0 or more, got " + page);
		}
		long pages = (total + size - 1) / size;
		if (page > 0 && page >= pages) {
			throw new InvalidInputException("page", "page-past-the-end",
					"page " + page + " is past the end: " + total + " items make " + pages + " page(s) of " + size);
		}
	}

	public static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
		return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
