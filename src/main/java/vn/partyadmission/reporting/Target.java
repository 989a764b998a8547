package vn.partyadmission.reporting;

import java.time.Instant;

/**
 * A unit's admission target for a year, e.g. one line of Decision 1188.
 *
 * @param villageHeadSharePercent share of village heads and residential-group leaders who should be members (optional)
 * @param privateEnterpriseOrgs new Party organizations in private enterprises to found (optional)
 */
public record Target(String organizationId, int year, int newMembers, Integer villageHeadSharePercent,
		Integer privateEnterpriseOrgs, String setBy, Instant setAt) {
}
