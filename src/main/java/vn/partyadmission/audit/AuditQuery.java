package vn.partyadmission.audit;

import java.time.Instant;

/** Filters of the audit log; null means any. */
public record AuditQuery(String actor, AuditAction action, String target, Instant from, Instant to) {

}
