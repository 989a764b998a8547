package vn.partyadmission.organization;

import java.util.List;

/**
 * A table of counts per unit that {@link UnitTallies} keeps: a row per unit and key, holding the
 * counts of the people of the unit's whole subtree. Implementations are plain definitions without
 * dependencies, so the migration that fills the table (V1_14) can use them before the
 * application's other beans exist.
 *
 * @param table the table, with the primary key (unit_id, keys...)
 * @param keys the key columns after unit_id
 * @param counts the count columns, added to on every change
 * @param recount a select of (cell_id, keys..., counts...) per cell from the register, grouped by
 *        cell and keys: what the table holds at cell level when recounted from scratch
 * @param cellRows whether cells get rows too, or only the committees above them (a cell's few
 *        people are counted faster from their rows than from a tally as large as they are)
 */
public record Tally(String table, List<String> keys, List<String> counts, String recount, boolean cellRows) {
}
