package vn.partyadmission.reporting;

import vn.partyadmission.support.PostgresApplicationTest;

/** Case tallies on PostgreSQL (upserts, the production path). */
@PostgresApplicationTest
class CaseTalliesFollowTheCasesOnPostgresTest extends CaseTalliesFollowTheCases {

}
