package vn.partyadmission.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.Inputs;

/**
 * Admission targets. Setting one is for the organizing commission or standing committee of the
 * unit or of a unit above it, or an administrator; reading follows the unit scope.
 */
@RestController
@RequestMapping("/api/targets")
class TargetController {

	private final Targets targets;

	private final ReportAccess access;

	TargetController(Targets targets, ReportAccess access) {
		this.targets = targets;
		this.access = access;
	}

	@PutMapping("/{unitId}/{year}")
	ResponseEntity<?> set(@PathVariable String unitId, @PathVariable String year,
			@RequestBody(required = false) Map<String, Object> body, Authentication user) {
		access.checkRead(user, unitId);
		if (!targets.maySet(UnitScope.groupsOf(user), unitId)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"only the organizing commission or standing committee of '" + unitId
							+ "' or of a unit above it sets its targets");
			problem.setTitle("Not allowed to set targets");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		return ResponseEntity.ok(targets.set(unitId, year, body, user.getName()));
	}

	@GetMapping
	List<Target> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			Authentication user) {
		Integer y = null;
		if (year != null && !year.isBlank()) {
			Inputs in = new Inputs(Map.of("year", year));
			y = Periods.year(in, "year");
			in.throwIfInvalid();
		}
		if (unit != null && !unit.isBlank()) {
			access.checkRead(user, unit);
		}
		return targets.list(unit == null || unit.isBlank() ? null : unit, y).stream()
			.filter(t -> access.mayRead(user, t.organizationId()))
			.toList();
	}

}
