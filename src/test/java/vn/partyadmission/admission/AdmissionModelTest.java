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
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
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
 * behind every delegate expression. Every model of processes/: a default flow on every exclusive
 * gateway with several exits, names in Vietnamese, a diagram for every element.
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

	/** Common English words that have no place in a Vietnamese name (Vietnamese "to", "ban", "an" are words there). */
	static final Set<String> ENGLISH = Set.of("the", "of", "and", "or", "committee", "decision", "case", "record", "member",
			"meeting", "deadline", "passed", "report", "yes", "no", "cell", "vote", "appraisal", "ceremony", "probation",
			"mentor", "overdue", "admission", "recognition", "grassroots", "intermediate", "standing", "course", "review");

	static List<BpmnModelInstance> allModels() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter(f -> f.toString().endsWith(".bpmn")).sorted()
				.map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
		}
	}

	@Test
	void everyExclusiveGatewayWithSeveralExits_hasADefaultFlow_andConditionsOnTheOthers() throws IOException {
		int gateways = 0;
		for (BpmnModelInstance m : allModels()) {
			for (ExclusiveGateway gateway : m.getModelElementsByType(ExclusiveGateway.class)) {
				Collection<SequenceFlow> exits = gateway.getOutgoing();
				if (exits.size() < 2) {
					continue;
				}
				gateways++;
				SequenceFlow fallback = gateway.getDefault();
				assertThat(fallback).as(gateway.getId() + " default flow").isNotNull();
				assertThat(exits).as(gateway.getId()).contains(fallback);
				assertThat(fallback.getConditionExpression()).as(fallback.getId() + ", the default, has no condition").isNull();
				assertThat(exits).filteredOn(f -> f != fallback)
					.allSatisfy(f -> assertThat(f.getConditionExpression()).as(f.getId() + " condition").isNotNull());
			}
		}
		// the 13 of issue 15, the answer after the review above the cell and the late ceremony's consent
		assertThat(gateways).isEqualTo(15);
	}

	/** The default of each decision is its safe path: nothing admitted, recognised or closed by default. */
	@Test
	void theDefaultOfEachDecisionIsItsSafePath() {
		assertThat(defaultTarget(model, "Gateway_CellVote")).isEqualTo("Gateway_VoteAgain");
		assertThat(defaultTarget(model, "Gateway_Appraisal")).isEqualTo("Gateway_Supplement");
		assertThat(defaultTarget(model, "Gateway_Decision")).isEqualTo("Gateway_Supplement");
		assertThat(defaultTarget(model, "Gateway_Admitted")).isEqualTo("Gateway_NotAdmitted");
		assertThat(defaultTarget(model, "Gateway_Verified")).isEqualTo("Gateway_NotAdmitted");
		assertThat(defaultTarget(model, "Gateway_Intermediate")).isEqualTo(AdmissionProcess.APPRAISE_BY_INTERMEDIATE_COMMITTEE);
	}

	private static String defaultTarget(BpmnModelInstance m, String gatewayId) {
		return m.<ExclusiveGateway>getModelElementById(gatewayId).getDefault().getTarget().getId();
	}

	@Test
	void everyNameAUserReads_isVietnamese() throws IOException {
		Pattern vietnamese = Pattern.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự]",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		for (BpmnModelInstance m : allModels()) {
			List<BaseElement> named = new java.util.ArrayList<>(m.getModelElementsByType(Process.class));
			m.getModelElementsByType(FlowNode.class).stream()
				// merges and parallel splits carry no name; a decision does
				.filter(n -> !(n instanceof Gateway) || n instanceof ExclusiveGateway g && g.getOutgoing().size() > 1)
				.forEach(named::add);
			m.getModelElementsByType(SequenceFlow.class).stream()
				.filter(f -> f.getSource() instanceof ExclusiveGateway && f.getSource().getOutgoing().size() > 1)
				.forEach(named::add);
			for (BaseElement element : named) {
				String name = element.getAttributeValue("name");
				assertThat(name).as(element.getId() + " is named").isNotBlank();
				assertThat(vietnamese.matcher(name).find()).as(element.getId() + ": " + name).isTrue();
				assertThat(Stream.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")))
					.as(element.getId() + ": " + name).noneMatch(ENGLISH::contains);
			}
		}
		// the Party's own words, its form codes kept
		assertThat(model.<FlowNode>getModelElementById(AdmissionProcess.HOLD_CELL_MEETING).getName())
			.isEqualTo("Chi bộ họp xét kết nạp, nghị quyết đề nghị kết nạp (6-KNĐ)");
	}

	/**
	 * The 60 working days run from the cell's resolution over every step above the cell: the timer
	 * sits on the subprocess that holds them, not on the decision task.
	 */
	@Test
	void decisionClockCoversEveryStepAboveTheCell() {
		BoundaryEvent clock = model.getModelElementById("DecisionOverdue");
		assertThat(clock.getAttachedTo().getId()).isEqualTo("HigherLevelReview");
		assertThat(clock.cancelActivity()).as("non-interrupting: the review goes on").isFalse();
		SubProcess review = model.getModelElementById("HigherLevelReview");
		assertThat(review.getFlowElements()).extracting(FlowElement::getId).contains(
				AdmissionProcess.APPRAISE_BY_INTERMEDIATE_COMMITTEE, AdmissionProcess.RESOLVE_BY_GRASSROOTS_COMMITTEE,
				AdmissionProcess.APPRAISE_BY_ORGANIZING_COMMISSION, AdmissionProcess.SUPPLEMENT_DOSSIER,
				AdmissionProcess.DECIDE_ADMISSION);
	}

	@Test
	void everyElementOfEveryModelHasItsDiagram() throws IOException {
		for (BpmnModelInstance m : allModels()) {
			assertThat(m.getModelElementsByType(FlowNode.class))
				.allSatisfy(node -> assertThat(node.getDiagramElement()).as(node.getId()).isNotNull());
			assertThat(m.getModelElementsByType(SequenceFlow.class))
				.allSatisfy(flow -> assertThat(flow.getDiagramElement()).as(flow.getId()).isNotNull());
		}
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
		List<UserTask> tasks = new java.util.ArrayList<>(model.getModelElementsByType(UserTask.class));
		assertThat(tasks).hasSizeGreaterThanOrEqualTo(12);
		// the reports to the committee above, a process of their own
		tasks.addAll(Bpmn.readModelFromFile(Path.of("processes/overdue-report.bpmn").toFile()).getModelElementsByType(UserTask.class));
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
