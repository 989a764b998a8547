package vn.partyadmission.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request to Camunda's REST API is, seen by a non-administrator: the same routes answer under
 * /engine-rest and under the webapps' copy /camunda/api/engine/engine/{engine}. A whitelist: the
 * writes Tasklist needs (claim, unclaim, complete with the form's fields, start with the start
 * form's fields, comments, queries sent as POST, one's own password and profile); every other
 * write is for administrators, and so are the reads that count across units.
 */
final class EngineRoutes {

	enum Kind {
		/** Left to the engine's authorization. */
		ALLOWED,
		/** Completing, submitting or resolving a task: only the fields of its form. */
		TASK_FORM,
		/** Starting an instance: only the fields of the start form, no instructions. */
		START_FORM,
		/** Administrators only. */
		ADMIN_ONLY
	}

	record Route(Kind kind, String id) {
	}

	private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");

	private static final Pattern COCKPIT = Pattern.compile("^/camunda/api/cockpit(/.*)?$");

	/** Counts and statistics over every unit's cases: the engine would answer them to anyone who reads a definition. */
	private static final Pattern CROSS_UNIT_READ = Pattern.compile("^(/process-definition(/.*)?/statistics"
			+ "|/metrics(/.*)?|/history/.*(report|statistics)(/count)?|/task/report(/.*)?)$");

	/** POSTs that only read: queries with a body. */
	private static final Pattern QUERY = Pattern.compile("^(/(task|process-instance|variable-instance|execution|external-task|job)"
			+ "(/count)?|/filter/[^/]+/(list|count)|/history/(task|process-instance|activity-instance|variable-instance|detail"
			+ "|decision-instance|incident|job-log|external-task-log|identity-link-log)(/count)?|/identity/password-policy)$");

	private static final Pattern TASK_WORK = Pattern.compile("^/task/[^/]+/(claim|unclaim|comment/create)$");

	private static final Pattern TASK_FORM = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)$");

	private static final Pattern START = Pattern
		.compile("^/process-definition/((?:key/[^/]+(?:/tenant-id/[^/]+)?)|[^/]+)/(start|submit-form)$");

	private static final Pattern OWN_ACCOUNT = Pattern.compile("^/user/([^/]+)/(credentials|profile)$");

	private EngineRoutes() {
	}

	/** The engine route of a request path (without the application's context path), if it is one. */
	static Optional<String> engineRoute(String path) {
		for (Pattern prefix : new Pattern[] { ENGINE_REST, WEBAPP_ENGINE }) {
			Matcher m = prefix.matcher(path);
			if (m.matches()) {
				return Optional.of(m.group(1) == null ? "/" : m.group(1));
			}
		}
		return Optional.empty();
	}

	/** How a non-administrator's request is treated; {@code user} is the signed-in user's id. */
	static Route classify(String method, String path, String user) {
		if (COCKPIT.matcher(path).matches()) {
			// Cockpit's plugin API (statistics of every definition, instance counts) is the administrators' tool
			return new Route(Kind.ADMIN_ONLY, null);
		}
		Optional<String> engine = engineRoute(path);
		if (engine.isEmpty()) {
			return new Route(Kind.ALLOWED, null);
		}
		String route = engine.get().length() > 1 && engine.get().endsWith("/")
				? engine.get().substring(0, engine.get().length() - 1) : engine.get();
		switch (method) {
			case "GET", "HEAD", "OPTIONS":
				return new Route(CROSS_UNIT_READ.matcher(route).matches() ? Kind.ADMIN_ONLY : Kind.ALLOWED, null);
			case "POST":
				if (QUERY.matcher(route).matches() || TASK_WORK.matcher(route).matches()) {
					return new Route(Kind.ALLOWED, null);
				}
				Matcher task = TASK_FORM.matcher(route);
				if (task.matches()) {
					return new Route(Kind.TASK_FORM, task.group(1));
				}
				Matcher start = START.matcher(route);
				if (start.matches()) {
					return new Route(Kind.START_FORM, start.group(1));
				}
				return new Route(Kind.ADMIN_ONLY, null);
			case "PUT":
				// one's own password and profile (Camunda's own checks apply: the old password is required)
				Matcher account = OWN_ACCOUNT.matcher(route);
				return new Route(account.matches() && account.group(1).equals(user) ? Kind.ALLOWED : Kind.ADMIN_ONLY, null);
			default:
				return new Route(Kind.ADMIN_ONLY, null);
		}
	}

}
