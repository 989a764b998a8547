package vn.partyadmission.reporting;

import vn.partyadmission.support.PostgresApplicationTest;

/** Report figures on PostgreSQL, where production data lives: the same hand-computed expectations. */
@PostgresApplicationTest
class ReportFiguresOnPostgresTest extends ReportFigures {

}
