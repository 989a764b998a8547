package vn.partyadmission.admission;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.membership.CellMoved;
import vn.partyadmission.organization.UnitTallies;

/**
 * Counts each completed task of an admission process in the stage-time tally, under the cell of the
 * case's person, from the history event the engine writes ACT_HI_TASKINST from (published by the
 * Spring eventing bridge, camunda.bpm.eventing.history, inside the engine's transaction): the same end time and
 * duration the history row gets, so the tally equals a recount from history. The bridge hands the
 * event over before the engine's own handler has read the start time into it, so the start time
 * comes from the task's history row.
 */
@Component
class StageTimes {

	/** ACT_HI_TASKINST.DELETE_REASON_ of a task completed by someone. */
	private static final String COMPLETED = "completed";

	private final AdmissionCaseRepository cases;

	private final UnitTallies tallies;

	StageTimes(AdmissionCaseRepository cases, UnitTallies tallies) {
		this.cases = cases;
		this.tallies = tallies;
	}

	/** The people of a cell move to another (a reform): their cases' stage times go with them. */
	@EventListener
	void on(CellMoved move) {
		tallies.moveCell(StageTimeTally.STAGE_TIMES, move.fromCellId(), move.toCellId());
	}

	@EventListener
	void on(HistoricTaskInstanceEventEntity task) {
		// a task deleted with its process (a case withdrawn) ends with the same event, another reason
		if (!HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(task.getEventType())
				|| !COMPLETED.equals(task.getDeleteReason())
				|| !AdmissionProcess.KEY.equals(task.getProcessDefinitionKey()) || task.getEndTime() == null) {
			return;
		}
		cases.cellAndTaskStart(task.getProcessInstanceId(), task.getTaskId()).ifPresent(found -> {
			String cell = found.cellId();
			LocalDateTime end = LocalDateTime.ofInstant(task.getEndTime().toInstant(), ZoneId.systemDefault());
			long seconds = (task.getEndTime().getTime() - found.taskStart().getTime()) / 1000;
			tallies.add(StageTimeTally.STAGE_TIMES, cell, List.of(end.getYear() * 100 + end.getMonthValue(), task.getTaskDefinitionKey()),
					1, seconds, seconds);
		});
	}

}
