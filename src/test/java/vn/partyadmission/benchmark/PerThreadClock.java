package vn.partyadmission.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.partyadmission.support.MutableClock;

/**
 * The tests' movable clock, but each driver thread moves its own: four threads walk four cases
 * through different dates at once without one thread's date leaking into another's rules.
 */
class PerThreadClock extends MutableClock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private ThreadLocal<Instant> now;

	PerThreadClock(LocalDate today) {
		super(today);
		now = new ThreadLocal<>();
	}

	@Override
	public void set(LocalDate today) {
		if (now == null) {
			// called from the super constructor: the default for threads that never set a date
			super.set(today);
			return;
		}
		now.set(today.atTime(10, 0).atZone(ZONE).toInstant());
	}

	@Override
	public Instant instant() {
		Instant mine = now == null ? null : now.get();
		return mine != null ? mine : super.instant();
	}

}
