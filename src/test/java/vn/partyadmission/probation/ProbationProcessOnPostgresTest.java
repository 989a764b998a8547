package vn.partyadmission.probation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.partyadmission.support.EmbeddedPostgresConfiguration;
import vn.partyadmission.support.TestClockConfiguration;

/** Probation and deadlines on a real PostgreSQL (shares the context of AdmissionProcessOnPostgresTest). */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, EmbeddedPostgresConfiguration.class })
class ProbationProcessOnPostgresTest extends ProbationScenarios {

}
