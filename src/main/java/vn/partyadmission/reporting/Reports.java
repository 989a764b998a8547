package vn.partyadmission.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.reporting.Report.Admitted;
import vn.partyadmission.reporting.Report.Count;
import vn.partyadmission.reporting.Report.DueMember;
import vn.partyadmission.reporting.Report.StageDays;
import vn.partyadmission.reporting.Report.VillageHeads;
import vn.partyadmission.reporting.ReportQueries.NewMember;
import vn.partyadmission.reporting.ReportQueries.TaskDuration;
import vn.partyadmission.shared.InvalidInputException;

/** Computes a unit's report; callers check first that the user may read the unit (UnitScope). */
@Service
public class Reports {

	/** Windows of "due for recognition", in days from today. */
	static final List<Integer> DUE_WINDOWS = List.of(30, 60, 90);

	static final String PAST_DUE = "ended, not yet recognized";

	private static final double DAY_SECONDS = 86_400.0;

	private final ReportQueries queries;

	private final Targets targets;

	private final OrganizationTree tree;

	private final Clock clock;

	private final AdmissionRateTarget rate;

	Reports(ReportQueries queries, Targets targets, OrganizationTree tree, Clock clock, AdmissionRateTarget rate) {
		this.queries = queries;
		this.targets = targets;
		this.tree = tree;
		this.clock = clock;
		this.rate = rate;
	}

