package vn.partyadmission.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.PageOf;

/** The audit log for administrators, read only: there is deliberately no endpoint that writes it. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	/** from/to: an ISO date (UTC day) or instant; to is exclusive. */
	@GetMapping
	@PreAuthorize("hasAuthority('camunda-admin')")
	PageOf<AuditEntry> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return audit.find(new AuditQuery(blankToNull(actor), action(action), blankToNull(target), instant("from", from),
				instant("to", to)), page, size);
	}

	private static AuditAction action(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return AuditAction.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("action", "audit-action", value, Arrays.asList(AuditAction.values()));
		}
	}

	private static Instant instant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
					: Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of(field, "date-or-instant", value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
