package vn.partyadmission.membership;

import vn.partyadmission.support.ApplicationTest;

/** National-register identifiers on in-memory H2. */
@ApplicationTest
class MemberIdentifiersOnH2Test extends MemberIdentifiersScenarios {

}
