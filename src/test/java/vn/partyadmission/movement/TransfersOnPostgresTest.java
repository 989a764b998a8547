package vn.partyadmission.movement;

import vn.partyadmission.support.PostgresApplicationTest;

/** Transfers of Party membership on a real PostgreSQL. */
@PostgresApplicationTest
class TransfersOnPostgresTest extends TransferScenarios {

}
