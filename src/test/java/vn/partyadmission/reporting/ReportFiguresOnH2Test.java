package vn.partyadmission.reporting;

import vn.partyadmission.support.ApplicationTest;

/** Report figures on H2. */
@ApplicationTest
class ReportFiguresOnH2Test extends ReportFigures {

}
