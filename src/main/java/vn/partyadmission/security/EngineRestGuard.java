package vn.partyadmission.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.partyadmission.shared.EngineErrors;

/**
 * The one guard in front of Camunda's REST API (/engine-rest and the webapps' copy
 * /camunda/api/engine/engine/{engine}, and Cockpit's plugin API) for what the engine's authorization
 * does not cover. Candidate groups and assignees get TASK_WORK on their tasks, not UPDATE
 * (application.yml), so the engine itself refuses them task variables, assignment and task updates;
 * but working a task lets them send any variable with it, and a user allowed to start a process may
 * start it anywhere. For non-administrators this takes only the writes of {@link EngineRoutes}:
 * complete, submit-form and resolve carry only the fields of the task's own form, a start only those
 * of the start form and no start instructions or skipped listeners or mappings; other writes, and
 * counts across units, are refused 403. Refused requests reach nothing: no variable is written.
 */
@Configuration
class EngineRestGuard {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineRestGuardFilter(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
		// filters are made before the engine; asking for it here would create Camunda's tables before Flyway runs
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(json, engine));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
		// after the sign-in filters, outside the filter that answers the engine's errors
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	static final class Guard extends OncePerRequestFilter {

		private final ObjectMapper json;

		private final ObjectProvider<ProcessEngine> engine;

		private volatile FormFields forms;

		Guard(ObjectMapper json, ObjectProvider<ProcessEngine> engine) {
			this.json = json;
			this.engine = engine;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String user = signedIn();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			EngineRoutes.Route route = EngineRoutes.classify(request.getMethod(), path, user);
			if (route.kind() == EngineRoutes.Kind.ALLOWED || (user != null && administrator(user))) {
				chain.doFilter(request, response);
				return;
			}
			if (route.kind() == EngineRoutes.Kind.ADMIN_ONLY) {
				EngineErrors.forbidden(request, response);
				return;
			}
			Replayable replayable = new Replayable(request);
			JsonNode body;
			try {
				body = replayable.body.length == 0 ? json.createObjectNode() : json.readTree(replayable.body);
			}
			catch (IOException e) {
				refuse(request, response, "body", "json", "Nội dung gửi lên không phải JSON hợp lệ.", "The body is not valid JSON.");
				return;
			}
			if (body == null || !body.isObject()) {
				refuse(request, response, "body", "json", "Nội dung gửi lên phải là một đối tượng JSON.", "The body must be a JSON object.");
				return;
			}
			Set<String> allowed;
			if (route.kind() == EngineRoutes.Kind.TASK_FORM) {
				Task task = asEngine(() -> engine.getObject().getTaskService().createTaskQuery().taskId(route.id()).singleResult());
				if (task == null) {
					// the engine answers an unknown task as it always does
					chain.doFilter(replayable, response);
					return;
				}
				allowed = task.getProcessDefinitionId() == null ? Set.of()
						: asEngine(() -> forms().ofTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
			}
			else {
				if (body.path("startInstructions").size() > 0 || body.path("skipCustomListeners").asBoolean(false)
						|| body.path("skipIoMappings").asBoolean(false)) {
					EngineErrors.write(response, HttpServletResponse.SC_FORBIDDEN, EngineErrors.FORBIDDEN, EngineErrors.say(request,
							"Chỉ quản trị viên được bắt đầu quy trình với startInstructions, skipCustomListeners hoặc skipIoMappings.",
							"Only administrators may start a process with startInstructions, skipCustomListeners or skipIoMappings."),
							Map.of());
					return;
				}
				ProcessDefinition definition = asEngine(() -> definition(route.id()));
				if (definition == null) {
					chain.doFilter(replayable, response);
					return;
				}
				allowed = asEngine(() -> forms().ofStart(definition.getId()));
			}
			JsonNode variables = body.path("variables");
			if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
				refuse(request, response, "variables", "json", "variables phải là một đối tượng JSON.", "variables must be a JSON object.");
				return;
			}
			Set<String> foreign = new TreeSet<>();
			variables.fieldNames().forEachRemaining(name -> {
				if (!allowed.contains(name)) {
					foreign.add(name);
				}
			});
			if (!foreign.isEmpty()) {
				List<Map<String, String>> errors = new ArrayList<>();
				for (String name : foreign) {
					errors.add(Map.of("field", "variables." + name, "rule", "form-field", "message",
							EngineErrors.say(request, "không phải là trường của biểu mẫu", "is not a field of the form")));
				}
				String names = String.join(", ", foreign.stream().map(n -> "variables." + n).toList());
				EngineErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidInputException", EngineErrors.say(request,
						"Biểu mẫu không có trường " + names + ". Không có gì được lưu.",
						"The form has no field " + names + ". Nothing was saved."), Map.of("errors", errors));
				return;
			}
			chain.doFilter(replayable, response);
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response, String field, String rule, String vietnamese,
				String english) throws IOException {
			String message = EngineErrors.say(request, vietnamese, english);
			EngineErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidInputException", message,
					Map.of("errors", List.of(Map.of("field", field, "rule", rule, "message", message))));
		}

		/** "{id}" or "key/{key}" or "key/{key}/tenant-id/{tenant}", as in the start routes. */
		private ProcessDefinition definition(String reference) {
			var repository = engine.getObject().getRepositoryService();
			if (!reference.startsWith("key/")) {
				return repository.createProcessDefinitionQuery().processDefinitionId(reference).singleResult();
			}
			String[] parts = reference.split("/");
			ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(parts[1]).latestVersion();
			if (parts.length > 3) {
				query.tenantIdIn(parts[3]);
			}
			else {
				query.withoutTenantId();
			}
			return query.singleResult();
		}

		private FormFields forms() {
			if (forms == null) {
				forms = new FormFields(engine.getObject().getRepositoryService(), json);
			}
			return forms;
		}

		private boolean administrator(String user) {
			return asEngine(() -> engine.getObject().getIdentityService().createGroupQuery().groupMember(user)
				.groupId(Groups.CAMUNDA_ADMIN).count() > 0);
		}

		/** Looked up as the engine: the user may not read what decides the answer (a group, a form). */
		private <T> T asEngine(Supplier<T> lookup) {
			var identity = engine.getObject().getIdentityService();
			Authentication current = identity.getCurrentAuthentication();
			identity.clearAuthentication();
			try {
				return lookup.get();
			}
			finally {
				if (current != null) {
					identity.setAuthentication(current);
				}
			}
		}

		private static String signedIn() {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
		}

	}

	/** The request with its body read ahead, so the guard can look into it and the engine still reads it. */
	static final class Replayable extends HttpServletRequestWrapper {

		final byte[] body;

		Replayable(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readAllBytes();
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}

	}

}
