package vn.partyadmission.organization;

import java.time.LocalDate;

public record Organization(String id, String name, OrganizationKind kind, String parentId, LocalDate validFrom,
		LocalDate validTo, String competentCommitteeId, String successorId, boolean hardshipArea) {

	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
	}

}
