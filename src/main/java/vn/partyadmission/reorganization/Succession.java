package vn.partyadmission.reorganization;

/** One unit that ends and the unit that takes over its people, cases and tasks. */
public record Succession(String organizationId, String successorId) {
}
