package vn.partyadmission.organization;

/** Levels of Party organization; the tree is generic, so a reform adds nodes, not kinds. */
public enum OrganizationKind {

	PROVINCE_COMMITTEE,
	/** District-level committee (huyện ủy); abolished on 2025-07-01 by Regulation 294-QĐ/TW. */
	DISTRICT_COMMITTEE,
	/** Commune/ward committee directly above grassroots organizations (from 2025-07-01). */
	COMMUNE_COMMITTEE,
	/** Grassroots Party committee (đảng bộ cơ sở), e.g. a commune, town or agency committee before 2025. */
	GRASSROOTS_COMMITTEE,
	/** Intermediate committee (đảng ủy bộ phận) between a grassroots committee and its cells. */
	INTERMEDIATE_COMMITTEE,
	/** Grassroots cell (chi bộ cơ sở), directly under a higher committee. */
	GRASSROOTS_CELL,
	/** Cell under a grassroots or intermediate committee (chi bộ trực thuộc). */
	CELL;

	public boolean isCell() {
		return this == CELL || this == GRASSROOTS_CELL;
	}

	/** Committees that decide or review: they have an organizing commission and a standing committee. */
	public boolean isHigherCommittee() {
		return this == PROVINCE_COMMITTEE || this == DISTRICT_COMMITTEE || this == COMMUNE_COMMITTEE
				|| this == GRASSROOTS_COMMITTEE;
	}

}