	/**
	 * The report. Its admission counts come from the tallies when they can (a whole-month period, and
	 * no successor outside the unit whose people the unit's tallies lack), otherwise from the new
	 * members' rows; lists of people and cases stop at {@link ReportQueries#LIST_LIMIT} beside their
	 * full counts.
	 */
	@Transactional(readOnly = true)
	public Report report(String unitId, vn.partyadmission.reporting.Period requested) {
		Organization unit = tree.find(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
		LocalDate today = LocalDate.now(clock);
		Integer year = requested.wholeYear();
		vn.partyadmission.reporting.Period counted = counted(unit, requested);
		// a unit that did not exist in the period: an empty period, so every count below is zero
		vn.partyadmission.reporting.Period period = counted != null ? counted
				: new vn.partyadmission.reporting.Period(requested.from(), requested.from().minusDays(1));
		boolean ended = unit.validTo() != null && !unit.validTo().isAfter(today);
		// walked once: every figure below is of the same units
		Subtree subtree = queries.subtree(unitId);
		List<String> units = subtree.ids();
		boolean tallied = wholeMonths(period) && !subtree.jumped();
		if (!tallied && units.size() > LARGE_UNIT) {
			// counting people row by row takes seconds at this size (docs/performance.md)
			throw wholeMonths(period)
					? InvalidInputException.of("unit", "ended-unit-too-large", unitId, units.size())
					: InvalidInputException.of("from", "whole-months-for-large-units", units.size());
		}

		List<ReportQueries.Unit> children = queries.children(unitId);
		Map<String, Integer> byChild;
		List<Count> byMonth;
		Map<String, List<Count>> breakdowns;
		int admittedTotal;
		if (tallied) {
			byChild = queries.admittedPerUnit(children.stream().map(ReportQueries.Unit::id).toList(), period);
			// a child whose cells' people moved to successors outside it (under another child): count its rows
			Set<String> jumped = subtree.jumpedBranches();
			for (ReportQueries.Unit child : children) {
				if (jumped.contains(child.id())) {
					byChild.put(child.id(), queries.admitted(subtree.branch(child.id()), period).size());
				}
			}
			Map<Integer, Integer> months = queries.admittedPerMonth(unitId, period);
			admittedTotal = months.values().stream().mapToInt(Integer::intValue).sum();
			byMonth = byMonth(months, requested);
			breakdowns = subtree.isCell() ? breakdowns(queries.admitted(units, period))
					: breakdowns(queries.breakdownCounts(unitId, period));
		}
		else {
			List<NewMember> admitted = queries.admitted(units, period);
			admittedTotal = admitted.size();
			byChild = perBranch(admitted, subtree.branchesOf());
			byMonth = byMonth(byMonthOf(admitted), requested);
			breakdowns = breakdowns(admitted);
		}
		// the targets of the unit and its children, in one statement
		List<String> targeted = new ArrayList<>(children.stream().map(ReportQueries.Unit::id).toList());
		targeted.add(unitId);
		Map<String, Target> targetOf = year == null ? Map.of() : targets.findAll(targeted, year);
		List<Admitted> byUnit = new ArrayList<>();
		for (ReportQueries.Unit child : children) {
			byUnit.add(new Admitted(child.id(), child.name(), byChild.getOrDefault(child.id(), 0),
					targetOf.containsKey(child.id()) ? targetOf.get(child.id()).newMembers() : null));
		}
		Target own = targetOf.get(unitId);
		Integer ownTarget = own == null ? null : own.newMembers();
		// without a target of its own, the unit's target is what it assigned to the units below it
		Integer childTargets = byUnit.stream().map(Admitted::target).filter(t -> t != null).reduce(Integer::sum).orElse(null);
		Admitted total = new Admitted(unitId, unit.name(), admittedTotal, ownTarget != null ? ownTarget : childTargets);

		// an ended unit has no figures of now: its cells' successors are other units' now
		List<Count> stages = ended ? List.of() : queries.openCasesByStage(units);
		int open = stages.stream().mapToInt(Count::count).sum();

		LocalDate lastDue = today.plusDays(DUE_WINDOWS.get(DUE_WINDOWS.size() - 1));
		List<DueMember> due = ended ? List.of() : queries.probationEndingBy(units, today, lastDue);
		int[] dueCounts = ended || due.size() < ReportQueries.LIST_LIMIT ? countWindows(due)
				: subtree.jumped() ? queries.probationEndingCounts(units, today, DUE_WINDOWS)
						: queries.probationEndingCountsTallied(unitId, today, DUE_WINDOWS);
		List<Count> windows = new ArrayList<>();
		windows.add(new Count(PAST_DUE, dueCounts[0]));
		for (int i = 0; i < DUE_WINDOWS.size(); i++) {
			windows.add(new Count("within " + DUE_WINDOWS.get(i) + " days", dueCounts[i + 1]));
		}
		int dueTotal = dueCounts[0] + dueCounts[DUE_WINDOWS.size()];

		List<Report.OverdueCase> overdue = ended ? List.of() : queries.overdueCases(units);
		int overdueTotal = overdue.size() < ReportQueries.LIST_LIMIT ? overdue.size() : queries.overdueCount(units);

		int[] heads = subtree.jumped() ? queries.villageHeads(units) : queries.villageHeadsTallied(unitId);
		// membership on the counted period's first eve and last day (today, while it runs)
		LocalDate end = period.to().isAfter(today) ? today : period.to();
		LocalDate eve = period.from().minusDays(1);
		int[] atStart = tallied ? queries.membershipTallied(unitId, AdmissionTally.month(eve)) : queries.membershipOn(units, eve);
		int[] atEnd = tallied ? queries.membershipTallied(unitId, AdmissionTally.month(end)) : queries.membershipOn(units, end);
		Integer shareTarget = own == null ? null : own.villageHeadSharePercent();
		Integer orgTarget = own == null ? null : own.privateEnterpriseOrgs();

		return new Report(unitId, unit.name(), requested, today, byUnit, total, stages, open, overdue,
				daysPerStage(tallied ? queries.taskDurationsTallied(unitId, period) : queries.taskDurations(units, period)), windows, due,
				new VillageHeads(heads[0], Math.min(heads[0], atEnd[1]), shareTarget), byMonth, breakdowns,
				queries.privateEnterpriseOrganizations(units, period), orgTarget, overdueTotal, dueTotal,
				ReportQueries.LIST_LIMIT, counted, grassroots(subtree, counted == null ? null : end),
				membership(counted, eve, atStart[0], end, atEnd[0], admittedTotal));
	}

	/**
	 * The part of the requested period the unit existed: up to the day before it ended, and, for a
	 * unit that continues others after a reform, from the day it began. A unit without predecessors
	 * keeps its people's earlier admissions (a register taken over into units made later).
	 */
	vn.partyadmission.reporting.Period counted(Organization unit, vn.partyadmission.reporting.Period requested) {
		LocalDate from = requested.from();
		LocalDate to = requested.to();
		if (unit.validTo() != null && !unit.validTo().minusDays(1).isAfter(to)) {
			to = unit.validTo().minusDays(1);
		}
		if (unit.validFrom() != null && unit.validFrom().isAfter(from) && queries.hasPredecessor(unit.id())) {
			from = unit.validFrom();
		}
		return to.isBefore(from) ? null : new vn.partyadmission.reporting.Period(from, to);
	}

	private Report.Grassroots grassroots(Subtree subtree, LocalDate on) {
		if (on == null) {
			return new Report.Grassroots(null, 0, 0, 0, 0);
		}
		int[] kinds = queries.grassroots(subtree.own(), on);
		return new Report.Grassroots(on, kinds[0] + kinds[1] + kinds[2], kinds[0], kinds[1], kinds[2]);
	}

	/** Membership at both ends and the admission rate against the national target, scaled to the days counted. */
	private Report.Membership membership(vn.partyadmission.reporting.Period counted, LocalDate eve, int atStart, LocalDate end,
			int atEnd, int admitted) {
		double years = counted == null || end.isBefore(counted.from()) ? 0
				: counted.wholeYear() != null && !end.isBefore(counted.to()) ? 1
						: (java.time.temporal.ChronoUnit.DAYS.between(counted.from(), end) + 1) / 365.0;
		double min = round2(rate.minPercent() * years);
		double max = round2(rate.maxPercent() * years);
		Double percent = atStart == 0 ? null : round2(100.0 * admitted / atStart);
		String assessment = percent == null || years == 0 ? "Không tính được (chưa có đảng viên đầu kỳ)"
				: percent < min ? "Chưa đạt mức chỉ tiêu" : percent > max ? "Vượt mức chỉ tiêu" : "Đạt mức chỉ tiêu";
		return new Report.Membership(counted == null ? null : eve, atStart, counted == null ? null : end, atEnd, percent,
				rate.minPercent(), rate.maxPercent(), min, max, rate.source(), assessment);
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}


	/** Above this many units, a report must come from the tallies (reading people rows would take seconds). */
	static final int LARGE_UNIT = 500;

	static boolean wholeMonths(vn.partyadmission.reporting.Period period) {
		return period.from().getDayOfMonth() == 1 && period.to().equals(period.to().withDayOfMonth(period.to().lengthOfMonth()));
	}

	/** Past due, then within each window, from a list that holds every due member. */
	private static int[] countWindows(List<DueMember> due) {
		int[] counts = new int[DUE_WINDOWS.size() + 1];
		counts[0] = (int) due.stream().filter(d -> d.daysLeft() < 0).count();
		for (int i = 0; i < DUE_WINDOWS.size(); i++) {
			int days = DUE_WINDOWS.get(i);
			counts[i + 1] = (int) due.stream().filter(d -> d.daysLeft() >= 0 && d.daysLeft() <= days).count();
		}
		return counts;
	}

	/** New members per direct child of the unit, through the units each child's walk reached. */
	private static Map<String, Integer> perBranch(List<NewMember> admitted, Map<String, List<String>> branchesOf) {
		Map<String, Integer> counts = new HashMap<>();
		admitted.forEach(a -> branchesOf.getOrDefault(a.cellId(), List.of()).forEach(b -> counts.merge(b, 1, Integer::sum)));
		return counts;
	}

	private static Map<Integer, Integer> byMonthOf(List<NewMember> admitted) {
		Map<Integer, Integer> months = new HashMap<>();
		admitted.forEach(a -> months.merge(AdmissionTally.month(a.decisionDate()), 1, Integer::sum));
		return months;
	}

	static List<StageDays> daysPerStage(List<TaskDuration> durations) {
		List<StageDays> days = new ArrayList<>();
		new TreeMap<String, TaskDuration>(durations.stream().collect(Collectors.toMap(TaskDuration::stage, d -> d)))
			.forEach((stage, d) -> days.add(new StageDays(stage, d.tasks(), round(d.totalSeconds() / (double) d.tasks() / DAY_SECONDS),
					round(d.longestSeconds() / DAY_SECONDS))));
		days.sort(Comparator.comparing(StageDays::averageDays).reversed());
		return days;
	}

	/** Every month of the period, with none left out, so a trend shows the quiet months too. */
	static List<Count> byMonth(Map<Integer, Integer> admitted, vn.partyadmission.reporting.Period period) {
		List<Count> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
			months.add(new Count(m.toString(), admitted.getOrDefault(m.getYear() * 100 + m.getMonthValue(), 0)));
		}
		return months;
	}

