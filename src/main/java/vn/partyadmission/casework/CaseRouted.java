package vn.partyadmission.casework;

import java.util.Set;

/**
 * A case's process instance now involves these bodies (Camunda groups) and users (its mentor):
 * published when a case opens, when a reorganisation re-routes it, when its probation starts and
 * when the mentor changes, so permissions to see the case follow the bodies that act on it.
 */
public record CaseRouted(String processInstanceId, Set<String> groups, Set<String> users) {
}
