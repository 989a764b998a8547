package vn.partyadmission.organization;

import java.util.Arrays;
import java.util.List;

/** A body of a unit whose users act for it: each is a Camunda group "<unit id>.<body>" (see {@link Groups}). */
public enum Body {

	SECRETARY("secretary", "Chi ủy / bí thư chi bộ"),
	MEMBERS("members", "Đảng viên chính thức của chi bộ"),
	COMMITTEE("committee", "Ban chấp hành (cấp ủy)"),
	ORGANIZING("organizing", "Ban tổ chức"),
	STANDING("standing", "Ban thường vụ");

	private final String suffix;

	private final String label;

	Body(String suffix, String label) {
		this.suffix = suffix;
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String group(String unitId) {
		return unitId + "." + suffix;
	}

	/** The bodies a unit of this kind has: a cell its committee and members, a committee its own bodies. */
	public static List<Body> of(OrganizationKind kind) {
		if (kind.isCell()) {
			return List.of(SECRETARY, MEMBERS);
		}
		return kind.isHigherCommittee() ? List.of(COMMITTEE, ORGANIZING, STANDING) : List.of(COMMITTEE);
	}

	/** The body named in an API request ("secretary", "SECRETARY"), or null. */
	public static Body named(String name) {
		return name == null ? null : Arrays.stream(values())
			.filter(b -> b.name().equalsIgnoreCase(name) || b.suffix.equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

}
