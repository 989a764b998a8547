package vn.partyadmission.movement;

import vn.partyadmission.support.PostgresApplicationTest;

/** Case endings on a real PostgreSQL. */
@PostgresApplicationTest
class CaseEndingsOnPostgresTest extends CaseEndingScenarios {

}
