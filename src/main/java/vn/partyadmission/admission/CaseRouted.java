package vn.partyadmission.admission;

import java.util.Map;

/**
 * A case's process instance now names these bodies (its routing variables): published when a
 * case opens, when a reorganisation re-routes it, and when its probation starts, so permissions
 * to see the case follow the bodies that act on it.
 */
public record CaseRouted(String processInstanceId, Map<String, Object> variables) {
}
