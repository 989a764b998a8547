package vn.partyadmission.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.partyadmission.reporting.Report.Count;
import vn.partyadmission.reporting.Report.DueMember;
import vn.partyadmission.reporting.Report.NewOrganization;
import vn.partyadmission.reporting.Report.OverdueCase;

/**
 * The report's SQL, the same on H2 and PostgreSQL. Every query starts from the unit's subtree, a
 * recursive walk down organization.parent_id. Units are never re-parented: a reform creates new
 * units and points the old ones at them (successor_id) and moves the people to the successor
 * cells. So the walk also follows a cell to its successor: a report on a unit that has ended
 * (the district "td" for 2023) still finds its people in the cells they moved to, while a report
 * on a current unit is simply its subtree, its people's earlier admissions included.
 *
 * <p>The walk runs first, on its own, and the queries get its ids as a list. Inside one statement
 * PostgreSQL cannot know how many units a recursive walk yields (it guesses ~1,000), so for a
 * district in a national register it scanned all 5.5 million people (6.4 s measured) where the
 * list lets it use the cell index (56-87 ms); docs/performance.md.
 */
@Repository
class ReportQueries {

	/**
	 * The walk, with for each unit the direct child of the report's unit it lies under (branch;
	 * null for the unit itself) and whether it was reached through a successor (jumped): then the
	 * people it holds are not in the tallies of the units above it.
	 */
	private static final String SUBTREE_WALK = """
			with recursive subtree (id, kind, successor_id, branch, jumped) as (
			    select id, kind, successor_id, cast(null as varchar(64)), false from organization where id = :unit
			    union all
			    select o.id, o.kind, o.successor_id,
			           case when s.branch is null and o.parent_id = s.id then o.id else s.branch end,
			           case when o.parent_id = s.id then s.jumped else true end
			    from organization o join subtree s
			        on o.parent_id = s.id or (s.kind in ('CELL', 'GRASSROOTS_CELL') and o.id = s.successor_id)
			)
			select distinct id, kind, branch, jumped from subtree
			""";

	/** Lists of people and cases stop here; the report gives their full count beside them. */
	static final int LIST_LIMIT = 200;

	/** Admissions that stood: a person admitted and then rejected at the ceremony is not counted. */
	private static final String ADMITTED = "r.status in ('ADMITTED', 'PROBATIONARY', 'OFFICIAL', 'REMOVED', 'DECEASED', 'TRANSFERRED_OUT')";

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewMember(String personId, String cellId, String gender, LocalDate dateOfBirth, String ethnicity,
			boolean youthUnionMember, String sector, LocalDate decisionDate) {
	}

	record Unit(String id, String name, String kind, String parentId, LocalDate validTo) {
	}

