package vn.partyadmission.reporting;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;

/** Who may read a unit's figures: the unit scope of the user's groups (Camunda group ids). */
@Component
class ReportAccess {

	private final UnitScope scope;

	private final OrganizationTree tree;

	ReportAccess(UnitScope scope, OrganizationTree tree) {
		this.scope = scope;
		this.tree = tree;
	}

	static Set<String> groups(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	boolean mayRead(Authentication user, String unitId) {
		return tree.find(unitId).isPresent() && scope.mayRead(groups(user), unitId);
	}

	/** Throws UnitNotVisible (404) unless the user may read the unit. */
	void checkRead(Authentication user, String unitId) {
		if (!mayRead(user, unitId)) {
			throw new UnitNotVisible(unitId);
		}
	}

	@RestControllerAdvice
	static class Problems {

		@ExceptionHandler(UnitNotVisible.class)
		@ResponseStatus(HttpStatus.NOT_FOUND)
		ProblemDetail notVisible(UnitNotVisible e) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
			problem.setTitle("Unknown unit");
			return problem;
		}

	}

}
