package vn.partyadmission.membership;

/** Where a person works; private enterprises are followed in the reports (seed article). */
public enum Sector {

	STATE_AGENCY, PUBLIC_SERVICE, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, COOPERATIVE, ARMED_FORCES, FARMER, STUDENT,
	RETIRED, OTHER

}
