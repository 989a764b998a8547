package vn.partyadmission.reorganization;

/**
 * One change of a reform plan, effective on the plan's date.
 * <ul>
 * <li>ADD: a new unit {@code unitId} named {@code name}, of kind {@code unitKind}, under {@code targetId};</li>
 * <li>MOVE: the unit goes under {@code targetId}; as units are never re-parented, it and its units
 * in force below it are set up again there (the unit as {@code newId}) and each old one hands its
 * people, cases and bodies' users to its new self;</li>
 * <li>MERGE: the unit ends and {@code targetId} takes over its people and cases;</li>
 * <li>END: the unit ends, handing over to {@code targetId} when given; without a successor only a
 * unit with nobody in it, no unit in force below it and no unit deciding through it may end.</li>
 * </ul>
 */
public record PlanChange(Kind kind, String unitId, String targetId, String newId, String unitKind, String name) {

	public enum Kind {
		ADD, MOVE, MERGE, END
	}

	public static PlanChange add(String unitId, String name, String unitKind, String parentId) {
		return new PlanChange(Kind.ADD, unitId, parentId, null, unitKind, name);
	}

	public static PlanChange move(String unitId, String newParentId, String newId) {
		return new PlanChange(Kind.MOVE, unitId, newParentId, newId, null, null);
	}

	public static PlanChange merge(String unitId, String successorId) {
		return new PlanChange(Kind.MERGE, unitId, successorId, null, null, null);
	}

	public static PlanChange end(String unitId, String successorId) {
		return new PlanChange(Kind.END, unitId, successorId, null, null, null);
	}

}
