package vn.partyadmission.registerimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks once a minute for imports whose node died (no heartbeat for
 * {@code admission.imports.abandon-after}) and marks them FAILED, so their users see that nothing was
 * imported and can send the file again, instead of an import RUNNING for ever.
 */
@Component
class AbandonedImports {

	static final String FAILURE = "nothing imported: the server running this import stopped; send the file again";

	private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

	private final MemberImportRepository imports;
	private final Clock clock;
	private final Duration abandonAfter;

	AbandonedImports(MemberImportRepository imports, Clock clock,
			@Value("${admission.imports.abandon-after:PT10M}") Duration abandonAfter) {
		this.imports = imports;
		this.clock = clock;
		this.abandonAfter = abandonAfter;
	}

	@Scheduled(fixedDelayString = "${admission.imports.abandon-check:PT1M}", initialDelayString = "PT1M")
	int giveUpAbandoned() {
		Instant now = clock.instant();
		int given = imports.abandonStale(now.minus(abandonAfter), FAILURE, now);
		if (given > 0) {
			log.warn("{} member import(s) without heartbeat for {} marked FAILED", given, abandonAfter);
		}
		return given;
	}

}
