package vn.partyadmission.reorganization;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.shared.InvalidInputException;

/**
 * Changing the organization tree and its reforms through the API (docs/reorganization.md). Who may:
 * administrators, and the organizing commission of a committee above the unit; a unit the user
 * cannot see is 404, one they see but may not change 403.
 */
@RestController
class TreeController {

	private final TreeMaintenance maintenance;

	private final ReformPlans plans;

	TreeController(TreeMaintenance maintenance, ReformPlans plans) {
		this.maintenance = maintenance;
		this.plans = plans;
	}

	record NewUnit(String id, String name, String kind, String parentId, LocalDate validFrom) {
	}

	record Rename(String name, LocalDate effectiveDate) {
	}

	record Flags(Boolean hardshipArea, String sector, LocalDate effectiveDate) {
	}

	record Competent(String competentCommitteeId, String decidingBody, LocalDate effectiveDate) {
	}

	record Move(String newParentId, String newId, LocalDate effectiveDate) {
	}

	record Successor(String successorId, LocalDate effectiveDate) {
	}

	record Split(LocalDate effectiveDate, List<TreeMaintenance.Part> parts, Map<String, String> assignments) {
	}

	record NewPlan(String title, LocalDate effectiveDate, List<PlanChange> changes) {
	}

	@GetMapping("/api/organizations/{id}/details")
	TreeMaintenance.UnitDetails details(@PathVariable String id, Authentication user) {
		return maintenance.details(id, Actor.of(user));
	}

	@PostMapping("/api/organizations")
	ResponseEntity<Outcome> add(@RequestBody NewUnit body, Authentication user) {
		Outcome outcome = maintenance.add(body.id(), body.name(), body.kind(), body.parentId(), body.validFrom(), Actor.of(user));
		return ResponseEntity.created(URI.create("/api/organizations/" + body.id())).body(outcome);
	}

	@PutMapping("/api/organizations/{id}/name")
	TreeMaintenance.UnitDetails rename(@PathVariable String id, @RequestBody Rename body, Authentication user) {
		return maintenance.rename(id, body.name(), body.effectiveDate(), Actor.of(user));
	}

	@PutMapping("/api/organizations/{id}/flags")
	TreeMaintenance.UnitDetails flags(@PathVariable String id, @RequestBody Flags body, Authentication user) {
		return maintenance.setFlags(id, body.hardshipArea(), body.sector(), body.effectiveDate(), Actor.of(user));
	}

	@PutMapping("/api/organizations/{id}/competent-committee")
	TreeMaintenance.UnitDetails competent(@PathVariable String id, @RequestBody Competent body, Authentication user) {
		return maintenance.setCompetentCommittee(id, body.competentCommitteeId(), body.decidingBody(), body.effectiveDate(),
				Actor.of(user));
	}

	@PostMapping("/api/organizations/{id}/move")
	Outcome move(@PathVariable String id, @RequestBody Move body, Authentication user) {
		return maintenance.move(id, body.newParentId(), body.newId(), body.effectiveDate(), Actor.of(user));
	}

	@PostMapping("/api/organizations/{id}/merge")
	Outcome merge(@PathVariable String id, @RequestBody Successor body, Authentication user) {
		return maintenance.merge(id, body.successorId(), body.effectiveDate(), Actor.of(user));
	}

	@PostMapping("/api/organizations/{id}/split")
	Outcome split(@PathVariable String id, @RequestBody Split body, Authentication user) {
		return maintenance.split(id, body.parts(), body.assignments(), body.effectiveDate(), Actor.of(user));
	}

	@PostMapping("/api/organizations/{id}/end")
	Outcome end(@PathVariable String id, @RequestBody Successor body, Authentication user) {
		return maintenance.end(id, body.successorId(), body.effectiveDate(), Actor.of(user));
	}

	@PutMapping("/api/organizations/{id}/bodies/{body}/users/{personId}")
	TreeMaintenance.UnitDetails assign(@PathVariable String id, @PathVariable String body, @PathVariable String personId,
			Authentication user) {
		return maintenance.assign(id, body, personId, Actor.of(user));
	}

	@DeleteMapping("/api/organizations/{id}/bodies/{body}/users/{personId}")
	TreeMaintenance.UnitDetails unassign(@PathVariable String id, @PathVariable String body, @PathVariable String personId,
			Authentication user) {
		return maintenance.unassign(id, body, personId, Actor.of(user));
	}

	@GetMapping("/api/reform-plans")
	List<ReformPlans.Plan> plans(Authentication user) {
		return plans.list(Actor.of(user));
	}

	@PostMapping("/api/reform-plans")
	ResponseEntity<ReformPlans.Plan> create(@RequestBody NewPlan body, Authentication user) {
		ReformPlans.Plan plan = plans.create(body.title(), body.effectiveDate(), body.changes(), Actor.of(user));
		return ResponseEntity.created(URI.create("/api/reform-plans/" + plan.id())).body(plan);
	}

	@GetMapping("/api/reform-plans/{id}")
	ReformPlans.Plan plan(@PathVariable String id, Authentication user) {
		return plans.get(planId(id), Actor.of(user));
	}

	@PostMapping("/api/reform-plans/{id}/preview")
	Outcome preview(@PathVariable String id, Authentication user) {
		return plans.preview(planId(id), Actor.of(user));
	}

	@PostMapping("/api/reform-plans/{id}/apply")
	Outcome apply(@PathVariable String id, Authentication user) {
		return plans.apply(planId(id), Actor.of(user));
	}

	static long planId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("planId", "number", "Mã đề án là một số");
		}
	}

}
