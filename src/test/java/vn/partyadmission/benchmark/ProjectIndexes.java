package vn.partyadmission.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes the project adds to Camunda's tables, read from its own Flyway migration so the
 * benchmark measures exactly what ships: dropped for the "stock schema" figures, created for the
 * "project indexes" figures.
 */
final class ProjectIndexes {

	static final String MIGRATION = "db/migration/postgresql/V1_9__indexes_for_national_scale.sql";

	private static final Pattern CREATE = Pattern.compile("create index if not exists (\\w+) on [^;']+",
			Pattern.CASE_INSENSITIVE);

	record Index(String name, String ddl) {
	}

	static List<Index> read() throws IOException {
		List<Index> indexes = new ArrayList<>();
		try (InputStream in = ProjectIndexes.class.getClassLoader().getResourceAsStream(MIGRATION)) {
			if (in == null) {
				return indexes;
			}
			Matcher m = CREATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (m.find()) {
				indexes.add(new Index(m.group(1), m.group().trim()));
			}
		}
		return indexes;
	}

	static void drop(Node node) throws IOException {
		for (Index i : read()) {
			node.jdbc.execute("drop index if exists " + i.name());
		}
	}

	static void create(Node node) throws IOException {
		for (Index i : read()) {
			node.jdbc.execute(i.ddl());
		}
	}

}
