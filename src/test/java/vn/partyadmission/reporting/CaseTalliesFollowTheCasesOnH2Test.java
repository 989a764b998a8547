package vn.partyadmission.reporting;

import vn.partyadmission.support.ApplicationTest;

/** Case tallies on H2 (the demo, a single node). */
@ApplicationTest
class CaseTalliesFollowTheCasesOnH2Test extends CaseTalliesFollowTheCases {

}
