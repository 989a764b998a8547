package vn.partyadmission.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

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

	private static final String SUBTREE_WALK = """
			with recursive subtree (id, kind, successor_id) as (
			    select id, kind, successor_id from organization where id = :unit
			    union all
			    select o.id, o.kind, o.successor_id from organization o join subtree s
			        on o.parent_id = s.id or (s.kind in ('CELL', 'GRASSROOTS_CELL') and o.id = s.successor_id)
			)
			select distinct id from subtree
			""";

	/** Admissions that stood: a person admitted and then rejected at the ceremony is not counted. */
	private static final String ADMITTED = "r.status in ('ADMITTED', 'PROBATIONARY', 'OFFICIAL', 'REMOVED')";

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
	List<String> subtree(String unitId) {
		List<String> ids = jdbc.sql(SUBTREE_WALK).param("unit", unitId).query(String.class).list();
		return ids.isEmpty() ? List.of(unitId) : ids;
	}

	int admittedCount(List<String> units, Period period) {
		return jdbc.sql("""
				select count(*) from person p join member_record r on r.person_id = p.id
				where p.cell_id in (:units) and %s
				  and r.admission_decision_date between :from and :to""".formatted(ADMITTED))
			.param("units", units).param("from", period.from()).param("to", period.to())
			.query(Integer.class).single();
	}

	List<NewMember> admitted(List<String> units, Period period) {
		return jdbc.sql("""
				select p.id, p.cell_id, p.gender, p.date_of_birth, p.ethnicity, p.youth_union_member, p.sector,
				       r.admission_decision_date
				from person p join member_record r on r.person_id = p.id
				where p.cell_id in (:units) and %s
				  and r.admission_decision_date between :from and :to
				order by r.admission_decision_date, p.id""".formatted(ADMITTED))
			.param("units", units).param("from", period.from()).param("to", period.to())
			.query((rs, row) -> new NewMember(rs.getString("id"), rs.getString("cell_id"), rs.getString("gender"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("ethnicity"),
					rs.getBoolean("youth_union_member"), rs.getString("sector"),
					rs.getObject("admission_decision_date", LocalDate.class)))
			.list();
	}

	List<Count> openCasesByStage(List<String> units) {
		return jdbc.sql("""
				select stage, count(*) as n from admission_case
				where closed_at is null and cell_id in (:units)
				group by stage order by stage""")
			.param("units", units)
			.query((rs, row) -> new Count(rs.getString("stage"), rs.getInt("n")))
			.list();
	}

	List<OverdueCase> overdueCases(List<String> units) {
		return jdbc.sql("""
				select c.id, p.full_name, c.cell_id, c.stage, c.overdue_deadline, c.overdue_since
				from admission_case c join person p on p.id = c.person_id
				where c.closed_at is null and c.overdue_deadline is not null and c.cell_id in (:units)
				order by c.overdue_since, c.id""")
			.param("units", units)
			.query((rs, row) -> new OverdueCase(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"),
					rs.getString("stage"), rs.getString("overdue_deadline"), rs.getObject("overdue_since", LocalDate.class)))
			.list();
	}

	record TaskDuration(String stage, long millis) {
	}

	/**
	 * Completed user tasks of the subtree's admission processes that ended in the period, from the
	 * engine's history (public columns of ACT_HI_TASKINST). Unquoted names fold to the right case on
	 * both databases.
	 */
	List<TaskDuration> taskDurations(List<String> units, Period period) {
		return jdbc.sql("""
				select t.task_def_key_, t.duration_ from act_hi_taskinst t
				join admission_case c on c.process_instance_id = t.proc_inst_id_
				where c.cell_id in (:units) and t.end_time_ is not null and t.duration_ is not null
				  and t.delete_reason_ = 'completed' and t.end_time_ >= :start and t.end_time_ < :end""")
			.param("units", units)
			.param("start", Timestamp.valueOf(period.from().atStartOfDay()))
			.param("end", Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()))
			.query((rs, row) -> new TaskDuration(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/** Probationary members whose probation ends by the given day (also those already past it). */
	List<DueMember> probationEndingBy(List<String> units, LocalDate today, LocalDate by) {
		return jdbc.sql("""
				select p.id, p.full_name, p.cell_id, r.probation_end_date
				from person p join member_record r on r.person_id = p.id
				where p.cell_id in (:units) and r.status = 'PROBATIONARY'
				  and r.probation_end_date <= :by
				order by r.probation_end_date, p.id""")
			.param("units", units).param("by", by)
			.query((rs, row) -> {
				LocalDate end = rs.getObject("probation_end_date", LocalDate.class);
				return new DueMember(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"), end,
						java.time.temporal.ChronoUnit.DAYS.between(today, end));
			})
			.list();
	}

	/** Village heads and residential-group leaders, and how many of them are official or probationary members. */
	int[] villageHeads(List<String> units) {
		return jdbc.sql("""
				select count(*) as total,
				       coalesce(sum(case when r.status in ('OFFICIAL', 'PROBATIONARY') then 1 else 0 end), 0) as members
				from person p left join member_record r on r.person_id = p.id
				where p.cell_id in (:units) and p.village_head = true""")
			.param("units", units)
			.query((rs, row) -> new int[] { rs.getInt("total"), rs.getInt("members") })
			.single();
	}

	/** Units founded in private enterprises in the period. */
	List<NewOrganization> privateEnterpriseOrganizations(List<String> units, Period period) {
		return jdbc.sql("""
				select o.id, o.name, o.valid_from from organization o
				where o.id in (:units) and o.sector = 'PRIVATE_ENTERPRISE'
				  and o.valid_from between :from and :to
				  -- a unit that continues a predecessor after a reform is not a new organization
				  and not exists (select 1 from organization p where p.successor_id = o.id)
				order by o.valid_from, o.id""")
			.param("units", units).param("from", period.from()).param("to", period.to())
			.query((rs, row) -> new NewOrganization(rs.getString("id"), rs.getString("name"),
					rs.getObject("valid_from", LocalDate.class)))
			.list();
	}

}
