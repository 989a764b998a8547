package vn.partyadmission.reporting;

/** A unit that does not exist or that the user may not see: both answer 404, so the user learns nothing. */
class UnitNotVisible extends RuntimeException {

	UnitNotVisible(String unitId) {
		super("no unit '" + unitId + "'");
	}

}
