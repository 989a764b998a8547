package vn.partyadmission.operations;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.partyadmission.support.Http;

/**
 * The packaged application (target/party-admission-*.jar) in a JVM of its own, as an operator runs
 * it: profile postgres with DB_URL, DB_USER and DB_PASSWORD from the environment, plus the demo
 * data and users. It can be killed with SIGKILL and started again on the same database.
 */
final class ApplicationNode {

	private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final String name;

	private final String jdbcUrl;

	private final List<String> extraArguments;

	private final Path log;

	private Process process;

	private int port;

	ApplicationNode(String name, String jdbcUrl, String... extraArguments) {
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.extraArguments = List.of(extraArguments);
		this.log = Paths.get("target", "operations", name + ".log");
	}

	/** Starts the jar and waits until the readiness probe answers UP (database and job executor). */
	ApplicationNode start(Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-jar", jar().toString(),
				"--server.port=0", "--spring.profiles.active=postgres,demo"));
		command.addAll(extraArguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("DB_URL", jdbcUrl);
		env.put("DB_USER", "postgres");
		env.put("DB_PASSWORD", "");
		Instant started = Instant.now();
		process = builder.start();
		port = 0;
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			if (Duration.between(started, Instant.now()).compareTo(timeout) > 0) {
				process.destroyForcibly();
				throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
			}
			if (port == 0) {
				port = portFromLog();
			}
			try {
				HttpResponse<String> ready = port == 0 ? null : http().get("/actuator/health/readiness", null);
				if (ready != null && ready.statusCode() == 200) {
					System.out.printf("%s ready on port %d after %.1f s%n", name, port,
							Duration.between(started, Instant.now()).toMillis() / 1000.0);
					return this;
				}
			}
			catch (RuntimeException notYet) {
				// connection refused while the server starts
			}
			Thread.sleep(500);
		}
	}

	/** SIGKILL: no shutdown hook, no graceful stop; open transactions die with the connections. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: Spring closes the engine, stopping the job executor first. */
	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	long pid() {
		return process.pid();
	}

	Http http() {
		return new Http(port);
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The jar that `mvn package` built; failsafe names it, a run from the IDE finds it in target/. */
	static Path jar() throws IOException {
		String configured = System.getProperty("application.jar");
		if (configured != null && new File(configured).isFile()) {
			return Paths.get(configured);
		}
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("party-admission-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/party-admission-*.jar: run mvn package first"));
		}
	}

	/** The node listens on a port of its own choosing (server.port=0), which Tomcat logs. */
	private int portFromLog() throws IOException {
		Matcher started = TOMCAT_STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
		return started.find() ? Integer.parseInt(started.group(1)) : 0;
	}

}
