package vn.partyadmission.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units a report covers: the unit, every unit below it, and the successors its cells' people
 * moved to, each with the direct child of the unit it was reached through.
 */
record Subtree(String unitId, List<Node> nodes) {

	record Node(String id, String kind, String branch, boolean jumped) {
	}

	/** Every unit once; the unit alone when the walk found nothing (an unknown id). */
	List<String> ids() {
		Set<String> ids = new LinkedHashSet<>();
		nodes.forEach(n -> ids.add(n.id()));
		return ids.isEmpty() ? List.of(unitId) : List.copyOf(ids);
	}

	/** Whether the people of some unit are not in the unit's own tallies: they are in a successor outside it. */
	boolean jumped() {
		return nodes.stream().anyMatch(Node::jumped);
	}

	boolean jumped(String child) {
		return nodes.stream().anyMatch(n -> n.jumped() && child.equals(n.branch()));
	}

	boolean isCell() {
		return nodes.stream().filter(n -> n.id().equals(unitId) && n.branch() == null)
			.anyMatch(n -> "CELL".equals(n.kind()) || "GRASSROOTS_CELL".equals(n.kind()));
	}

	/** For each unit, the direct children of the report's unit it was reached through. */
	Map<String, List<String>> branchesOf() {
		Map<String, List<String>> branches = new HashMap<>();
		nodes.stream().filter(n -> n.branch() != null).forEach(n -> {
			List<String> of = branches.computeIfAbsent(n.id(), id -> new ArrayList<>());
			if (!of.contains(n.branch())) {
				of.add(n.branch());
			}
		});
		return branches;
	}

}
