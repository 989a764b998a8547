package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.Tally;
import vn.partyadmission.organization.UnitTallies;
import vn.partyadmission.reorganization.Reorganization;
import vn.partyadmission.reorganization.Succession;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * The stage-time tally a report reads (completed admission tasks per unit, month and task, with their
 * durations) equals a recount from the engine's task history after each engine step: tasks
 * completed in different months, a cell's people and open case moved by a reform, a case withdrawn;
 * and the report gives the same days per stage from it as from the history.
 */
abstract class StageTimesFollowTheTasks {

	@Autowired
	Fixture fixture;

	@Autowired
	AdmissionCases cases;

	@Autowired
	CaseWalker walker;

	@Autowired
	RuntimeService runtime;

	@Autowired
	OrganizationTree tree;

	@Autowired
	Reorganization reorganization;

	@Autowired
	UnitTallies tallies;

	@Autowired
	List<Tally> all;

	@Autowired
	Reports reports;

	Fixture.Units u;

	List<String> units;

	@BeforeEach
	void tree() {
		u = fixture.create();
		units = new ArrayList<>(List.of(u.province, u.commune, u.grassroots, u.cell, u.otherCell, u.intermediate,
				u.intermediateCell, u.grassrootsCell));
	}

	@AfterEach
	void engineClock() {
		ClockUtil.reset();
	}

	@Test
	void completedTasks_countInTheMonthTheyEnded_moveWithTheCellsPeople_tasksOfAWithdrawnCaseDoNot() {
		walker.engineDay(LocalDate.of(2025, 8, 1));
		AdmissionCase first = cases.start(CaseWalker.certified(u.startValues()));
		AdmissionCase second = cases.start(CaseWalker.certified(u.startValues(u.id("other"), u.otherCell, u.id("o6"), u.id("o1"))));
		assertEqualToRecount();
		assertThat(counted("stage_time_tally", u.commune)).isEmpty();

		walker.engineDay(LocalDate.of(2025, 8, 11));
		walker.complete(first.id(), "ReceiveApplication", Map.of("applicationDate", "2025-08-10", "personalHistoryDate", "2025-08-10"));
		walker.engineDay(LocalDate.of(2025, 8, 21));
		walker.complete(second.id(), "ReceiveApplication", Map.of("applicationDate", "2025-08-20", "personalHistoryDate", "2025-08-20"));
		walker.engineDay(LocalDate.of(2025, 9, 15));
		walker.complete(first.id(), "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2025-09-14"));
		assertEqualToRecount();
		// 10 and 20 days in August, 35 days in September, in whole seconds
		assertThat(counted("stage_time_tally", u.commune)).isEqualTo(Map.of(
				List.of(u.commune, 202508, "ReceiveApplication"), List.of(2L, 30 * 86_400L),
				List.of(u.commune, 202509, "VerifyBackground"), List.of(1L, 35 * 86_400L)));
		assertSameFiguresFromTalliesAndFromRows();

		// a reform: the other cell merges into a new one, its open case with it
		walker.engineDay(LocalDate.of(2025, 10, 1));
		String successor = u.prefix + ".merged";
		tree.add(new Organization(successor, "Chi bộ mới", OrganizationKind.CELL, u.grassroots, LocalDate.of(2025, 10, 1), null,
				null, null, false));
		units.add(successor);
		reorganization.apply(List.of(new Succession(u.otherCell, successor)), LocalDate.of(2025, 10, 1), "admin");
		assertEqualToRecount();
		assertThat(counted("stage_time_tally", u.otherCell)).isEmpty();
		assertThat(counted("stage_time_tally", successor)).isEqualTo(Map.of(
				List.of(successor, 202508, "ReceiveApplication"), List.of(1L, 20 * 86_400L)));
		assertSameFiguresFromTalliesAndFromRows();

		// withdrawn: its open task (CollectComments) ends deleted, not completed; its finished tasks still count
		runtime.deleteProcessInstance(first.processInstanceId(), "withdrawn");
		assertEqualToRecount();
		assertThat(counted("stage_time_tally", u.cell)).hasSize(2);
		assertSameFiguresFromTalliesAndFromRows();
		assertThat(reports.report(u.commune, Period.year(2025)).daysPerStage())
			.extracting(Report.StageDays::stage, Report.StageDays::tasks, Report.StageDays::averageDays, Report.StageDays::longestDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VerifyBackground", 1, 35.0, 35.0),
					org.assertj.core.groups.Tuple.tuple("ReceiveApplication", 2, 15.0, 20.0));
	}

	/** A whole-year report reads the tally, one of the same days less a day reads the history. */
	private void assertSameFiguresFromTalliesAndFromRows() {
		Report tallied = reports.report(u.commune, Period.year(2025));
		Report fromRows = reports.report(u.commune, new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)));
		assertThat(tallied.daysPerStage()).isNotEmpty().isEqualTo(fromRows.daysPerStage());
	}

	private void assertEqualToRecount() {
		for (Tally t : all) {
			assertThat(tallies.counted(t, units)).as(t.table()).isEqualTo(tallies.recounted(t, units));
		}
	}

	private Map<List<Object>, List<Long>> counted(String table, String unit) {
		Tally t = all.stream().filter(x -> x.table().equals(table)).findFirst().orElseThrow();
		return tallies.counted(t, List.of(unit));
	}



}
