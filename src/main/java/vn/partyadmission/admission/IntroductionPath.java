package vn.partyadmission.admission;

/** Who introduces the applicant (Charter Art. 4 cl. 1; 24-QĐ/TW §3). */
public enum IntroductionPath {

	/** Two official members (3-KNĐ). */
	TWO_MEMBERS(2),
	/** Resolution of the grassroots Youth Union executive committee (4-KNĐ) plus one official member. */
	YOUTH_UNION(1),
	/** Resolution of the grassroots trade-union executive committee (4A-KNĐ) plus one official member. */
	TRADE_UNION(1);

	private final int members;

	IntroductionPath(int members) {
		this.members = members;
	}

	public int members() {
		return members;
	}

	public boolean needsUnionResolution() {
		return this != TWO_MEMBERS;
	}

}
