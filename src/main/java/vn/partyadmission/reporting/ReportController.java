package vn.partyadmission.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's report as JSON, and each of its tables as CSV or XLSX. A unit the user may not see
 * answers 404 like one that does not exist.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final ReportAccess access;

	private final Clock clock;

	ReportController(Reports reports, ReportAccess access, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/{unitId}")
	Report report(@PathVariable String unitId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Authentication user) {
		return build(unitId, year, from, to, user);
	}

	@GetMapping("/{unitId}/{table:[a-z-]+}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String unitId, @PathVariable String table,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication user) {
		ReportTables.Table t = table(build(unitId, year, from, to, user), table);
		return file(Exports.csv(t), new MediaType("text", "csv", StandardCharsets.UTF_8), unitId, t, "csv");
	}

	@GetMapping("/{unitId}/{table:[a-z-]+}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String unitId, @PathVariable String table,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication user) {
		ReportTables.Table t = table(build(unitId, year, from, to, user), table);
		return file(Exports.xlsx(t), XLSX, unitId, t, "xlsx");
	}

	private Report build(String unitId, String year, String from, String to, Authentication user) {
		access.checkRead(user, unitId);
		return reports.report(unitId, Periods.parse(year, from, to, LocalDate.now(clock)));
	}

	private static ReportTables.Table table(Report report, String name) {
		ReportTables.Table table = ReportTables.of(report).get(name);
		if (table == null) {
			throw vn.partyadmission.shared.InvalidInputException.of("table", "report-table", name,
					ReportTables.of(report).keySet());
		}
		return table;
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String unitId, ReportTables.Table table,
			String extension) {
		String name = unitId + "-" + table.name() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
