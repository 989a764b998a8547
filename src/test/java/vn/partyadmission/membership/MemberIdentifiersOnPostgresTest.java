package vn.partyadmission.membership;

import vn.partyadmission.support.PostgresApplicationTest;

/** National-register identifiers on a real PostgreSQL, where the unique indexes of production live. */
@PostgresApplicationTest
class MemberIdentifiersOnPostgresTest extends MemberIdentifiersScenarios {

}
