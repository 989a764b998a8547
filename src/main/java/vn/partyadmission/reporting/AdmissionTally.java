package vn.partyadmission.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Tally;

/**
 * Admissions that stood per unit and month of the decision ({@link #ADMITTED}), and per committee
 * and month by each breakdown of the report ({@link #TALLY}): what a report reads instead of every
 * new member's row. Cells get no breakdown rows (a cell-month rarely holds more than one admission,
 * so that tally would be as large as the people it counts): a cell's few people are counted from
 * their rows. Kept by {@link AdmissionTallies} in the transaction of each change.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionTally {

	static final List<String> STOOD = List.of("ADMITTED", "PROBATIONARY", "OFFICIAL", "REMOVED", "DECEASED",
			"TRANSFERRED_OUT");

	static final String YOUTH_UNION = "Youth Union member";

	static final String NOT_YOUTH_UNION = "not a member";

	/** Age in full years on the decision date, as Reports.ageGroup counts it. */
	private static final String AGE = """
			(extract(year from r.admission_decision_date) - extract(year from p.date_of_birth)
			 - case when extract(month from r.admission_decision_date) * 100 + extract(day from r.admission_decision_date)
			           < extract(month from p.date_of_birth) * 100 + extract(day from p.date_of_birth) then 1 else 0 end)""";

	/** The admissions that stood, per unit and month. */
	static final Tally ADMITTED = new Tally("admitted_tally", List.of("decision_month"), List.of("n"), """
			select p.cell_id,
			       cast(extract(year from r.admission_decision_date) * 100 + extract(month from r.admission_decision_date) as integer) as decision_month,
			       count(*) as n
			from person p join member_record r on r.person_id = p.id
			where r.status in ('ADMITTED', 'PROBATIONARY', 'OFFICIAL', 'REMOVED', 'DECEASED', 'TRANSFERRED_OUT') and r.admission_decision_date is not null
			group by p.cell_id, cast(extract(year from r.admission_decision_date) * 100 + extract(month from r.admission_decision_date) as integer)""",
			true);

	/** The same per committee, month and breakdown (gender, age, ethnicity, youth-union, sector). */
	static final Tally TALLY = new Tally("admission_tally", List.of("decision_month", "dimension", "dim_value"), List.of("n"), """
			select cell_id, decision_month, dimension, dim_value, count(*) as n from (
			    select a.cell_id, a.decision_month, d.dimension,
			           case d.dimension when 'gender' then a.gender when 'age' then a.age_group
			                when 'ethnicity' then a.ethnicity when 'youth-union' then a.youth else a.sector end as dim_value
			    from (select p.cell_id,
			                 cast(extract(year from r.admission_decision_date) * 100 + extract(month from r.admission_decision_date) as integer) as decision_month,
			                 p.gender, p.ethnicity, p.sector,
			                 case when p.youth_union_member then '%s' else '%s' end as youth,
			                 case when %s <= 30 then '%s' when %s <= 45 then '%s' when %s <= 60 then '%s' else '%s' end as age_group
			          from person p join member_record r on r.person_id = p.id
			          where r.status in ('ADMITTED', 'PROBATIONARY', 'OFFICIAL', 'REMOVED', 'DECEASED', 'TRANSFERRED_OUT') and r.admission_decision_date is not null) a
			    cross join (select 'gender' as dimension union all select 'age'
			                union all select 'ethnicity' union all select 'youth-union' union all select 'sector') d) x
			group by cell_id, decision_month, dimension, dim_value"""
		.formatted(YOUTH_UNION, NOT_YOUTH_UNION, AGE, Reports.AGE_GROUPS.get(0), AGE, Reports.AGE_GROUPS.get(1), AGE,
				Reports.AGE_GROUPS.get(2), Reports.AGE_GROUPS.get(3)), false);

	@Bean
	static Tally admittedTallyTable() {
		return ADMITTED;
	}

	@Bean
	static Tally admissionTallyTable() {
		return TALLY;
	}

	/** The month key of a day: 2025-03-10 is 202503. */
	static int month(LocalDate day) {
		return day.getYear() * 100 + day.getMonthValue();
	}

	static boolean stood(MemberRecord record) {
		return record != null && STOOD.contains(record.status().name()) && record.admissionDecisionDate() != null;
	}

	/** The breakdown tally's keys a person's record counts under; none unless the admission stood. */
	static List<List<Object>> keys(Person person, MemberRecord record) {
		List<List<Object>> keys = new ArrayList<>();
		if (!stood(record)) {
			return keys;
		}
		LocalDate decided = record.admissionDecisionDate();
		int month = month(decided);
		keys.add(List.of(month, "gender", person.gender()));
		keys.add(List.of(month, "age", Reports.ageGroup(person.dateOfBirth(), decided)));
		keys.add(List.of(month, "ethnicity", person.ethnicity()));
		keys.add(List.of(month, "youth-union", person.youthUnionMember() ? YOUTH_UNION : NOT_YOUTH_UNION));
		keys.add(List.of(month, "sector", person.sector().name()));
		return keys;
	}

}
