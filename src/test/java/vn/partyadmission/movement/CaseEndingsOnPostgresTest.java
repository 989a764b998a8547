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
import vn.partyadmission.organization.Groups;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.support.PostgresApplicationTest;

/** Case endings on a real PostgreSQL, and two endings of one case at once. */
@PostgresApplicationTest
class CaseEndingsOnPostgresTest extends CaseEndingScenarios {

	@Test
	void twoEndingsOfOneCaseAtOnce_exactlyOneWins_theOtherIsAConflict_andTheJournalHasOneEnding() throws Exception {
		String caseId = walkTo(Stage.BEFORE_THE_VOTE);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		for (var attempt : List.of(List.of(EndingReason.WITHDRAWN, Groups.cellSecretary(u.cell)),
				List.of(EndingReason.DIED, Groups.standingCommittee(u.commune)))) {
			results.add(pool.submit(() -> {
				go.await();
				try {
					return endAs(caseId, (EndingReason) attempt.get(0), (String) attempt.get(1));
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

		assertThat(outcomes).filteredOn(o -> o instanceof CaseEndings.Ending).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
		assertThat(members.journal(person)).filteredOn(e -> CaseEndings.ACTIVITY.equals(e.activityId()))
			.extracting(JournalEntry::caseId).containsExactly(caseId);
		CaseEndings.Ending won = (CaseEndings.Ending) outcomes.stream().filter(o -> o instanceof CaseEndings.Ending).findFirst().orElseThrow();
		assertEnded(caseId, won.reason(), won.toStatus());
	}

}
