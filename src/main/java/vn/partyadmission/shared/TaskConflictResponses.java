package vn.partyadmission.shared;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two users work the same task at the same moment (Tasklist, or the REST API): Camunda answers the
 * loser with a 500 ("Cannot find task", TaskAlreadyClaimedException, OptimisticLockingException),
 * or a 403 when the winner's completion removed the task's authorizations between the loser's reads,
 * or a 400 when the loser's step met the record the winner had just moved on.
 * This looks at the task after such a failure and answers 409 with a message a person can act on,
 * in Camunda's error shape {type, message} that Tasklist shows in its notification; an unknown task
 * id answers 404. Other failures pass unchanged.
 */
@Configuration
class TaskConflictResponses {

	/** Writes on one task, under /engine-rest and the webapps' /camunda/api/engine/engine/{name}. */
	static final Pattern TASK_WRITE = Pattern
		.compile(".*/task/([^/]+)/(complete|submit-form|claim|unclaim|assignee|delegate|resolve)");

	/** Camunda's built-in error codes, in the body's "code" (documented with the REST API): optimistic locking, deadlock. */
	static final int OPTIMISTIC_LOCKING = 1;

	static final int DEADLOCK = 10_000;

	static final String CONFLICT = "TaskConflict";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> taskConflictFilter(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
		// filters are made before the engine; asking for it here would create Camunda's tables before Flyway runs
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Rewrite(json, engine));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// innermost, after the filters that sign the user in to the engine
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	record Answer(int status, String type, String message, boolean gone) {
	}

	static final class Rewrite extends OncePerRequestFilter {

		private final ObjectMapper json;

		private final ObjectProvider<ProcessEngine> engine;

		Rewrite(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
			this.json = json;
			this.engine = engine;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"POST".equals(request.getMethod()) || !TASK_WRITE.matcher(request.getRequestURI()).matches();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingRequestWrapper readable = new ContentCachingRequestWrapper(request, 64 * 1024);
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(readable, buffered);
			int status = buffered.getStatus();
			boolean refusedByRule = request.getAttribute(RuleViolationResponses.ATTRIBUTE) != null;
			if (status >= 500 || status == HttpServletResponse.SC_FORBIDDEN || refusedByRule) {
				Matcher task = TASK_WRITE.matcher(request.getRequestURI());
				task.matches();
				Optional<Answer> answer = answer(task.group(1), task.group(2), read(readable.getContentAsByteArray()),
						read(buffered.getContentAsByteArray()))
					// a refused rule or a 403 stands unless the task is gone: then the loser of the race met
					// the winner's changes (the record moved on, the task's authorizations were removed)
					.filter(a -> a.gone() || (status >= 500 && !refusedByRule));
				if (answer.isPresent()) {
					EngineErrorAnswer.replace(buffered, json, answer.get().status(), answer.get().type(),
							answer.get().message(), Map.of());
				}
			}
			buffered.copyBodyToResponse();
		}

		/** What became of the task decides the answer; the user may not see it all, the filter does. */
		private Optional<Answer> answer(String taskId, String action, JsonNode request, JsonNode failure) {
			ProcessEngine engine = this.engine.getObject();
			Authentication user = engine.getIdentityService().getCurrentAuthentication();
			engine.getIdentityService().clearAuthentication();
			try {
				Task open = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
				if (open == null) {
					HistoricTaskInstance ended = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
						.singleResult();
					if (ended == null) {
						return Optional.of(new Answer(404, "InvalidRequestException", "No matching task with id " + taskId, false));
					}
					return Optional.of(new Answer(409, CONFLICT, "The task '" + ended.getName() + "' is no longer open: "
							+ ("completed".equals(ended.getDeleteReason()) ? "someone else completed it first"
									: "its case has moved on")
							+ ". Nothing you entered was saved; reload the task list.", true));
				}
				String claimant = text(request, "userId");
				if ("claim".equals(action) && open.getAssignee() != null && !open.getAssignee().equals(claimant)) {
					return Optional.of(conflict("The task '" + open.getName() + "' has already been claimed by "
							+ open.getAssignee() + "."));
				}
				int code = failure == null ? -1 : failure.path("code").asInt(-1);
				if (code == OPTIMISTIC_LOCKING || code == DEADLOCK) {
					return Optional.of(conflict("Someone else changed the task '" + open.getName()
							+ "' at the same moment. Nothing you entered was saved; reload the task and try again."));
				}
				return Optional.empty();
			}
			finally {
				if (user != null) {
					engine.getIdentityService().setAuthentication(user);
				}
			}
		}

		private static Answer conflict(String message) {
			return new Answer(409, CONFLICT, message, false);
		}

		private JsonNode read(byte[] body) {
			try {
				return body.length == 0 ? null : json.readTree(body);
			}
			catch (IOException e) {
				return null;
			}
		}

		private static String text(JsonNode node, String field) {
			return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
		}

	}

}
