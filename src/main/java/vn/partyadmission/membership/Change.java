package vn.partyadmission.membership;

/**
 * A change to record on a person: the context of who made it, in which case and engine activity.
 * The activity id lets a reader of the journal find the step in the model.
 */
public record Change(String caseId, String activityId, String actor, String description, Document document) {
}
