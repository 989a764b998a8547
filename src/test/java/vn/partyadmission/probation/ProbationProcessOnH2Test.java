package vn.partyadmission.probation;

import vn.partyadmission.support.ApplicationTest;

/** Probation and deadlines on H2. */
@ApplicationTest
class ProbationProcessOnH2Test extends ProbationScenarios {

}
