package vn.partyadmission.admission;

/**
 * Who introduces the applicant (Charter Art. 4 cl. 1; 24-QĐ/TW §3). What each way needs and who
 * may take it are rule data: processes/introduction.dmn, read by {@link IntroductionRules}.
 */
public enum IntroductionPath {

	/** Two official members (3-KNĐ). */
	TWO_MEMBERS,
	/** Resolution of the grassroots Youth Union executive committee (4-KNĐ) plus one official member. */
	YOUTH_UNION,
	/** Resolution of the grassroots trade-union executive committee (4A-KNĐ) plus one official member. */
	TRADE_UNION

}
