package vn.partyadmission.organization;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a unit's change log (organization_change): what changed, from which date, who. */
public record TreeChange(String organizationId, String kind, LocalDate effectiveDate, String detail, String actor,
		Instant recordedAt) {
}
