package vn.partyadmission.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a unit and its subtree for a period, as of a day. Counts of "now" (open cases,
 * probation, village heads) are taken on {@code today}; admissions and breakdowns in the period.
 * The lists of overdue cases and of members due for recognition hold at most {@code listLimit}
 * entries, the first by date; {@code overdueCasesTotal} and {@code dueMembersTotal} count them all.
 *
 * <p>{@code counted} is the part of the period the unit existed: a unit that continues others after a
 * reform counts from the day it began (what came before is its predecessors'), a unit that ended counts
 * up to its last day and has no figures of "now"; null when the unit did not exist in the period.
 * Membership, grassroots organizations and village heads who are members are those of the counted
 * period's last day (or today, when the period has not ended).
 */
public record Report(String unitId, String unitName, Period period, LocalDate today, List<Admitted> admittedByUnit,
		Admitted admittedTotal, List<Count> openCasesByStage, int openCases, List<OverdueCase> overdueCases,
		List<StageDays> daysPerStage, List<Count> dueForRecognition, List<DueMember> dueMembers,
		VillageHeads villageHeads, List<Count> admittedByMonth, Map<String, List<Count>> breakdowns,
		List<NewOrganization> privateEnterpriseOrganizations, Integer privateEnterpriseTarget, int overdueCasesTotal,
		int dueMembersTotal, int listLimit, Period counted, Grassroots grassroots, Membership membership) {

	/** What a unit (a direct child, or the whole subtree) admitted in the period against its target. */
	public record Admitted(String unitId, String unitName, int admitted, Integer target) {

		/** Percent of the target reached; null without a target. */
		public Double percentOfTarget() {
			return target == null || target == 0 ? null : Math.round(1000.0 * admitted / target) / 10.0;
		}

	}

	public record Count(String key, int count) {
	}

	public record OverdueCase(String caseId, String personName, String cellId, String stage, String deadline,
			LocalDate since) {
	}

	/** Finished tasks of one BPMN user task (stage) and how long they took, in days. */
	public record StageDays(String stage, int tasks, double averageDays, double longestDays) {
	}

	public record DueMember(String personId, String fullName, String cellId, LocalDate probationEnd, long daysLeft) {
	}

	public record VillageHeads(int total, int members, Integer targetPercent) {

		public Double percentMembers() {
			return total == 0 ? null : Math.round(1000.0 * members / total) / 10.0;
		}

	}

	public record NewOrganization(String id, String name, LocalDate validFrom) {
	}

	/**
	 * Grassroots Party organizations below the unit on a day: commune and town committees (and
	 * wards), committees of agencies, enterprises and the armed forces, and grassroots cells.
	 */
	public record Grassroots(LocalDate on, int total, int communeCommittees, int agencyCommittees, int cells) {
	}

	/**
	 * Total membership (probationary and official members) at the start and end of the counted
	 * period, and the admission rate: admissions of the period against membership at its start.
	 * The national target is per year; {@code targetMinPercent}–{@code targetMaxPercent} is it for
	 * the days counted so far (a whole year: the target itself).
	 */
	public record Membership(LocalDate startDate, int atStart, LocalDate endDate, int atEnd, Double admissionRatePercent,
			double targetMinPercentPerYear, double targetMaxPercentPerYear, double targetMinPercent, double targetMaxPercent,
			String targetSource, String assessment) {
	}

}
