package vn.partyadmission.registerimport;

import vn.partyadmission.support.ApplicationTest;

/** Member imports on H2, the embedded development database. */
@ApplicationTest
class MemberImportOnH2Test extends MemberImportScenarios {

	@Override
	String database() {
		return "H2";
	}

}
