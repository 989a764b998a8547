package vn.partyadmission.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.partyadmission.support.PostgresApplicationTest;

@PostgresApplicationTest
class DocumentNumbersOnPostgresTest extends DocumentNumbersScenarios {

	/**
	 * Two ceremonies of one cell recorded at the same moment, the cell's first of the year: the
	 * register's row lock orders them, so each record gets its own number and both steps commit.
	 */
	@Test
	void twoCeremoniesOfOneCellAtOnce_getTwoNumbers_andBothCommit() throws Exception {
		List<String> cases = List.of(walk.toCeremony(u, CEREMONY), walk.toCeremony(u, start("cand2"), CEREMONY));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (String caseId : cases) {
			done.add(pool.submit(() -> {
				go.await();
				ceremony(caseId);
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();

		assertThat(cases.stream().map(c -> number(c, "BB-KNĐ")).toList()).containsExactlyInAnyOrder("01-BB/CB", "02-BB/CB");
	}

}