	static Map<String, List<Count>> breakdowns(List<NewMember> admitted) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		admitted.forEach(a -> {
			add(counts, "gender", a.gender());
			add(counts, "age", ageGroup(a.dateOfBirth(), a.decisionDate()));
			add(counts, "ethnicity", a.ethnicity());
			add(counts, "youth-union", a.youthUnionMember() ? AdmissionTally.YOUTH_UNION : AdmissionTally.NOT_YOUTH_UNION);
			add(counts, "sector", a.sector());
		});
		return breakdowns(counts);
	}

	private static void add(Map<String, Map<String, Integer>> counts, String dimension, String value) {
		counts.computeIfAbsent(dimension, d -> new HashMap<>()).merge(value, 1, Integer::sum);
	}

	/** The breakdowns from counts per dimension and value (of new members' rows or of the tally). */
	static Map<String, List<Count>> breakdowns(Map<String, Map<String, Integer>> counts) {
		Map<String, List<Count>> breakdowns = new LinkedHashMap<>();
		breakdowns.put("gender", count(counts.get("gender"), List.of("FEMALE", "MALE")));
		breakdowns.put("age", count(counts.get("age"), AGE_GROUPS));
		breakdowns.put("ethnicity", count(counts.get("ethnicity"), List.of("Kinh")));
		breakdowns.put("youth-union", count(counts.get("youth-union"),
				List.of(AdmissionTally.YOUTH_UNION, AdmissionTally.NOT_YOUTH_UNION)));
		breakdowns.put("sector", count(counts.get("sector"), List.of("PRIVATE_ENTERPRISE")));
		return breakdowns;
	}

	static final List<String> AGE_GROUPS = List.of("18–30", "31–45", "46–60", "over 60");

	/** Age in full years on the decision date. */
	static String ageGroup(LocalDate born, LocalDate on) {
		int age = Period.between(born, on).getYears();
		return age <= 30 ? AGE_GROUPS.get(0) : age <= 45 ? AGE_GROUPS.get(1) : age <= 60 ? AGE_GROUPS.get(2) : AGE_GROUPS.get(3);
	}

	/** Counts per key; the listed keys always appear (zero included), others as they occur, largest first. */
	private static List<Count> count(Map<String, Integer> found, List<String> always) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		always.forEach(k -> counts.put(k, 0));
		new TreeMap<>(found == null ? Map.<String, Integer>of() : found).forEach((k, n) -> {
			if (n != 0) {
				counts.merge(k, n, Integer::sum);
			}
		});
		List<Count> list = new ArrayList<>(counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
		if (!list.isEmpty() && always.size() < 2) {
			list.sort(Comparator.comparing(Count::count).reversed().thenComparing(Count::key));
		}
		return list;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
