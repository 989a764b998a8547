package vn.partyadmission.reporting;

import vn.partyadmission.support.PostgresApplicationTest;

/** The tallies on PostgreSQL: upserts, row locks of concurrent transactions, the recount in one statement. */
@PostgresApplicationTest
class TalliesFollowTheRegisterOnPostgresTest extends TalliesFollowTheRegister {

}
