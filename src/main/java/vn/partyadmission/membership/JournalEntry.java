package vn.partyadmission.membership;

import java.time.Instant;

/** One appended line of a person's journal: what changed, when, by whom, in which case, with which document. */
public record JournalEntry(long id, String personId, String caseId, MemberStatus fromStatus, MemberStatus toStatus,
		String change, Document document, String actor, Instant occurredAt, String activityId) {
}
