package vn.partyadmission.registerimport;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.ApiLimits;
import vn.partyadmission.shared.InvalidInputException;

/**
 * Upload of a CSV of members taken over from paper, as the request body (text/csv) or as the
 * multipart field {@code file}. The answer is 202 at once; the import is polled at its Location.
 * A dry run (the default) only checks. An import and its report are visible to the user who
 * started it and to administrators; to anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/members/imports")
class MemberImportController {

	static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

	/** About 100,000 rows; a larger register is sent in parts. */
	static final int MAX_BYTES = (int) ApiLimits.MAX_IMPORT_BODY;

	private final MemberImports imports;

	MemberImportController(MemberImports imports) {
		this.imports = imports;
	}

	record Errors(String importId, int page, int size, int totalErrors, List<ImportError> errors) {
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<?> upload(@RequestBody(required = false) byte[] csv,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean importValidRows, Authentication user) {
		return start(csv, dryRun, importValidRows, user);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> uploadFile(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean importValidRows, Authentication user) throws IOException {
		return start(file.getBytes(), dryRun, importValidRows, user);
	}

	@GetMapping("/{importId}")
	ResponseEntity<MemberImport> progress(@PathVariable String importId, Authentication user) {
		MemberImport found = visible(importId, user);
		return found == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(found);
	}

	@GetMapping("/{importId}/errors")
	ResponseEntity<Errors> errors(@PathVariable String importId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication user) {
		if (visible(importId, user) == null) {
			return ResponseEntity.notFound().build();
		}
		if (page < 0 || size < 1 || size > 1000) {
			throw InvalidInputException.of("size", "page");
		}
		return ResponseEntity.ok(new Errors(importId, page, size, imports.countErrors(importId),
				imports.errors(importId, page, size)));
	}

	private ResponseEntity<?> start(byte[] csv, boolean dryRun, boolean importValidRows, Authentication user) {
		Set<String> groups = UnitScope.groupsOf(user);
		if (!imports.mayImport(groups)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"only the bodies of a unit (committee, secretary, organizing commission, standing committee) "
							+ "and administrators import members");
			problem.setTitle("Not allowed to import members");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		if (csv == null || csv.length == 0) {
			throw InvalidInputException.of("file", "csv-required");
		}
		if (csv.length > MAX_BYTES) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"the file has " + csv.length + " bytes; at most " + MAX_BYTES + " are taken at once, split it");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		MemberImport started = imports.start(csv,
				new MemberImports.Request(dryRun, importValidRows, user.getName(), groups));
		return ResponseEntity.accepted().location(URI.create("/api/members/imports/" + started.importId())).body(started);
	}

	private MemberImport visible(String importId, Authentication user) {
		MemberImport found = imports.find(importId);
		if (found == null || !(found.startedBy().equals(user.getName()) || UnitScope.groupsOf(user).contains(ADMINISTRATORS))) {
			return null;
		}
		return found;
	}

}
