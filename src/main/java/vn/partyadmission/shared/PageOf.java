package vn.partyadmission.shared;

import java.util.List;

/** One page of a list: the items and where they sit in the whole. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static final int MAX_SIZE = 200;

	/** Checks paging input: size 1..200, page from 0 and not past the last page. */
	public static void check(int page, int size, long total) {
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInputException.of("size", "page-size", MAX_SIZE, size);
		}
		if (page < 0) {
			throw InvalidInputException.of("page", "page-number", page);
		}
		long pages = (total + size - 1) / size;
		if (page > 0 && page >= pages) {
			throw InvalidInputException.of("page", "page-past-the-end", page, total, pages, size);
		}
	}

	public static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
		return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
