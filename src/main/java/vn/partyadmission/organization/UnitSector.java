package vn.partyadmission.organization;

/**
 * The sector a unit works in, followed by the reports (new organizations in private enterprises).
 * PARTY is the default of units set up by residence or without a sector recorded.
 */
public enum UnitSector {

	PARTY("Khu dân cư / chưa xác định"),
	STATE_AGENCY("Cơ quan Đảng, Nhà nước, đoàn thể"),
	PUBLIC_SERVICE("Đơn vị sự nghiệp công lập"),
	STATE_ENTERPRISE("Doanh nghiệp nhà nước"),
	PRIVATE_ENTERPRISE("Doanh nghiệp ngoài khu vực nhà nước"),
	COOPERATIVE("Hợp tác xã"),
	ARMED_FORCES("Lực lượng vũ trang");

	private final String label;

	UnitSector(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A stored value; one this enum does not know (an older import) reads as PARTY. */
	static UnitSector of(String stored) {
		for (UnitSector s : values()) {
			if (s.name().equals(stored)) {
				return s;
			}
		}
		return PARTY;
	}

}
