package vn.partyadmission.benchmark;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * Processes of the admission's shape with nothing of the product in them: 8 user tasks, a call
 * into a probation of 3 x (90-day timer, user task), a user task, a 365-day timer and 6 user tasks
 * (18 user tasks, 4 timers, as the product walk). No listener, no delegate, no variable. And a
 * one-timer process for the timer burst, and one whose timer is a non-interrupting deadline on a
 * waiting task, as the product's overdue timers are.
 */
final class BareProcess {

	static final String ADMISSION = "bench-bare";

	static final String PROBATION = "bench-bare-probation";

	static final String TIMER = "bench-timer";

	static final String OVERDUE = "bench-overdue";

	private BareProcess() {
	}

	static void deploy(RepositoryService repository) {
		var admission = Bpmn.createExecutableProcess(ADMISSION).camundaHistoryTimeToLive(180).startEvent("start");
		AbstractFlowNodeBuilder<?, ?> flow = admission;
		for (int i = 1; i <= 8; i++) {
			flow = i % 2 == 1 ? flow.userTask("a" + i).camundaCandidateGroups("bench.cell.secretary")
					: flow.userTask("a" + i).camundaCandidateGroups("bench.committee");
		}
		BpmnModelInstance admissionModel = flow.callActivity("probation").calledElement(PROBATION)
			.camundaInBusinessKey("#{execution.processBusinessKey}")
			.endEvent("end")
			.done();

		AbstractFlowNodeBuilder<?, ?> p = Bpmn.createExecutableProcess(PROBATION).camundaHistoryTimeToLive(180).startEvent("ps");
		for (int q = 1; q <= 3; q++) {
			p = p.intermediateCatchEvent("quarter" + q).timerWithDuration("P90D").userTask("note" + q).camundaAssignee("bench.mentor");
		}
		p = p.userTask("course").camundaCandidateGroups("bench.cell.secretary");
		p = p.intermediateCatchEvent("probationEnded").timerWithDuration("P365D");
		for (int i = 1; i <= 6; i++) {
			p = p.userTask("r" + i).camundaCandidateGroups(i % 2 == 1 ? "bench.cell.secretary" : "bench.committee");
		}
		BpmnModelInstance probationModel = p.endEvent("pe").done();

		BpmnModelInstance timerModel = Bpmn.createExecutableProcess(TIMER).camundaHistoryTimeToLive(180).startEvent("ts")
			.intermediateCatchEvent("due").timerWithDuration("PT1H")
			.endEvent("te")
			.done();

		BpmnModelInstance overdueModel = Bpmn.createExecutableProcess(OVERDUE).camundaHistoryTimeToLive(180).startEvent("os")
			.userTask("work").camundaCandidateGroups("bench.cell.secretary")
			.boundaryEvent("deadline").cancelActivity(false).timerWithDuration("PT1H").endEvent("noted")
			.moveToActivity("work").endEvent("done")
			.done();

		repository.createDeployment()
			.name("benchmark")
			.addModelInstance(ADMISSION + ".bpmn", admissionModel)
			.addModelInstance(PROBATION + ".bpmn", probationModel)
			.addModelInstance(TIMER + ".bpmn", timerModel)
			.addModelInstance(OVERDUE + ".bpmn", overdueModel)
			.deploy();
	}

}
