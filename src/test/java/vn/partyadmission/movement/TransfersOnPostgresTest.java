package vn.partyadmission.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.support.PostgresApplicationTest;

/** Transfers of Party membership on a real PostgreSQL, and two confirmations of one transfer at once. */
@PostgresApplicationTest
class TransfersOnPostgresTest extends TransferScenarios {

	@Test
	void twoConfirmationsAtOnce_moveThePersonOnce_theOtherIsAConflict() throws Exception {
		String person = u.id("o4");
		long inOther = members.count(u.otherCell, MemberStatus.OFFICIAL);
		Transfer sent = transfers.send(official(person, u.otherCell), "gr", grassroots);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				go.await();
				try {
					return transfers.confirm(sent.id(), null, "gr", grassroots);
				}
				catch (RuntimeException e) {
					return e;
				}
			}));
		}
		go.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn(o -> o instanceof Transfer).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ConflictException
				|| o instanceof org.camunda.bpm.engine.OptimisticLockingException).hasSize(1);
		assertThat(members.findPerson(person).orElseThrow().cellId()).isEqualTo(u.otherCell);
		assertThat(members.count(u.otherCell, MemberStatus.OFFICIAL)).isEqualTo(inOther + 1);
		assertThat(members.journal(person)).filteredOn(e -> Transfers.CONFIRM.equals(e.activityId()))
			.extracting(JournalEntry::personId).containsExactly(person);
	}

}
