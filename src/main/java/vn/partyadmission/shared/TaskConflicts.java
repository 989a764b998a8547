package vn.partyadmission.shared;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;

/**
 * Two users work the same task at the same moment (Tasklist, or the REST API): Camunda answers the
 * loser with a 500 ("Cannot find task", TaskAlreadyClaimedException, OptimisticLockingException),
 * or a 403 when the winner's completion removed the task's authorizations between the loser's reads,
 * or a 400 when the loser's step met the record the winner had just moved on.
 * This looks at the task after such a failure and answers 409 with a message a person can act on,
 * in Camunda's error shape {type, message} that Tasklist shows in its notification; an unknown task
 * id answers 404. Other failures pass unchanged. Asked by {@link EngineErrorResponses}.
 */
final class TaskConflicts {

	/** Writes on one task, under /engine-rest and the webapps' /camunda/api/engine/engine/{name}. */
	static final Pattern TASK_WRITE = Pattern
		.compile(".*/task/([^/]+)/(complete|submit-form|claim|unclaim|assignee|delegate|resolve)");

	/** Camunda's built-in error codes, in the body's "code" (documented with the REST API): optimistic locking, deadlock. */
	static final int OPTIMISTIC_LOCKING = 1;

	static final int DEADLOCK = 10_000;

	static final String CONFLICT = "TaskConflict";

	record Answer(int status, String type, String message, boolean gone) {
	}

	private final ProcessEngine engine;

	TaskConflicts(ProcessEngine engine) {
		this.engine = engine;
	}

	/**
	 * The answer to a failed write on one task, if the task tells more than the failure: a refused rule
	 * or a 403 stands unless the task is gone (then the loser of the race met the winner's changes).
	 */
	Optional<Answer> answer(String taskId, String action, int status, boolean refusedByRule, JsonNode request,
			JsonNode failure) {
		return decide(taskId, action, request, failure).filter(a -> a.gone() || (status >= 500 && !refusedByRule));
	}

	/** What became of the task decides the answer; the user may not see it all, the filter does. */
	private Optional<Answer> decide(String taskId, String action, JsonNode request, JsonNode failure) {
		Authentication user = engine.getIdentityService().getCurrentAuthentication();
		engine.getIdentityService().clearAuthentication();
		try {
			Task open = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
			if (open == null) {
				HistoricTaskInstance ended = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
					.singleResult();
				if (ended == null) {
					return Optional.of(new Answer(404, "InvalidRequestException", Messages.say("task.unknown", taskId), false));
				}
				return Optional.of(new Answer(409, CONFLICT, Messages.say("completed".equals(ended.getDeleteReason())
						? "task.completed-by-someone-else" : "task.case-moved-on", ended.getName()), true));
			}
			String claimant = text(request, "userId");
			if ("claim".equals(action) && open.getAssignee() != null && !open.getAssignee().equals(claimant)) {
				return Optional.of(conflict(Messages.say("task.claimed", open.getName(), open.getAssignee())));
			}
			int code = failure == null ? -1 : failure.path("code").asInt(-1);
			if (code == OPTIMISTIC_LOCKING || code == DEADLOCK) {
				return Optional.of(conflict(Messages.say("task.changed-at-the-same-moment", open.getName())));
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

	private static String text(JsonNode node, String field) {
		return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
	}

}
