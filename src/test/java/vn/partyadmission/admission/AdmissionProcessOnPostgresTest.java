package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.support.PostgresApplicationTest;

/**
 * The admission scenarios on a real PostgreSQL, plus what only PostgreSQL enforces here: the
 * append-only journal, one open case per person under concurrent starts, and one use of a decision
 * number under concurrent decisions.
 */
@PostgresApplicationTest
class AdmissionProcessOnPostgresTest extends AdmissionScenarios {

	@Test
	void runsOnPostgreSQL() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void memberJournalIsAppendOnly_updatesAndDeletesAreRefusedByTheDatabase() {
		start(u.startValues());

		assertThatThrownBy(() -> jdbc.sql("update member_journal set actor = 'someone' where person_id = ?")
			.param(u.id("cand")).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from member_journal where person_id = ?").param(u.id("cand")).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void concurrentStartsForOnePerson_openExactlyOneCase() throws Exception {
		int threads = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<Boolean> attempt = () -> {
				go.await();
				try {
					cases.start(u.startValues());
					return true;
				}
				catch (RuntimeException e) {
					return false;
				}
			};
			results.add(pool.submit(attempt));
		}
		go.countDown();
		int opened = 0;
		for (Future<Boolean> result : results) {
			opened += result.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(opened).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from admission_case where person_id = ?").param(u.id("cand"))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(members.journal(u.id("cand")))
			.filteredOn(e -> e.change().startsWith("Chi bộ mở hồ sơ kết nạp"))
			.hasSize(1);
	}

	@Test
	void concurrentDecisionsWithOneNumber_admitExactlyOne_theOtherIsAConflict() throws Exception {
		fixture.candidate(u.id("cand2"), "Vũ Thị Lan", LocalDate.of(2001, 2, 3), u.cell);
		List<ProcessInstance> instances = List.of(toDecision(),
				toDecision(u.startValues(u.id("cand2"), u.cell, u.id("o1"), u.id("o2"))));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Throwable>> results = new ArrayList<>();
		for (ProcessInstance pi : instances) {
			String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
			results.add(pool.submit(() -> {
				go.await();
				try {
					engine.getTaskService().complete(taskId, Map.of("admissionDecision", "ADMIT", "decisionNumber",
							"QĐ 99-QĐ/ĐU", "decisionDate", "2026-02-20"));
					return null;
				}
				catch (RuntimeException e) {
					return e;
				}
			}));
		}
		go.countDown();
		List<Throwable> refused = new ArrayList<>();
		for (Future<Throwable> result : results) {
			if (result.get() != null) {
				refused.add(result.get());
			}
		}
		pool.shutdown();

		assertThat(refused).singleElement().satisfies(e -> assertRefused(() -> {
			throw e;
		}).isInstanceOf(ConflictException.class).hasMessageContaining("decisionNumber"));
		assertThat(List.of(u.id("cand"), u.id("cand2")))
			.filteredOn(id -> members.findRecord(id).orElseThrow().status() == MemberStatus.ADMITTED)
			.hasSize(1);
		assertThat(jdbc.sql("select count(*) from issued_decision_number where body_id = ?").param(u.commune)
			.query(Long.class).single()).isEqualTo(1);
	}

}
