package vn.partyadmission.movement;

import vn.partyadmission.support.ApplicationTest;

/** Transfers of Party membership on H2. */
@ApplicationTest
class TransfersOnH2Test extends TransferScenarios {

}
