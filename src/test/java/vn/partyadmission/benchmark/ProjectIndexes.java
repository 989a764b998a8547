package vn.partyadmission.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes and planner statistics the project adds to Camunda's tables, read from its own Flyway
 * migrations so the benchmark measures exactly what ships: dropped for the "stock schema" figures,
 * created for the "project indexes" figures (the caller analyzes afterwards, which builds statistics).
 */
final class ProjectIndexes {

	static final List<String> MIGRATIONS = List.of("db/migration/postgresql/V1_9__indexes_for_national_scale.sql",
			"db/migration/postgresql/V1_15__authorization_permission_statistics.sql");

	static final String MIGRATION = String.join(" and ", MIGRATIONS);

	private static final Pattern CREATE = Pattern.compile("create (index|statistics) if not exists (\\w+) on [^;']+",
			Pattern.CASE_INSENSITIVE);

	record Index(String kind, String name, String ddl) {
	}

	static List<Index> read() throws IOException {
		List<Index> indexes = new ArrayList<>();
		for (String migration : MIGRATIONS) {
			try (InputStream in = ProjectIndexes.class.getClassLoader().getResourceAsStream(migration)) {
				if (in == null) {
					continue;
				}
				Matcher m = CREATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (m.find()) {
					indexes.add(new Index(m.group(1).toLowerCase(), m.group(2), m.group().trim()));
				}
			}
		}
		return indexes;
	}

	static void drop(Node node) throws IOException {
		for (Index i : read()) {
			node.jdbc.execute("drop " + i.kind() + " if exists " + i.name());
		}
	}

	static void create(Node node) throws IOException {
		for (Index i : read()) {
			node.jdbc.execute(i.ddl());
		}
	}

}
