package vn.partyadmission.registerimport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.partyadmission.support.EmbeddedPostgresConfiguration;
import vn.partyadmission.support.TestClockConfiguration;

/** Member imports on a real PostgreSQL, where production data lives (same context as the process tests there). */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, EmbeddedPostgresConfiguration.class })
class MemberImportOnPostgresTest extends MemberImportScenarios {

	@Override
	String database() {
		return "PostgreSQL";
	}

}
