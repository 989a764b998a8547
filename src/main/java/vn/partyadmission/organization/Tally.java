package vn.partyadmission.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts per unit that {@link UnitTallies} keeps: a row per unit and key, holding the
 * counts of the people (or cases) of the unit's whole subtree. Implementations are plain definitions
 * without dependencies, so the migration that fills the table can use them before the application's
 * other beans exist.
 *
 * @param table the table, with the primary key (unit_id, keys...)
 * @param keys the key columns after unit_id
 * @param counts the count columns, added to on every change
 * @param maxima columns that keep the largest value seen (a longest duration): a change raises them,
 *        nothing lowers them, so a unit keeps the largest of people or cases that have since moved
 *        away by a reform; {@link UnitTallies#counted} leaves them out
 * @param recount a select of (cell_id, keys..., counts..., maxima...) per cell from the register,
 *        grouped by cell and keys: what the table holds at cell level when recounted from scratch
 * @param cellRows whether cells get rows too, or only the committees above them (a cell's few
 *        people are counted faster from their rows than from a tally as large as they are)
 * @param filledBy the version of the migration that counts the table the first time (TallyMigration)
 */
public record Tally(String table, List<String> keys, List<String> counts, List<String> maxima, String recount,
		boolean cellRows, String filledBy) {

	/** A tally of counts only, filled by migration 1.14. */
	public Tally(String table, List<String> keys, List<String> counts, String recount, boolean cellRows) {
		this(table, keys, counts, List.of(), recount, cellRows, "1.14");
	}

	/** Counts, then maxima: the order of a row's values. */
	List<String> values() {
		List<String> values = new ArrayList<>(counts);
		values.addAll(maxima);
		return values;
	}

}
