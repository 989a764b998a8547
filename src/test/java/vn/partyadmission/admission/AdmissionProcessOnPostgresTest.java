package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.partyadmission.support.PostgresApplicationTest;

/**
 * The admission scenarios on a real PostgreSQL, plus what only PostgreSQL enforces here: the
 * append-only journal and one open case per person under concurrent starts.
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
			.filteredOn(e -> e.change().startsWith("Admission case"))
			.hasSize(1);
	}

}
