package vn.partyadmission.membership;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.partyadmission.organization.Tally;

/**
 * Members per unit and status, and how many of them are village heads: the total of
 * GET /api/members and of a report's village heads without counting person rows; and probationary
 * members per unit and end of probation. Kept by {@link MemberRegister} in the transaction of each
 * change.
 */
@Configuration(proxyBeanMethods = false)
class MemberTally {

	static final Tally TALLY = new Tally("member_tally", List.of("status"), List.of("members", "village_heads"), """
			select p.cell_id, r.status, count(*) as members, sum(case when p.village_head then 1 else 0 end) as village_heads
			from person p join member_record r on r.person_id = p.id
			group by p.cell_id, r.status""", true);

	/** Probationary members per unit and day their probation ends. */
	static final Tally PROBATION = new Tally("probation_tally", List.of("probation_end_date"), List.of("members"), """
			select r.cell_id, r.probation_end_date, count(*) as members from member_record r
			where r.status = 'PROBATIONARY' and r.probation_end_date is not null
			group by r.cell_id, r.probation_end_date""", true);

	@Bean
	static Tally memberTallyTable() {
		return TALLY;
	}

	@Bean
	static Tally probationTallyTable() {
		return PROBATION;
	}

}
