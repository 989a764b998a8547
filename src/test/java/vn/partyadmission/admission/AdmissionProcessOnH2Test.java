package vn.partyadmission.admission;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.partyadmission.support.TestClockConfiguration;

/** The admission scenarios on H2, the embedded development database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AdmissionProcessOnH2Test extends AdmissionScenarios {

}
