package vn.partyadmission.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.organization.Tally;

/**
 * Membership over time: per unit and month, how the number of Party members (probationary and
 * official) and of village heads among them changed. A person counts from the day they became a
 * member (the ceremony; for a member taken over from paper without one, the official date or the
 * date the record starts) until the day they left ({@link #LEFT}). Membership on the last day of a
 * month is the sum of the changes up to that month. Kept by {@link AdmissionTallies} in the
 * transaction of each change, counted the first time by {@link MembershipTallyMigration}.
 */
@Configuration(proxyBeanMethods = false)
class MembershipTally {

	/** Statuses of a person who is a member now. */
	static final List<String> MEMBER = List.of(MemberStatus.PROBATIONARY.name(), MemberStatus.OFFICIAL.name());

	/** Statuses of a person who was a member and left; the status's date is the day they left. */
	static final List<String> LEFT = List.of(MemberStatus.REMOVED.name());

	/** The SQL day a record's membership starts. */
	static final String JOINED = "coalesce(r.ceremony_date, r.official_date, r.status_since)";

	private static final String MONTH_OF = "cast(extract(year from %1$s) * 100 + extract(month from %1$s) as integer)";

	static final Tally TALLY = new Tally("membership_tally", List.of("change_month"), List.of("members", "village_heads"),
			List.of(), """
					select cell_id, change_month, sum(members) as members, sum(village_heads) as village_heads from (
					    select p.cell_id, %s as change_month, 1 as members, case when p.village_head then 1 else 0 end as village_heads
					    from person p join member_record r on r.person_id = p.id
					    where r.status in (%s)
					    union all
					    select p.cell_id, %s, -1, case when p.village_head then -1 else 0 end
					    from person p join member_record r on r.person_id = p.id
					    where r.status in (%s)) x
					group by cell_id, change_month"""
				.formatted(MONTH_OF.formatted(JOINED), quoted(MEMBER, LEFT), MONTH_OF.formatted("r.status_since"), quoted(LEFT)),
			true, "1.28");

	@Bean
	static Tally membershipTallyTable() {
		return TALLY;
	}

	/** The day the record's person became a member, or null if they never were one. */
	static LocalDate joined(MemberRecord r) {
		if (r == null || !(MEMBER.contains(r.status().name()) || LEFT.contains(r.status().name()))) {
			return null;
		}
		return r.ceremonyDate() != null ? r.ceremonyDate() : r.officialDate() != null ? r.officialDate() : r.statusSince();
	}

	/** The day the record's person left the Party, or null. */
	static LocalDate left(MemberRecord r) {
		return r != null && LEFT.contains(r.status().name()) ? r.statusSince() : null;
	}

	@SafeVarargs
	private static String quoted(List<String>... lists) {
		StringBuilder sql = new StringBuilder();
		for (List<String> list : lists) {
			for (String s : list) {
				sql.append(sql.isEmpty() ? "" : ", ").append('\'').append(s).append('\'');
			}
		}
		return sql.toString();
	}

}
