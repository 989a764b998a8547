package vn.partyadmission.reporting;

import vn.partyadmission.support.ApplicationTest;

/** Stage-time tally on H2 (the demo, a single node). */
@ApplicationTest
class StageTimesFollowTheTasksOnH2Test extends StageTimesFollowTheTasks {

}