	List<Unit> children(String unitId) {
		return jdbc.sql("select id, name, kind, parent_id, valid_to from organization where parent_id = ? order by id")
			.param(unitId)
			.query((rs, row) -> new Unit(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id"), rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	/** Units that are not cells, current ones first: the units a dashboard is drawn for. */
	List<Unit> committees() {
		return jdbc.sql("""
				select id, name, kind, parent_id, valid_to from organization
				where kind not in ('CELL', 'GRASSROOTS_CELL')
				order by case when valid_to is null then 0 else 1 end, id""")
			.query((rs, row) -> new Unit(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id"), rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	/** The unit, the units below it and the successors of its cells; never empty for a known unit. */
	Subtree subtree(String unitId) {
		List<Subtree.Node> nodes = jdbc.sql(SUBTREE_WALK).param("unit", unitId)
			.query((rs, row) -> new Subtree.Node(rs.getString("id"), rs.getString("kind"), rs.getString("branch"),
					rs.getBoolean("jumped")))
			.list();
		return new Subtree(unitId, nodes);
	}

	/** Admissions per month of the period, from the tally of one unit (its whole subtree). */
	Map<Integer, Integer> admittedPerMonth(String unitId, Period period) {
		Map<Integer, Integer> months = new TreeMap<>();
		jdbc.sql("""
				select decision_month, n from admitted_tally
				where unit_id = :unit and decision_month between :from and :to and n <> 0""")
			.param("unit", unitId).param("from", AdmissionTally.month(period.from())).param("to", AdmissionTally.month(period.to()))
			.query((rs, row) -> months.put(rs.getInt(1), rs.getInt(2)))
			.list();
		return months;
	}

	/** Admissions in the period per unit, from the tally: each unit's whole subtree. */
	Map<String, Integer> admittedPerUnit(List<String> unitIds, Period period) {
		Map<String, Integer> counts = new HashMap<>();
		if (unitIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select unit_id, sum(n) from admitted_tally
				where unit_id = any(:units) and decision_month between :from and :to group by unit_id""")
			.param("units", array(unitIds)).param("from", AdmissionTally.month(period.from())).param("to", AdmissionTally.month(period.to()))
			.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/** The breakdowns of a committee's admissions in the period, from the tally: dimension → value → count. */
	Map<String, Map<String, Integer>> breakdownCounts(String unitId, Period period) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		jdbc.sql("""
				select dimension, dim_value, sum(n) from admission_tally
				where unit_id = :unit and decision_month between :from and :to
				group by dimension, dim_value""")
			.param("unit", unitId).param("from", AdmissionTally.month(period.from())).param("to", AdmissionTally.month(period.to()))
			.query((rs, row) -> counts.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)))
			.list();
		return counts;
	}

	/** Village heads of the unit's subtree and how many are official or probationary members, from the member tally. */
	int[] villageHeadsTallied(String unitId) {
		return jdbc.sql("""
				select coalesce(sum(village_heads), 0) as total,
				       coalesce(sum(case when status in ('OFFICIAL', 'PROBATIONARY') then village_heads else 0 end), 0) as members
				from member_tally where unit_id = :unit""")
			.param("unit", unitId)
			.query((rs, row) -> new int[] { rs.getInt("total"), rs.getInt("members") })
			.single();
	}

	/** Members (probationary and official) and village heads among them at the end of a month, from the membership tally. */
	int[] membershipTallied(String unitId, int month) {
		return jdbc.sql("""
				select coalesce(sum(members), 0), coalesce(sum(village_heads), 0) from membership_tally
				where unit_id = :unit and change_month <= :month""")
			.param("unit", unitId).param("month", month)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/** The same on a day, from the members' rows (MembershipTally says when a person is a member). */
	int[] membershipOn(List<String> units, LocalDate day) {
		return jdbc.sql("""
				select count(*), coalesce(sum(case when p.village_head then 1 else 0 end), 0)
				from member_record r join person p on p.id = r.person_id
				where r.cell_id = any(:units) and r.status in (%s) and %s <= :day
				  and not (r.status in (%s) and r.status_since <= :day)""".formatted(quoted(MembershipTally.MEMBER, MembershipTally.LEFT),
						MembershipTally.JOINED, quoted(MembershipTally.LEFT)))
			.param("units", array(units)).param("day", day)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	private static String quoted(List<String> a, List<String> b) {
		List<String> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return quoted(all);
	}

	private static String quoted(List<String> values) {
		return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
	}

	/** Whether another unit was succeeded by this one (a reform). */
	boolean hasPredecessor(String unitId) {
		return jdbc.sql("select count(*) from organization where successor_id = ?").param(unitId).query(Integer.class).single() > 0;
	}

	/**
	 * Grassroots organizations among these units in force on a day: commune committees (territorial:
	 * the sector PARTY), committees of agencies, enterprises or the armed forces (another sector),
	 * and grassroots cells.
	 */
	int[] grassroots(List<String> units, LocalDate day) {
		int[] counts = new int[3];
		if (units.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select case when kind = 'GRASSROOTS_CELL' then 2 when sector = 'PARTY' then 0 else 1 end, count(*)
				from organization
				where id = any(:units) and kind in ('COMMUNE_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
				  and valid_from <= :day and (valid_to is null or valid_to > :day)
				group by case when kind = 'GRASSROOTS_CELL' then 2 when sector = 'PARTY' then 0 else 1 end""")
			.param("units", array(units)).param("day", day)
			.query((rs, row) -> counts[rs.getInt(1)] += rs.getInt(2))
			.list();
		return counts;
	}

	List<NewMember> admitted(List<String> units, Period period) {
		return jdbc.sql("""
				select p.id, p.cell_id, p.gender, p.date_of_birth, p.ethnicity, p.youth_union_member, p.sector,
				       r.admission_decision_date
				from member_record r join person p on p.id = r.person_id
				where r.cell_id = any(:units) and %s
				  and r.admission_decision_date between :from and :to
				order by r.admission_decision_date, p.id""".formatted(ADMITTED))
			.param("units", array(units)).param("from", period.from()).param("to", period.to())
			.query((rs, row) -> new NewMember(rs.getString("id"), rs.getString("cell_id"), rs.getString("gender"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("ethnicity"),
					rs.getBoolean("youth_union_member"), rs.getString("sector"),
					rs.getObject("admission_decision_date", LocalDate.class)))
			.list();
	}

	List<Count> openCasesByStage(List<String> units) {
		return jdbc.sql("""
				select stage, count(*) as n from admission_case
				where closed_at is null and cell_id = any(:units)
				group by stage order by stage""")
			.param("units", array(units))
			.query((rs, row) -> new Count(rs.getString("stage"), rs.getInt("n")))
			.list();
	}

	List<OverdueCase> overdueCases(List<String> units) {
		return jdbc.sql("""
				select c.id, p.full_name, c.cell_id, c.stage, c.overdue_deadline, c.overdue_since
				from admission_case c join person p on p.id = c.person_id
				where c.closed_at is null and c.overdue_deadline is not null and c.cell_id = any(:units)
				order by c.overdue_since, c.id
				fetch first %d rows only""".formatted(LIST_LIMIT))
			.param("units", array(units))
			.query((rs, row) -> new OverdueCase(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"),
					rs.getString("stage"), rs.getString("overdue_deadline"), rs.getObject("overdue_since", LocalDate.class)))
			.list();
	}

	int overdueCount(List<String> units) {
		return jdbc.sql("""
				select count(*) from admission_case c
				where c.closed_at is null and c.overdue_deadline is not null and c.cell_id = any(:units)""")
			.param("units", array(units))
			.query(Integer.class)
			.single();
	}

	/**
	 * Finished tasks of one stage: how many, their summed and their longest duration, in whole
	 * seconds per task (as the stage-time tally keeps them, so both ways give the same figures).
	 */
	record TaskDuration(String stage, int tasks, long totalSeconds, long longestSeconds) {
	}

	/**
	 * Completed user tasks of the admission processes of the subtree's people that ended in the period, from the
	 * engine's history (public columns of ACT_HI_TASKINST), summed per stage by the database. A case
	 * closed before the period has no task ending in it. Unquoted names fold to the right case on both
	 * databases.
	 */
	List<TaskDuration> taskDurations(List<String> units, Period period) {
		return jdbc.sql("""
				select t.task_def_key_, count(*), sum(t.duration_ / 1000), max(t.duration_ / 1000) from act_hi_taskinst t
				join admission_case c on c.process_instance_id = t.proc_inst_id_ join person p on p.id = c.person_id
				where p.cell_id = any(:units) and (c.closed_at is null or c.closed_at >= :start)
				  and t.end_time_ is not null and t.duration_ is not null
				  and t.delete_reason_ = 'completed' and t.end_time_ >= :start and t.end_time_ < :end
				group by t.task_def_key_""")
			.param("units", array(units))
			.param("start", Timestamp.valueOf(period.from().atStartOfDay()))
			.param("end", Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()))
			.query((rs, row) -> new TaskDuration(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** The same for whole months of the unit's subtree, from the stage-time tally (the months the tasks ended in). */
	List<TaskDuration> taskDurationsTallied(String unitId, Period period) {
		return jdbc.sql("""
				select task, sum(tasks), sum(seconds), max(longest_seconds) from stage_time_tally
				where unit_id = :unit and end_month between :from and :to
				group by task having sum(tasks) <> 0""")
			.param("unit", unitId).param("from", AdmissionTally.month(period.from())).param("to", AdmissionTally.month(period.to()))
			.query((rs, row) -> new TaskDuration(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** Probationary members whose probation ends by the given day (also those already past it). */
	List<DueMember> probationEndingBy(List<String> units, LocalDate today, LocalDate by) {
		return jdbc.sql("""
				select p.id, p.full_name, p.cell_id, r.probation_end_date
				from member_record r join person p on p.id = r.person_id
				where r.cell_id = any(:units) and r.status = 'PROBATIONARY'
				  and r.probation_end_date <= :by
				order by r.probation_end_date, p.id
				fetch first %d rows only""".formatted(LIST_LIMIT))
			.param("units", array(units)).param("by", by)
			.query((rs, row) -> {
				LocalDate end = rs.getObject("probation_end_date", LocalDate.class);
				return new DueMember(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"), end,
						java.time.temporal.ChronoUnit.DAYS.between(today, end));
			})
			.list();
	}

	/**
	 * Probationary members whose probation ended before today, and whose ends within each window
	 * of days from today: the counts beside the capped list.
	 */
	int[] probationEndingCounts(List<String> units, LocalDate today, List<Integer> windows) {
		return countsByEndDate("1", "member_record r where r.cell_id = any(:units) and r.status = 'PROBATIONARY' and",
				today, windows).param("units", array(units)).query(ReportQueries::counts).single();
	}

	/** The same counts from the probation tally of one unit (its whole subtree). */
	int[] probationEndingCountsTallied(String unitId, LocalDate today, List<Integer> windows) {
		return countsByEndDate("members", "probation_tally where unit_id = :unit and", today, windows)
			.param("unit", unitId).query(ReportQueries::counts).single();
	}

	/** Sums {@code counted} over rows whose probation_end_date is before today, then within each window. */
	private JdbcClient.StatementSpec countsByEndDate(String counted, String fromWhere, LocalDate today,
			List<Integer> windows) {
		StringBuilder sums = new StringBuilder("coalesce(sum(case when probation_end_date < :today then " + counted
				+ " else 0 end), 0)");
		for (int i = 0; i < windows.size(); i++) {
			sums.append(", coalesce(sum(case when probation_end_date between :today and :w").append(i)
				.append(" then ").append(counted).append(" else 0 end), 0)");
		}
		JdbcClient.StatementSpec sql = jdbc.sql("select " + sums + " from " + fromWhere + " probation_end_date <= :last")
			.param("today", today)
			.param("last", today.plusDays(windows.get(windows.size() - 1)));
		for (int i = 0; i < windows.size(); i++) {
			sql = sql.param("w" + i, today.plusDays(windows.get(i)));
		}
		return sql;
	}

	private static int[] counts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int width = rs.getMetaData().getColumnCount();
		int[] counts = new int[width];
		for (int i = 0; i < width; i++) {
			counts[i] = rs.getInt(i + 1);
		}
		return counts;
	}

	/** Village heads and residential-group leaders, and how many of them are official or probationary members. */
	int[] villageHeads(List<String> units) {
		return jdbc.sql("""
				select count(*) as total,
				       coalesce(sum(case when r.status in ('OFFICIAL', 'PROBATIONARY') then 1 else 0 end), 0) as members
				from person p left join member_record r on r.person_id = p.id
				where p.cell_id = any(:units) and p.village_head = true""")
			.param("units", array(units))
			.query((rs, row) -> new int[] { rs.getInt("total"), rs.getInt("members") })
			.single();
	}

	/** Units founded in private enterprises in the period. */
	List<NewOrganization> privateEnterpriseOrganizations(List<String> units, Period period) {
		return jdbc.sql("""
				select o.id, o.name, o.valid_from from organization o
				where o.id = any(:units) and o.sector = 'PRIVATE_ENTERPRISE'
				  and o.valid_from between :from and :to
				  -- a unit that continues a predecessor after a reform is not a new organization
				  and not exists (select 1 from organization p where p.successor_id = o.id)
				order by o.valid_from, o.id""")
			.param("units", array(units)).param("from", period.from()).param("to", period.to())
			.query((rs, row) -> new NewOrganization(rs.getString("id"), rs.getString("name"),
					rs.getObject("valid_from", LocalDate.class)))
			.list();
	}

	/**
	 * A list of unit ids as one array parameter ({@code = any(:units)}): a statement over the 7,764
	 * units of the country then has one parameter, not 7,764, which PostgreSQL parses and plans in a
	 * fraction of the time (docs/performance.md).
	 */
	private static String[] array(List<String> units) {
		return units.toArray(String[]::new);
	}

}
