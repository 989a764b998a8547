package vn.partyadmission.organization;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organization tree: a unit, who decides its admissions, and the units directly below it. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

	private final OrganizationTree tree;

	private final UnitScope scope;

	OrganizationController(OrganizationTree tree, UnitScope scope) {
		this.tree = tree;
		this.scope = scope;
	}

	record UnitView(Organization unit, String competentCommitteeId, List<Organization> children) {
	}

	@GetMapping("/{id}")
	ResponseEntity<UnitView> unit(@PathVariable String id, Authentication user) {
		return tree.find(id)
			.filter(unit -> scope.mayRead(user, unit.id()))
			.map(unit -> ResponseEntity.ok(new UnitView(unit, competentCommittee(unit), tree.children(unit.id()))))
			.orElse(ResponseEntity.notFound().build());
	}

	private String competentCommittee(Organization unit) {
		return tree.lineage(unit.id()).stream()
			.map(Organization::competentCommitteeId)
			.filter(c -> c != null)
			.findFirst()
			.orElse(null);
	}

}
