package vn.partyadmission.admission;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.security.EngineUser;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.NotVisible;
import vn.partyadmission.shared.PageOf;

/**
 * Admission cases: open one (the same checks as Tasklist's start form), list a unit's cases by
 * status and stage with paging, and read one case with its timeline. A unit the user may not see
 * answers 404 and tells nothing.
 */
@RestController
@RequestMapping("/api/cases")
class AdmissionCaseController {

	private final AdmissionCases cases;

	private final CaseQueries queries;

	private final UnitScope scope;

	private final EngineUser engineUser;

	AdmissionCaseController(AdmissionCases cases, CaseQueries queries, UnitScope scope, EngineUser engineUser) {
		this.cases = cases;
		this.queries = queries;
		this.scope = scope;
		this.engineUser = engineUser;
	}

	/** An introducer: an official member, how and since when they know the applicant. */
	record Introducer(String personId, Relation relation, LocalDate since) {
	}

	/** The start form's values; introducers in order (two members, or one with a union resolution). */
	record OpenCase(String personId, String cellId, IntroductionPath introductionPath, List<Introducer> introducers,
			String unionResolutionNumber, String certificateNumber, LocalDate certificateDate,
			String provincialConsentNumber) {
	}

	record CaseView(AdmissionCase admissionCase, List<CaseQueries.TimelineEntry> timeline) {
	}

	@PostMapping
	ResponseEntity<AdmissionCase> open(@RequestBody OpenCase request, Authentication user) {
		AdmissionCase opened = engineUser.call(user, () -> cases.start(values(request)));
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

	@GetMapping
	PageOf<CaseQueries.CaseSummary> list(@RequestParam String unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "openedAt") String sort,
			@RequestParam(defaultValue = "desc") String direction, Authentication user) {
		if (!scope.mayRead(user, unit)) {
			throw new NotVisible();
		}
		if (!direction.equals("asc") && !direction.equals("desc")) {
			throw InvalidInputException.of("direction", "sort-direction", direction);
		}
		return queries.list(unit, status, stage, page, size, sort, direction.equals("desc"));
	}

	@GetMapping("/{caseId}")
	ResponseEntity<CaseView> one(@PathVariable String caseId, Authentication user) {
		return cases.find(caseId)
			.filter(c -> scope.mayRead(user, c.cellId()))
			.map(c -> ResponseEntity.ok(new CaseView(c, queries.timeline(c))))
			.orElse(ResponseEntity.notFound().build());
	}

	private static Map<String, Object> values(OpenCase r) {
		Map<String, Object> values = new HashMap<>();
		values.put("personId", r.personId());
		values.put("cellId", r.cellId());
		values.put("introductionPath", r.introductionPath() == null ? null : r.introductionPath().name());
		values.put("unionResolutionNumber", r.unionResolutionNumber());
		values.put("certificateNumber", r.certificateNumber());
		values.put("certificateDate", r.certificateDate() == null ? null : r.certificateDate().toString());
		values.put("provincialConsentNumber", r.provincialConsentNumber());
		List<Introducer> introducers = r.introducers() == null ? List.of() : r.introducers();
		for (int i = 0; i < introducers.size(); i++) {
			Introducer introducer = introducers.get(i);
			if (introducer == null) {
				throw InvalidInputException.of("introducers[" + i + "]", "required");
			}
			values.put("introducer" + (i + 1) + "Id", introducer.personId());
			values.put("introducer" + (i + 1) + "Relation", introducer.relation() == null ? null : introducer.relation().name());
			values.put("introducer" + (i + 1) + "Since", introducer.since() == null ? null : introducer.since().toString());
		}
		return values;
	}

}
