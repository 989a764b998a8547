package vn.partyadmission.reporting;

import vn.partyadmission.support.ApplicationTest;

/** The tallies on H2 (update, then insert), the demo's database. */
@ApplicationTest
class TalliesFollowTheRegisterOnH2Test extends TalliesFollowTheRegister {

}
