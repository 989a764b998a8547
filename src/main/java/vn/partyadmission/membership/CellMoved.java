package vn.partyadmission.membership;

/** Published in the transaction that moves every person of a dissolved cell to its successor. */
public record CellMoved(String fromCellId, String toCellId) {
}
