package vn.partyadmission.organization;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import org.springframework.stereotype.Component;

/**
 * What a user's groups let them see of a unit: the bodies (committee, secretary, organizing
 * commission, standing committee) of the unit itself and of every unit above it; administrators
 * see everything. Being an ordinary member of a cell gives no sight of the others' records.
 */
@Component
public class UnitScope {

	static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

	private final OrganizationTree tree;

	UnitScope(OrganizationTree tree) {
		this.tree = tree;
	}

	public boolean mayRead(Authentication user, String organizationId) {
		return mayRead(groupsOf(user), organizationId);
	}

	/** The signed-in user's Camunda groups, which are their Spring authorities. */
	public static Set<String> groupsOf(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	/**
	 * Whether the groups make the user a body of some unit (or an administrator), as opposed to an
	 * ordinary member of a cell: what taking over a unit's register needs.
	 */
	public boolean actsForAUnit(Set<String> groups) {
		return groups.contains(ADMINISTRATORS) || groups.stream().anyMatch(g -> g.indexOf('.') > 0 && !g.endsWith(".members"));
	}

	public boolean mayRead(Set<String> groups, String organizationId) {
		if (groups.contains(ADMINISTRATORS)) {
			return true;
		}
		for (Organization unit : tree.lineage(organizationId)) {
			String prefix = unit.id() + ".";
			// a group "<unit id>.<body>" belongs to that unit, not to one whose id merely starts the same
			if (groups.stream().anyMatch(g -> g.startsWith(prefix) && g.indexOf('.', prefix.length()) < 0
					&& !g.endsWith(".members"))) {
				return true;
			}
		}
		return false;
	}

}
