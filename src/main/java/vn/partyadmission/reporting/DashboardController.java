package vn.partyadmission.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.reporting.ReportQueries.Unit;
import vn.partyadmission.shared.DemoMark;

/**
 * The organizing commission's dashboard, behind the web login. A GET that changes nothing, so
 * CSRF does not apply; the same unit scope as the report API.
 */
@Controller
class DashboardController {

	private final Reports reports;

	private final ReportQueries queries;

	private final ReportAccess access;

	private final Clock clock;

	private final DemoMark demo;

	DashboardController(Reports reports, ReportQueries queries, ReportAccess access, Clock clock, DemoMark demo) {
		this.reports = reports;
		this.queries = queries;
		this.access = access;
		this.clock = clock;
		this.demo = demo;
	}

	@GetMapping("/dashboard")
	ResponseEntity<String> dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Authentication user) {
		List<Unit> visible = queries.committees().stream().filter(u -> access.mayRead(user, u.id())).toList();
		String unitId = unit != null && !unit.isBlank() ? unit : defaultUnit(user, visible);
		if (unitId == null) {
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_HTML)
				.body("<!DOCTYPE html><html><body>" + (demo.isDemo() ? "<div id=\"demo-band\">" + DashboardPage.escape(demo.notice()) + "</div>" : "")
						+ "<p>No unit whose figures you may see.</p></body></html>");
		}
		access.checkRead(user, unitId);
		Report report = reports.report(unitId, Periods.parse(year, from, to, LocalDate.now(clock)));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(DashboardPage.render(report, visible, user.getName(), demo.isDemo() ? demo.notice() : null));
	}

	/** The highest unit among the user's own bodies (e.g. xa.tamduong for its organizing commission). */
	private static String defaultUnit(Authentication user, List<Unit> visible) {
		Set<String> groups = UnitScope.groupsOf(user);
		return visible.stream()
			.filter(u -> u.validTo() == null)
			.filter(u -> groups.contains(Targets.ADMINISTRATORS) || groups.stream().anyMatch(g -> g.startsWith(u.id() + ".")))
			.map(Unit::id)
			.findFirst()
			.orElse(visible.isEmpty() ? null : visible.get(0).id());
	}

}
