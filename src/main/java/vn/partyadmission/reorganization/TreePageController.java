package vn.partyadmission.reorganization;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;

/**
 * The tree screen behind the web login (session and CSRF token, like the login form). Every form
 * goes through the same services as the API, with the same rights; refused input is shown on the
 * page with its reasons, with status 400 or 409, and changes nothing.
 */
@Controller
class TreePageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final TreeMaintenance maintenance;

	private final ReformPlans plans;

	private final UnitScope scope;

	TreePageController(TreeMaintenance maintenance, ReformPlans plans, UnitScope scope) {
		this.maintenance = maintenance;
		this.plans = plans;
		this.scope = scope;
	}

	@GetMapping("/organization-tree")
	ResponseEntity<String> tree(@RequestParam(required = false) String unit, Authentication user, HttpServletRequest request) {
		return treePage(unit, user, request, List.of(), HttpStatus.OK);
	}

	private ResponseEntity<String> treePage(String unit, Authentication user, HttpServletRequest request, List<String> errors,
			HttpStatus status) {
		List<Organization> units = scope.readableUnits(user);
		TreeMaintenance.UnitDetails details = unit == null || unit.isBlank() ? null : maintenance.details(unit, Actor.of(user));
		String body = TreePage.tree(units, details, csrf(request));
		return ResponseEntity.status(status).contentType(HTML).body(TreePage.page("Cây tổ chức đảng", user.getName(), errors, body));
	}

	@PostMapping("/organization-tree/units/{id}/{action}")
	ResponseEntity<String> change(@PathVariable String id, @PathVariable String action, HttpServletRequest request,
			Authentication user) {
		Actor actor = Actor.of(user);
		return attempt(() -> {
			LocalDate effective = action.equals("users") || action.equals("users/remove") ? null : date(request.getParameter("effectiveDate"));
			String target = id;
			switch (action) {
				case "rename" -> maintenance.rename(id, request.getParameter("name"), effective, actor);
				case "flags" -> maintenance.setFlags(id, "true".equals(request.getParameter("hardshipArea")),
						request.getParameter("sector"), effective, actor);
				case "competent" -> maintenance.setCompetentCommittee(id, request.getParameter("competentCommitteeId"),
						request.getParameter("decidingBody"), effective, actor);
				case "users" -> maintenance.assign(id, request.getParameter("body"), request.getParameter("personId"), actor);
				case "add" -> {
					target = request.getParameter("id");
					maintenance.add(target, request.getParameter("name"), request.getParameter("kind"), id, effective, actor);
				}
				case "move" -> {
					maintenance.move(id, request.getParameter("newParentId"), request.getParameter("newId"), effective, actor);
					target = request.getParameter("newId");
				}
				case "merge" -> maintenance.merge(id, request.getParameter("successorId"), effective, actor);
				case "end" -> maintenance.end(id, request.getParameter("successorId"), effective, actor);
				default -> throw new InvalidInputException("action", "unknown-action", "Không có thao tác '" + action + "'");
			}
			return seeOther(TreePage.url(target));
		}, errors -> treePage(id, user, request, errors.messages(), errors.status()));
	}

	@PostMapping("/organization-tree/units/{id}/users/remove")
	ResponseEntity<String> unassign(@PathVariable String id, HttpServletRequest request, Authentication user) {
		return attempt(() -> {
			maintenance.unassign(id, request.getParameter("body"), request.getParameter("personId"), Actor.of(user));
			return seeOther(TreePage.url(id));
		}, errors -> treePage(id, user, request, errors.messages(), errors.status()));
	}

	@GetMapping("/organization-tree/plans")
	ResponseEntity<String> plans(Authentication user, HttpServletRequest request) {
		return plansPage(user, request, List.of(), HttpStatus.OK);
	}

	private ResponseEntity<String> plansPage(Authentication user, HttpServletRequest request, List<String> errors, HttpStatus status) {
		return ResponseEntity.status(status).contentType(HTML).body(TreePage.page("Đề án sắp xếp tổ chức", user.getName(), errors,
				TreePage.plans(plans.list(Actor.of(user)), csrf(request))));
	}

	@PostMapping("/organization-tree/plans")
	ResponseEntity<String> create(HttpServletRequest request, Authentication user) {
		return attempt(() -> {
			ReformPlans.Plan plan = plans.create(request.getParameter("title"), date(request.getParameter("effectiveDate")),
					changes(request.getParameter("changes")), Actor.of(user));
			return seeOther("/organization-tree/plans/" + plan.id());
		}, errors -> plansPage(user, request, errors.messages(), errors.status()));
	}

	@GetMapping("/organization-tree/plans/{id}")
	ResponseEntity<String> plan(@PathVariable String id, Authentication user, HttpServletRequest request) {
		return planPage(TreeController.planId(id), null, user, request, List.of(), HttpStatus.OK);
	}

	@PostMapping("/organization-tree/plans/{id}/{step}")
	ResponseEntity<String> step(@PathVariable String id, @PathVariable String step, Authentication user, HttpServletRequest request) {
		long planId = TreeController.planId(id);
		return attempt(() -> {
			Outcome outcome = switch (step) {
				case "preview" -> plans.preview(planId, Actor.of(user));
				case "apply" -> plans.apply(planId, Actor.of(user));
				default -> throw new InvalidInputException("step", "unknown-step", "Không có bước '" + step + "'");
			};
			return planPage(planId, outcome, user, request, List.of(), HttpStatus.OK);
		}, errors -> planPage(planId, null, user, request, errors.messages(), errors.status()));
	}

	private ResponseEntity<String> planPage(long id, Outcome outcome, Authentication user, HttpServletRequest request,
			List<String> errors, HttpStatus status) {
		ReformPlans.Plan plan = plans.get(id, Actor.of(user));
		return ResponseEntity.status(status).contentType(HTML).body(TreePage.page("Đề án sắp xếp tổ chức", user.getName(), errors,
				TreePage.plan(plan, outcome, csrf(request))));
	}

	private record Refusal(List<String> messages, HttpStatus status) {
	}

	private static ResponseEntity<String> attempt(Supplier<ResponseEntity<String>> action,
			Function<Refusal, ResponseEntity<String>> onRefusal) {
		try {
			return action.get();
		}
		catch (InvalidInputException e) {
			HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
			return onRefusal.apply(new Refusal(e.errors().stream().map(f -> f.field() + ": " + f.message()).toList(), status));
		}
	}

	private static ResponseEntity<String> seeOther(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	private static String csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return token == null ? "" : token.getToken();
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("effectiveDate", "required", "Cần ngày hiệu lực");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("effectiveDate", "date", "Ngày không hợp lệ (yyyy-mm-dd): " + value);
		}
	}

	/** The plan's changes as the form writes them, one a line: "MERGE a b", "MOVE a parent newId", "END a [b]", "ADD id kind parent name". */
	static List<PlanChange> changes(String text) {
		List<PlanChange> changes = new ArrayList<>();
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			String field = "changes[" + changes.size() + "]";
			String[] w = line.strip().split("\\s+", 5);
			String verb = w[0].toUpperCase();
			PlanChange c = switch (verb) {
				case "MERGE" -> w.length == 3 ? PlanChange.merge(w[1], w[2]) : null;
				case "MOVE" -> w.length == 4 ? PlanChange.move(w[1], w[2], w[3]) : null;
				case "END" -> w.length == 2 || w.length == 3 ? PlanChange.end(w[1], w.length == 3 ? w[2] : null) : null;
				case "ADD" -> w.length == 5 ? PlanChange.add(w[1], w[4], w[2], w[3]) : null;
				default -> null;
			};
			if (c == null) {
				errors.add(new InvalidInputException.FieldError(field, "change-line", "Không đọc được dòng \"" + line.strip()
						+ "\"; các dạng: " + Arrays.asList("MERGE a b", "MOVE a cấp-trên mã-mới", "END a [kế-tục]", "ADD mã loại cấp-trên tên")));
			}
			changes.add(c);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return changes;
	}

}
