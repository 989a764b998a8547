package vn.partyadmission.organization;

/** What a unit records beside its place in the tree: its sector and, for a competent committee, who decides. */
public record UnitSettings(UnitSector sector, DecidingBody decidingBody) {
}
