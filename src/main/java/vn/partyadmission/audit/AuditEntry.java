package vn.partyadmission.audit;

import java.time.Instant;

/** One audit row: when, who, what, on what, and from which client address (null for the engine's own jobs). */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String target, String detail,
		String clientIp) {

}
