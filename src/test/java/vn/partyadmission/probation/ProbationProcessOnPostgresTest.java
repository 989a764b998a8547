package vn.partyadmission.probation;

import vn.partyadmission.support.PostgresApplicationTest;

/** Probation and deadlines on a real PostgreSQL (shares the context of AdmissionProcessOnPostgresTest). */
@PostgresApplicationTest
class ProbationProcessOnPostgresTest extends ProbationScenarios {

}
