package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;
import vn.partyadmission.support.PostgresApplicationTest;

/**
 * A timer job that fails after its delegate ran is retried by the engine; the retry must not write
 * a second journal line or mark the case twice. The failure is real: PostgreSQL refuses, once, the
 * task the job creates after MarkCaseOverdue wrote the overdue mark and the journal line, so the
 * whole transaction rolls back as it would on a lost connection or a node killed at that moment.
 */
@PostgresApplicationTest
class DeadlineTimerRetryTest {

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	MutableClock clock;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MemberRegister members;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropTheFault() {
		jdbc.sql("drop trigger if exists fail_once on act_ru_task").update();
		jdbc.sql("drop function if exists fail_once()").update();
		jdbc.sql("drop sequence if exists fail_once_seq").update();
	}

	@Test
	void overdueTimerFailingAfterItsDelegateRan_isRetried_andLeavesOneJournalLineAndOneOverdueMark() {
		Fixture.Units u = fixture.create();
		String caseId = toDecision(u);
		Job timer = walk.timer(caseId, "DecisionOverdue");
		// the report task is created by the report's own process (overdue-report.bpmn), in the timer job's transaction
		failOnceWhenCreating("ReportOverdueDecision");
		clock.set(LocalDate.of(2026, 4, 7));

		Throwable failure = catchThrowable(() -> management.executeJob(timer.getId()));

		assertThat(failure).as("the first run fails").isNotNull();
		Job failed = management.createJobQuery().jobId(timer.getId()).singleResult();
		assertThat(failed.getRetries()).as("one retry used").isEqualTo(2);
		assertThat(failed.getExceptionMessage()).isNotNull();
		assertThat(overdueLines(caseId)).as("rolled back with the job").isEmpty();
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isNull();

		management.executeJob(timer.getId());

		assertThat(overdueLines(caseId)).hasSize(1);
		assertThat(cases.find(caseId).orElseThrow().overdueDeadline()).isEqualTo("ADMISSION_DECISION");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("ReportOverdueDecision")
			.count()).isEqualTo(1);
		assertThat(management.createJobQuery().jobId(timer.getId()).count()).as("the timer fired").isZero();
		assertThat(jdbc.sql("select last_value from fail_once_seq").query(Long.class).single())
			.as("the fault fired on the first run only").isEqualTo(2);
	}

	/** Opened on 5 January 2026 and walked to the standing committee's decision (due 6 April 2026). */
	private String toDecision(Fixture.Units u) {
		clock.set(LocalDate.of(2026, 1, 5));
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-2/2025");
		values.put("certificateDate", "2025-09-01");
		String caseId = cases.start(values).id();
		walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2026-01-05", "personalHistoryDate", "2026-01-05"));
		walk.complete(caseId, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2026-01-05"));
		walk.complete(caseId, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2026-01-05"));
		walk.complete(caseId, "HoldCellMeeting", Map.of("meetingDate", "2026-01-05", "officialMembers", 5, "attendees", 5,
				"votesFor", 5, "votesAgainst", 0));
		walk.complete(caseId, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", "2026-01-05",
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(caseId, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		return caseId;
	}

	/** The insert of that task into ACT_RU_TASK fails the first time, when the engine flushes the job's work. */
	private void failOnceWhenCreating(String taskKey) {
		jdbc.sql("create sequence fail_once_seq").update();
		jdbc.sql("""
				create function fail_once() returns trigger language plpgsql as $$
				begin
				    if new.task_def_key_ = '%s' and nextval('fail_once_seq') = 1 then
				        raise exception 'fault injected by the test: the task of a timer job cannot be written';
				    end if;
				    return new;
				end;
				$$""".formatted(taskKey)).update();
		jdbc.sql("create trigger fail_once after insert on act_ru_task for each row execute function fail_once()").update();
	}

	private List<JournalEntry> overdueLines(String caseId) {
		return members.journalOfCase(caseId).stream().filter(e -> e.change().startsWith("Quá thời hạn ra quyết định kết nạp"))
			.toList();
	}

}
