package vn.partyadmission.support;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/** Monday 2 March 2026: "today" in the process tests. */
	public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(TODAY);
	}

}
