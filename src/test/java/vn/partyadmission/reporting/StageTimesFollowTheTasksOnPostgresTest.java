package vn.partyadmission.reporting;

import vn.partyadmission.support.PostgresApplicationTest;

/** Stage-time tally on PostgreSQL (upserts, the production path). */
@PostgresApplicationTest
class StageTimesFollowTheTasksOnPostgresTest extends StageTimesFollowTheTasks {

}
