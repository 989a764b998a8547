package vn.partyadmission.reporting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.NotVisible;

/** Who may read a unit's figures: the unit scope of the user's groups (Camunda group ids). */
@Component
class ReportAccess {

	private final UnitScope scope;

	private final OrganizationTree tree;

	ReportAccess(UnitScope scope, OrganizationTree tree) {
		this.scope = scope;
		this.tree = tree;
	}

	boolean mayRead(Authentication user, String unitId) {
		return tree.find(unitId).isPresent() && scope.mayRead(user, unitId);
	}

	/** Answers 404 unless the user may read the unit. */
	void checkRead(Authentication user, String unitId) {
		if (!mayRead(user, unitId)) {
			throw NotVisible.unit(unitId);
		}
	}

}
