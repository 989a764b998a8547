package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.partyadmission.support.ApplicationTest;

/**
 * processes/admission.bpmn as Camunda Modeler and the application need it: a diagram for every
 * element, a form, candidate group and server-side check for every user task, and a Spring bean
 * behind every delegate expression.
 */
@ApplicationTest
class AdmissionModelTest {

	static BpmnModelInstance model;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void read() {
		model = Bpmn.readModelFromFile(Path.of("processes/admission.bpmn").toFile());
	}

	@Test
	void everyElementHasItsDiagram_soTheModelOpensInModeler() {
		assertThat(model.getModelElementsByType(FlowNode.class))
			.allSatisfy(node -> assertThat(node.getDiagramElement()).as(node.getId()).isNotNull());
		assertThat(model.getModelElementsByType(SequenceFlow.class))
			.allSatisfy(flow -> assertThat(flow.getDiagramElement()).as(flow.getId()).isNotNull());
	}

	@Test
	void historyIsKeptForAFixedTime_andCleanedAfterwards() {
		assertThat(model.getModelElementsByType(Process.class))
			.allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank());
	}

	@Test
	void everyUserTaskHasAFormACandidateGroupAndAServerSideCheck() throws IOException {
		Set<String> formIds = formIds();
		Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
		assertThat(tasks).hasSizeGreaterThanOrEqualTo(12);
		for (UserTask task : tasks) {
			assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isIn(formIds);
			assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").startsWith("${");
			List<String> listeners = task.getExtensionElements().getElementsQuery()
				.filterByType(CamundaTaskListener.class).list().stream()
				.filter(l -> "complete".equals(l.getCamundaEvent()))
				.map(CamundaTaskListener::getCamundaDelegateExpression)
				.toList();
			assertThat(listeners).as(task.getId() + " complete listener").hasSize(1);
			assertThat(context.containsBean(bean(listeners.get(0)))).as(listeners.get(0)).isTrue();
		}
	}

	@Test
	void everyServiceTaskDelegatesToASpringBean() {
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			assertThat(context.containsBean(bean(task.getCamundaDelegateExpression()))).as(task.getId()).isTrue();
		}
	}

	private static String bean(String expression) {
		Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(expression);
		assertThat(m.matches()).as(expression).isTrue();
		return m.group(1);
	}

	/** The ids formRef resolves: the top-level "id" of each form, not its file name. */
	private static Set<String> formIds() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.list(Path.of("processes/forms"))) {
			return files.map(f -> {
				try {
					return json.readTree(f.toFile()).path("id").asText();
				}
				catch (IOException e) {
					throw new UncheckedIOException(f + " is not a valid form", e);
				}
			}).collect(Collectors.toSet());
		}
	}

}
