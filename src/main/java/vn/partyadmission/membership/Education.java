package vn.partyadmission.membership;

/** General education level, as the eligibility decision (eligibility.dmn) reads it. */
public enum Education {

	NONE, LITERATE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, HIGHER

}
