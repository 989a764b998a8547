package vn.partyadmission.movement;

import vn.partyadmission.support.ApplicationTest;

/** Case endings on H2. */
@ApplicationTest
class CaseEndingsOnH2Test extends CaseEndingScenarios {

}
