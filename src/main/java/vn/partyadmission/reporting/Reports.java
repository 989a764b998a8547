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
import java.util.TreeMap;
import java.util.function.Function;
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

/** Computes a unit's report; callers check first that the user may read the unit (UnitScope). */
@Service
public class Reports {

	/** Windows of "due for recognition", in days from today. */
	static final List<Integer> DUE_WINDOWS = List.of(30, 60, 90);

	static final String PAST_DUE = "ended, not yet recognized";

	private static final double DAY_MILLIS = 86_400_000.0;

	private final ReportQueries queries;

	private final Targets targets;

	private final OrganizationTree tree;

	private final Clock clock;

	Reports(ReportQueries queries, Targets targets, OrganizationTree tree, Clock clock) {
		this.queries = queries;
		this.targets = targets;
		this.tree = tree;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Report report(String unitId, vn.partyadmission.reporting.Period period) {
		Organization unit = tree.find(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
		LocalDate today = LocalDate.now(clock);
		Integer year = period.wholeYear();
		// walked once: every figure below is of the same units
		List<String> units = queries.subtree(unitId);

		List<Admitted> byUnit = new ArrayList<>();
		for (ReportQueries.Unit child : queries.children(unitId)) {
			byUnit.add(new Admitted(child.id(), child.name(), queries.admittedCount(queries.subtree(child.id()), period), target(child.id(), year)));
		}
		List<NewMember> admitted = queries.admitted(units, period);
		Integer ownTarget = target(unitId, year);
		// without a target of its own, the unit's target is what it assigned to the units below it
		Integer childTargets = byUnit.stream().map(Admitted::target).filter(t -> t != null).reduce(Integer::sum).orElse(null);
		Admitted total = new Admitted(unitId, unit.name(), admitted.size(), ownTarget != null ? ownTarget : childTargets);

		List<Count> stages = queries.openCasesByStage(units);
		int open = stages.stream().mapToInt(Count::count).sum();

		List<DueMember> due = queries.probationEndingBy(units, today, today.plusDays(DUE_WINDOWS.get(DUE_WINDOWS.size() - 1)));
		List<Count> windows = new ArrayList<>();
		windows.add(new Count(PAST_DUE, (int) due.stream().filter(d -> d.daysLeft() < 0).count()));
		for (int days : DUE_WINDOWS) {
			windows.add(new Count("within " + days + " days",
					(int) due.stream().filter(d -> d.daysLeft() >= 0 && d.daysLeft() <= days).count()));
		}

		int[] heads = queries.villageHeads(units);
		Integer shareTarget = year == null ? null
				: targets.find(unitId, year).map(Target::villageHeadSharePercent).orElse(null);
		Integer orgTarget = year == null ? null
				: targets.find(unitId, year).map(Target::privateEnterpriseOrgs).orElse(null);

		return new Report(unitId, unit.name(), period, today, byUnit, total, stages, open, queries.overdueCases(units),
				daysPerStage(queries.taskDurations(units, period)), windows, due,
				new VillageHeads(heads[0], heads[1], shareTarget), byMonth(admitted, period), breakdowns(admitted),
				queries.privateEnterpriseOrganizations(units, period), orgTarget);
	}

	private Integer target(String unitId, Integer year) {
		return year == null ? null : targets.find(unitId, year).map(Target::newMembers).orElse(null);
	}

	static List<StageDays> daysPerStage(List<TaskDuration> durations) {
		Map<String, List<Long>> byStage = durations.stream()
			.collect(Collectors.groupingBy(TaskDuration::stage, TreeMap::new,
					Collectors.mapping(TaskDuration::millis, Collectors.toList())));
		List<StageDays> days = new ArrayList<>();
		byStage.forEach((stage, millis) -> days.add(new StageDays(stage, millis.size(),
				round(millis.stream().mapToLong(Long::longValue).average().orElse(0) / DAY_MILLIS),
				round(millis.stream().mapToLong(Long::longValue).max().orElse(0) / DAY_MILLIS))));
		days.sort(Comparator.comparing(StageDays::averageDays).reversed());
		return days;
	}

	/** Every month of the period, with none left out, so a trend shows the quiet months too. */
	static List<Count> byMonth(List<NewMember> admitted, vn.partyadmission.reporting.Period period) {
		Map<YearMonth, Integer> months = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
			months.put(m, 0);
		}
		admitted.forEach(a -> months.merge(YearMonth.from(a.decisionDate()), 1, Integer::sum));
		return months.entrySet().stream().map(e -> new Count(e.getKey().toString(), e.getValue())).toList();
	}

	static Map<String, List<Count>> breakdowns(List<NewMember> admitted) {
		Map<String, List<Count>> breakdowns = new LinkedHashMap<>();
		breakdowns.put("gender", count(admitted, NewMember::gender, List.of("FEMALE", "MALE")));
		breakdowns.put("age", count(admitted, a -> ageGroup(a.dateOfBirth(), a.decisionDate()), AGE_GROUPS));
		breakdowns.put("ethnicity", count(admitted, NewMember::ethnicity, List.of("Kinh")));
		breakdowns.put("youth-union", count(admitted, a -> a.youthUnionMember() ? "Youth Union member" : "not a member",
				List.of("Youth Union member", "not a member")));
		breakdowns.put("sector", count(admitted, NewMember::sector, List.of("PRIVATE_ENTERPRISE")));
		return breakdowns;
	}

	static final List<String> AGE_GROUPS = List.of("18–30", "31–45", "46–60", "over 60");

	/** Age in full years on the decision date. */
	static String ageGroup(LocalDate born, LocalDate on) {
		int age = Period.between(born, on).getYears();
		return age <= 30 ? AGE_GROUPS.get(0) : age <= 45 ? AGE_GROUPS.get(1) : age <= 60 ? AGE_GROUPS.get(2) : AGE_GROUPS.get(3);
	}

	/** Counts per key; the listed keys always appear (zero included), others as they occur, largest first. */
	private static List<Count> count(List<NewMember> admitted, Function<NewMember, String> key, List<String> always) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		always.forEach(k -> counts.put(k, 0));
		admitted.stream().map(key).sorted().forEach(k -> counts.merge(k, 1, Integer::sum));
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
