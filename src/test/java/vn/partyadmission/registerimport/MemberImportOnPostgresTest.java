package vn.partyadmission.registerimport;

import vn.partyadmission.support.PostgresApplicationTest;

/** Member imports on a real PostgreSQL, where production data lives (same context as the process tests there). */
@PostgresApplicationTest
class MemberImportOnPostgresTest extends MemberImportScenarios {

	@Override
	String database() {
		return "PostgreSQL";
	}

}
