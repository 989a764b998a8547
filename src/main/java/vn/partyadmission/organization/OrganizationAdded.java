package vn.partyadmission.organization;

/** Published in the transaction that adds a unit, so its groups and permissions exist with it. */
public record OrganizationAdded(Organization organization) {
}
