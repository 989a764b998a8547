package vn.partyadmission.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The variables a form may set: the keys of a Camunda Form (camunda:formRef, bound to the form of
 * the same deployment), read from the deployed form JSON. Fields that are disabled or read-only only
 * show a value, so they set nothing; a group or dynamic list with a path sets one variable of that
 * name; a key "a.b" sets the variable "a". A deployment never changes, so the answer is kept per
 * process definition and activity.
 */
final class FormFields {

	private final RepositoryService repository;

	private final ObjectMapper json;

	private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

	FormFields(RepositoryService repository, ObjectMapper json) {
		this.repository = repository;
		this.json = json;
	}

	/** The fields of a user task's form; none if it has no Camunda Form. */
	Set<String> ofTask(String processDefinitionId, String taskDefinitionKey) {
		return known.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, k -> {
			ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId)
				.getModelElementById(taskDefinitionKey);
			return element instanceof UserTask task
					? fields(processDefinitionId, task.getCamundaFormRef(), task.getCamundaFormRefBinding()) : Set.of();
		});
	}

	/** The fields of the process's start form (its plain start event); none if it has none. */
	Set<String> ofStart(String processDefinitionId) {
		return known.computeIfAbsent(processDefinitionId + "/", k -> {
			BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
			return model.getModelElementsByType(StartEvent.class).stream()
				.filter(start -> start.getParentElement() instanceof Process && start.getEventDefinitions().isEmpty())
				.findFirst()
				.map(start -> fields(processDefinitionId, start.getCamundaFormRef(), start.getCamundaFormRefBinding()))
				.orElse(Set.of());
		});
	}

	/** Only the deployment binding is used by the models; any other finds nothing, and nothing may be set. */
	private Set<String> fields(String processDefinitionId, String formRef, String binding) {
		if (formRef == null || (binding != null && !"deployment".equals(binding))) {
			return Set.of();
		}
		String deployment = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
		return repository.getDeploymentResourceNames(deployment).stream()
			.filter(name -> name.endsWith(".form"))
			.map(name -> read(deployment, name))
			.filter(form -> formRef.equals(form.path("id").asText(null)))
			.findFirst()
			.map(form -> {
				Set<String> keys = new TreeSet<>();
				collect(form.path("components"), keys);
				return Set.copyOf(keys);
			})
			.orElse(Set.of());
	}

	private static void collect(JsonNode components, Set<String> keys) {
		for (JsonNode component : components) {
			if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)
					|| "button".equals(component.path("type").asText())) {
				continue;
			}
			Optional<String> path = Optional.ofNullable(component.path("path").asText(null)).filter(p -> !p.isBlank());
			if (path.isPresent()) {
				// a group or dynamic list with a path submits its fields as one variable of that name
				keys.add(first(path.get()));
				continue;
			}
			String key = component.path("key").asText(null);
			if (key != null && !key.isBlank()) {
				keys.add(first(key));
			}
			collect(component.path("components"), keys);
		}
	}

	private static String first(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	private JsonNode read(String deployment, String resource) {
		try (InputStream in = repository.getResourceAsStream(deployment, resource)) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
