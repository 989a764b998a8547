package vn.partyadmission.reporting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;

/**
 * Admission targets. A target is set by the organizing commission or the standing committee of
 * the unit or of a unit above it (the body that assigns targets to the heads of units below it),
 * or by an administrator.
 */
@Service
public class Targets {

	static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

	private final TargetRepository targets;

	private final OrganizationTree tree;

	private final Clock clock;

	Targets(TargetRepository targets, OrganizationTree tree, Clock clock) {
		this.targets = targets;
		this.tree = tree;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Target> find(String organizationId, int year) {
		return targets.find(organizationId, year);
	}

	/** The targets of these units for a year, by unit. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Target> findAll(List<String> organizationIds, int year) {
		java.util.Map<String, Target> byUnit = new java.util.HashMap<>();
		targets.findAll(organizationIds, year).forEach(t -> byUnit.put(t.organizationId(), t));
		return byUnit;
	}

	@Transactional(readOnly = true)
	public List<Target> list(String organizationId, Integer year) {
		return targets.list(organizationId, year);
	}

	/** Whether these groups may set targets of the unit. */
	public boolean maySet(Set<String> groups, String organizationId) {
		if (groups.contains(ADMINISTRATORS)) {
			return true;
		}
		return tree.lineage(organizationId).stream().map(Organization::id)
			.anyMatch(id -> groups.contains(Groups.organizingCommission(id)) || groups.contains(Groups.standingCommittee(id)));
	}

	/** Checks the submitted values (year, counts, percent) and saves the target, replacing an earlier one. */
	@Transactional
	public Target set(String organizationId, String year, Map<String, Object> body, String actor) {
		Map<String, Object> values = new HashMap<>(body == null ? Map.of() : body);
		values.put("year", year);
		Inputs in = new Inputs(values);
		Integer targetYear = Periods.year(in, "year");
		Integer newMembers = in.count("newMembers");
		Integer share = optionalCount(in, values, "villageHeadSharePercent");
		Integer orgs = optionalCount(in, values, "privateEnterpriseOrgs");
		if (share != null) {
			in.check(share <= 100, "villageHeadSharePercent", "percent-0-100", share);
		}
		in.throwIfInvalid();
		if (tree.find(organizationId).isEmpty()) {
			throw InvalidInputException.of("unitId", "unknown-organization", organizationId);
		}
		Target target = new Target(organizationId, targetYear, newMembers, share, orgs, actor, clock.instant());
		targets.save(target);
		return target;
	}

	/** Saves a target the application itself loads (demo data); no user and no API input to check. */
	@Transactional
	public void set(Target target) {
		targets.save(target);
	}

	private static Integer optionalCount(Inputs in, Map<String, Object> values, String field) {
		Object value = values.get(field);
		return value == null || value.toString().isBlank() ? null : in.count(field);
	}

}
