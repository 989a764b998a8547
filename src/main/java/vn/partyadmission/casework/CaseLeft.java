package vn.partyadmission.casework;

import java.util.Set;

/**
 * These bodies (Camunda groups) and users no longer act on a case's process instance: the person's
 * Party life moved to another cell, whose bodies act now, or a mentor was replaced. Their sight of
 * the instance and its history ends; the bodies and users of {@link CaseRouted} keep theirs.
 */
public record CaseLeft(String processInstanceId, Set<String> groups, Set<String> users) {
}
