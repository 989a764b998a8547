package vn.partyadmission.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * Whether the user may change the unit (rename, flags, who decides, its bodies' users, end or
	 * move it): administrators, and the organizing commission of a committee above it. A committee's
	 * own organizing commission does not change its own committee; its superior's does.
	 */
	public boolean mayChange(Authentication user, String organizationId) {
		Set<String> groups = groupsOf(user);
		if (groups.contains(ADMINISTRATORS)) {
			return true;
		}
		List<Organization> lineage = tree.lineage(organizationId);
		return lineage.stream().skip(1).anyMatch(above -> groups.contains(Groups.organizingCommission(above.id())));
	}

	/** Whether the user may add a unit under this parent: the parent itself counts as above the new unit. */
	public boolean mayAddUnder(Authentication user, String parentId) {
		Set<String> groups = groupsOf(user);
		return groups.contains(ADMINISTRATORS)
				|| tree.lineage(parentId).stream().anyMatch(above -> groups.contains(Groups.organizingCommission(above.id())));
	}

	/**
	 * The units of the whole tree the user may read, by the same rule as {@link #mayRead}, worked out
	 * in memory from one read of the tree (a screen of the tree would otherwise walk each lineage).
	 */
	public List<Organization> readableUnits(Authentication user) {
		Set<String> groups = groupsOf(user);
		List<Organization> all = tree.all();
		if (groups.contains(ADMINISTRATORS)) {
			return all;
		}
		Map<String, Organization> byId = new HashMap<>();
		all.forEach(o -> byId.put(o.id(), o));
		Map<String, Boolean> readable = new HashMap<>();
		return all.stream().filter(o -> readable(o, byId, groups, readable)).toList();
	}

	private static boolean readable(Organization unit, Map<String, Organization> byId, Set<String> groups,
			Map<String, Boolean> known) {
		Boolean answer = known.get(unit.id());
		if (answer == null) {
			String prefix = unit.id() + ".";
			answer = groups.stream().anyMatch(g -> g.startsWith(prefix) && g.indexOf('.', prefix.length()) < 0 && !g.endsWith(".members"))
					|| unit.parentId() != null && byId.containsKey(unit.parentId())
							&& readable(byId.get(unit.parentId()), byId, groups, known);
			known.put(unit.id(), answer);
		}
		return answer;
	}

	public static boolean isAdministrator(Authentication user) {
		return groupsOf(user).contains(ADMINISTRATORS);
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
