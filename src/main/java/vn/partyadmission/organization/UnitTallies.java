package vn.partyadmission.organization;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@link Tally} tables: counts per unit, changed in the transaction of the change that causes
 * them. A change names the person's cell; the counts of the cell and of every unit above it move.
 *
 * <p>The changes of a transaction are summed per row and written just before it commits, in the
 * order of their keys, as {@code n = n + delta} (an upsert on PostgreSQL): two transactions never
 * wait for each other's rows in opposite orders (no deadlock), a row is locked only while its
 * transaction commits (the country's rows are touched by every admission), a bulk import writes each
 * row once, and a rolled-back transaction writes nothing. Nothing is kept between transactions, so
 * any number of nodes may write. Within the transaction that makes a change, the tallies do not show
 * it until it commits.
 */
@Component
public class UnitTallies {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final boolean postgres;

	UnitTallies(JdbcClient jdbc, JdbcTemplate batches, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.batches = batches;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase().contains("postgres");
	}

	/**
	 * Adds to the counts of a cell's row for these keys, and so of every unit above it; values for
	 * the tally's maxima come after the counts and raise them.
	 */
	public void add(Tally tally, String cellId, List<Object> keys, long... deltas) {
		if (keys.size() != tally.keys().size() || deltas.length != tally.values().size()) {
			throw new IllegalArgumentException("keys " + keys + " and counts " + Arrays.toString(deltas) + " do not fit " + tally);
		}
		Pending pending = pending();
		pending.add(new Row(tally, cellId, keys), deltas);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			flush(pending);
		}
	}

	/**
	 * The people of one cell are about to move to another (a reform): their counts move with them,
	 * from the units above the one cell to those above the other. Call it before moving them: it
	 * counts them in the register.
	 */
	public void moveCell(Tally tally, String fromCellId, String toCellId) {
		Pending pending = pending();
		String columns = String.join(", ", concat(tally.keys(), tally.values()));
		List<List<Object>> rows = jdbc.sql("select " + columns + " from (" + tally.recount() + ") c where c.cell_id = ?")
			.param(fromCellId)
			.query((rs, row) -> {
				List<Object> values = new ArrayList<>();
				for (int i = 1; i <= tally.keys().size() + tally.values().size(); i++) {
					values.add(rs.getObject(i));
				}
				return values;
			})
			.list();
		for (List<Object> r : rows) {
			List<Object> keys = r.subList(0, tally.keys().size());
			long[] values = r.subList(tally.keys().size(), r.size()).stream().mapToLong(v -> v == null ? 0 : ((Number) v).longValue()).toArray();
			long[] taken = new long[values.length];
			// the counts leave the one cell; its maxima stay (nothing lowers a maximum)
			for (int i = 0; i < tally.counts().size(); i++) {
				taken[i] = -values[i];
			}
			pending.add(new Row(tally, fromCellId, keys), taken);
			pending.add(new Row(tally, toCellId, keys), values);
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			flush(pending);
		}
	}

	/**
	 * Counts the table again from the register: after data was loaded around the application (a
	 * bulk SQL load), or to check it (the tests compare it with what the changes left).
	 */
	public void recount(Tally tally) {
		recount(batches, tally);
	}

	/** Used by the migration that fills the tables the first time (V1_14). */
	static void recount(JdbcTemplate jdbc, Tally tally) {
		String columns = "unit_id, " + String.join(", ", concat(tally.keys(), tally.values()));
		String select = recountSelect(tally, "");
		jdbc.execute("delete from " + tally.table());
		if (isPostgres(jdbc)) {
			jdbc.execute("insert into " + tally.table() + " (" + columns + ") " + select);
			return;
		}
		// H2 takes no WITH inside an INSERT: the rows go through the application
		int width = 1 + tally.keys().size() + tally.values().size();
		List<Object[]> rows = jdbc.query(select, (rs, row) -> {
			Object[] values = new Object[width];
			for (int i = 0; i < width; i++) {
				values[i] = rs.getObject(i + 1);
			}
			return values;
		});
		for (int from = 0; from < rows.size(); from += 1000) {
			jdbc.batchUpdate(insert(tally), rows.subList(from, Math.min(from + 1000, rows.size())));
		}
	}

	/**
	 * The rows of these units as the tally holds them (rows of zero left out): [unit, keys...] →
	 * counts, without the maxima.
	 */
	public Map<List<Object>, List<Long>> counted(Tally tally, Collection<String> units) {
		return rows("select unit_id, " + String.join(", ", concat(tally.keys(), tally.counts())) + " from " + tally.table()
				+ " where unit_id in (:units)", tally, units);
	}

	/** The rows of these units counted from the register now, as {@link #counted} gives them. */
	public Map<List<Object>, List<Long>> recounted(Tally tally, Collection<String> units) {
		return rows(recountSelect(tally, " and up.unit_id in (:units)"), tally, units);
	}

	private Map<List<Object>, List<Long>> rows(String sql, Tally tally, Collection<String> units) {
		Map<List<Object>, List<Long>> rows = new TreeMap<>(Comparator.comparing(Object::toString));
		jdbc.sql(sql).param("units", units).query((rs, row) -> {
			List<Object> key = new ArrayList<>();
			for (int i = 1; i <= 1 + tally.keys().size(); i++) {
				key.add(rs.getObject(i) instanceof Number n ? (Object) n.intValue() : rs.getString(i));
			}
			List<Long> counts = new ArrayList<>();
			for (int i = 2 + tally.keys().size(); i <= 1 + tally.keys().size() + tally.counts().size(); i++) {
				counts.add(rs.getLong(i));
			}
			if (counts.stream().anyMatch(c -> c != 0)) {
				rows.put(key, counts);
			}
			return key;
		}).list();
		return rows;
	}

	private static String recountSelect(Tally tally, String andWhere) {
		String keys = tally.keys().stream().map(k -> "c." + k).collect(Collectors.joining(", "));
		String sums = concat(tally.counts().stream().map(k -> "sum(c." + k + ")").toList(),
				tally.maxima().stream().map(k -> "max(c." + k + ")").toList()).stream().collect(Collectors.joining(", "));
		return """
				with recursive up (cell_id, unit_id, kind) as (
				    select id, id, kind from organization
				    union all
				    select u.cell_id, p.id, p.kind from up u join organization o on o.id = u.unit_id
				    join organization p on p.id = o.parent_id)
				""" + "select up.unit_id, " + keys + ", " + sums + " from (" + tally.recount() + ") c join up on up.cell_id = c.cell_id"
				+ " where " + (tally.cellRows() ? "1 = 1" : "up.kind not in " + CELLS) + andWhere
				+ " group by up.unit_id, " + keys;
	}

	private static boolean isPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
			.toLowerCase()
			.contains("postgres")));
	}

	private static final String CELLS = "('CELL', 'GRASSROOTS_CELL')";

	/**
	 * This transaction's changes, kept by its synchronization: a transaction suspended for a
	 * REQUIRES_NEW one keeps its own, as its synchronizations are suspended with it.
	 */
	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new Pending();
		}
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof FlushBeforeCommit f && f.owner() == this) {
				return f.pending();
			}
		}
		FlushBeforeCommit flush = new FlushBeforeCommit(this, new Pending());
		TransactionSynchronizationManager.registerSynchronization(flush);
		return flush.pending();
	}

	private record FlushBeforeCommit(UnitTallies owner, Pending pending) implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.flush(pending);
		}

	}

	/** Writes the summed changes, unit rows in key order, and forgets them. */
	private void flush(Pending pending) {
		if (pending.rows.isEmpty()) {
			return;
		}
		Map<String, List<Unit>> ancestors = ancestors(pending.rows.keySet().stream().map(Row::cellId).collect(Collectors.toSet()));
		Pending units = new Pending();
		pending.rows.forEach((row, deltas) -> {
			for (Unit u : ancestors.getOrDefault(row.cellId(), List.of())) {
				if (!u.cell() || row.tally().cellRows()) {
					units.add(new Row(row.tally(), u.id(), row.keys()), deltas);
				}
			}
		});
		pending.rows.clear();
		Map<Tally, List<Object[]>> byTable = new TreeMap<>(Comparator.comparing(Tally::table));
		units.rows.forEach((row, deltas) -> {
			if (Arrays.stream(deltas).anyMatch(d -> d != 0)) {
				List<Object> values = new ArrayList<>();
				values.add(row.cellId());
				values.addAll(row.keys());
				Arrays.stream(deltas).forEach(values::add);
				byTable.computeIfAbsent(row.tally(), t -> new ArrayList<>()).add(values.toArray());
			}
		});
		JdbcOperations ops = batches;
		byTable.forEach((tally, rows) -> {
			if (postgres) {
				ops.batchUpdate(upsert(tally), rows);
			}
			else {
				// H2 (demo, single node): update, or insert a row that does not exist yet, row by row in key
				// order (updating all first and inserting after would take the rows out of order: deadlock)
				for (Object[] row : rows) {
					Object[] args = updateArgs(row, tally.values().size());
					if (ops.update(update(tally), args) == 0) {
						try {
							ops.update(insert(tally), row);
						}
						catch (DuplicateKeyException e) {
							// another transaction inserted it first (H2 goes on after a failed statement)
							ops.update(update(tally), args);
						}
					}
				}
			}
		});
	}

	private record Unit(String id, boolean cell) {
	}

	/** Each cell with itself and the units above it; units are never re-parented, so this never changes. */
	private Map<String, List<Unit>> ancestors(Set<String> cells) {
		Map<String, List<Unit>> up = new HashMap<>();
		List<String> all = List.copyOf(cells);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("""
					with recursive up (cell_id, unit_id, kind) as (
					    select id, id, kind from organization where id in (:cells)
					    union all
					    select u.cell_id, p.id, p.kind from up u join organization o on o.id = u.unit_id
					    join organization p on p.id = o.parent_id)
					select cell_id, unit_id, kind from up""")
				.param("cells", all.subList(from, Math.min(from + 1000, all.size())))
				.query((rs, row) -> up.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
					.add(new Unit(rs.getString(2), CELLS.contains("'" + rs.getString(3) + "'"))))
				.list();
		}
		return up;
	}

	private static String upsert(Tally tally) {
		List<String> columns = concat(List.of("unit_id"), concat(tally.keys(), tally.values()));
		return "insert into " + tally.table() + " (" + String.join(", ", columns) + ") values ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on conflict (unit_id, "
				+ String.join(", ", tally.keys()) + ") do update set "
				+ concat(tally.counts().stream().map(c -> c + " = " + tally.table() + "." + c + " + excluded." + c).toList(),
						tally.maxima().stream().map(c -> c + " = greatest(" + tally.table() + "." + c + ", excluded." + c + ")").toList())
					.stream().collect(Collectors.joining(", "));
	}

	private static String update(Tally tally) {
		return "update " + tally.table() + " set "
				+ concat(tally.counts().stream().map(c -> c + " = " + c + " + ?").toList(),
						tally.maxima().stream().map(c -> c + " = greatest(" + c + ", ?)").toList())
					.stream().collect(Collectors.joining(", "))
				+ " where unit_id = ? and " + tally.keys().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
	}

	/** The row's values in the order of {@link #update}: counts and maxima first, then unit and keys. */
	private static Object[] updateArgs(Object[] row, int values) {
		int keys = row.length - values;
		Object[] args = new Object[row.length];
		System.arraycopy(row, keys, args, 0, values);
		System.arraycopy(row, 0, args, values, keys);
		return args;
	}

	private static String insert(Tally tally) {
		List<String> columns = concat(List.of("unit_id"), concat(tally.keys(), tally.values()));
		return "insert into " + tally.table() + " (" + String.join(", ", columns) + ") values ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
	}

	private static List<String> concat(Collection<String> a, Collection<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** A row of a tally: the table, the unit (or, before it is expanded, the cell) and the keys. */
	private record Row(Tally tally, String cellId, List<Object> keys) implements Comparable<Row> {

		@Override
		public int compareTo(Row o) {
			int c = tally.table().compareTo(o.tally.table());
			if (c == 0) {
				c = cellId.compareTo(o.cellId);
			}
			for (int i = 0; c == 0 && i < keys.size(); i++) {
				c = String.valueOf(keys.get(i)).compareTo(String.valueOf(o.keys.get(i)));
			}
			return c;
		}

	}

	/** The changes of one transaction, summed per row (the largest kept, for maxima). */
	private static final class Pending {

		final Map<Row, long[]> rows = new TreeMap<>();

		void add(Row row, long[] deltas) {
			long[] sum = rows.computeIfAbsent(row, r -> new long[deltas.length]);
			int counts = row.tally().counts().size();
			for (int i = 0; i < deltas.length; i++) {
				sum[i] = i < counts ? sum[i] + deltas[i] : Math.max(sum[i], deltas[i]);
			}
		}

	}

}
