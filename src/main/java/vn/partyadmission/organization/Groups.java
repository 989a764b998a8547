package vn.partyadmission.organization;

/**
 * Camunda group ids derived from an organization and a body or role in it. Candidate groups in the
 * models are these ids, so whoever is in the group of the acting body sees the task.
 */
public final class Groups {

	private Groups() {
	}

	/** Cell committee and secretary (chi ủy / bí thư chi bộ). */
	public static String cellSecretary(String cellId) {
		return cellId + ".secretary";
	}

	/** Official members of a cell. */
	public static String cellMembers(String cellId) {
		return cellId + ".members";
	}

	/** Executive committee of a grassroots or intermediate committee (đảng ủy). */
	public static String committee(String organizationId) {
		return organizationId + ".committee";
	}

	/** Organizing commission (ban tổ chức) of a competent committee. */
	public static String organizingCommission(String organizationId) {
		return organizationId + ".organizing";
	}

	/** Standing committee (ban thường vụ) of a competent committee. */
	public static String standingCommittee(String organizationId) {
		return organizationId + ".standing";
	}

}
