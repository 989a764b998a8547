package vn.partyadmission.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

	/**
	 * Whether some unit was reached only through a successor, outside the unit's own subtree: its
	 * people are then not in the unit's tallies. A reform inside the unit (a cell succeeded by another
	 * cell of the same unit) is not such a case.
	 */
	boolean jumped() {
		return !outside(n -> "").isEmpty();
	}

	/**
	 * The direct children whose walk reached units outside the child through successors, in one
	 * pass (a national report has 63 children and 7,764 units).
	 */
	Set<String> jumpedBranches() {
		return outside(Node::branch).keySet();
	}

	/**
	 * Per group of nodes (the whole walk, or each direct child's branch; nodes of no group left out),
	 * the units reached only through successors; groups with none are not in the map.
	 */
	private Map<String, Set<String>> outside(Function<Node, String> group) {
		Map<String, Set<String>> inside = new HashMap<>();
		Map<String, Set<String>> jumped = new HashMap<>();
		nodes.stream().filter(n -> group.apply(n) != null)
			.forEach(n -> (n.jumped() ? jumped : inside).computeIfAbsent(group.apply(n), g -> new HashSet<>()).add(n.id()));
		Map<String, Set<String>> outside = new HashMap<>();
		jumped.forEach((g, units) -> {
			Set<String> out = new HashSet<>(units);
			out.removeAll(inside.getOrDefault(g, Set.of()));
			if (!out.isEmpty()) {
				outside.put(g, out);
			}
		});
		return outside;
	}

	/** The units below the unit in its own subtree, not reached through a successor. */
	List<String> own() {
		return nodes.stream().filter(n -> !n.jumped() && n.branch() != null).map(Node::id).distinct().toList();
	}

	/** The units the walk reached through this direct child. */
	List<String> branch(String child) {
		return nodes.stream().filter(n -> child.equals(n.branch())).map(Node::id).distinct().toList();
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
