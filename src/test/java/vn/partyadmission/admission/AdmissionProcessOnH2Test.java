package vn.partyadmission.admission;

import vn.partyadmission.support.ApplicationTest;

/** The admission scenarios on H2, the embedded development database. */
@ApplicationTest
class AdmissionProcessOnH2Test extends AdmissionScenarios {

}
