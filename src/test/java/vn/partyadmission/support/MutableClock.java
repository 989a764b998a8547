package vn.partyadmission.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the tests move through real dates. */
public class MutableClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now;

	public MutableClock(LocalDate today) {
		set(today);
	}

	public void set(LocalDate today) {
		this.now = today.atTime(10, 0).atZone(ZONE).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
