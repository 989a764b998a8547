package vn.partyadmission.demo;

import static vn.partyadmission.demo.TamDuongDistrict.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.membership.Sector;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.reporting.Target;
import vn.partyadmission.reporting.Targets;

/**
 * What the reports tell in the demo, loaded once after DemoData (on ApplicationReadyEvent, which
 * follows the ApplicationStartedEvent DemoData loads on): Decision 1188's 185 for the old district
 * in 2023, met; targets of the four commune committees for 2025 and 2026, Tam Dương and Hội Thịnh
 * ahead, Hoàng An and Tam Dương Bắc behind; 130 village heads of whom 121 are members; Party
 * organizations in private enterprises in Duy Phiên and Kim Long; a handful of cases left open at
 * their early steps. Admissions run up to today of the application clock.
 */
@Component
@Profile("demo")
class DemoReports {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	/** commune committee → targets 2025, 2026 and what its people reach of them (2026: in proportion to the days gone) */
	private record Plan(String commune, int target2025, int target2026, double reached) {
	}

	private static final List<Plan> PLANS = List.of(new Plan("tamduong", 60, 70, 1.07), new Plan("hoangan", 30, 35, 0.73),
			new Plan("tamduongbac", 25, 30, 0.8), new Plan("hoithinh", 30, 35, 1.1));

	/** Admissions per month: few around Tết, more before 19 May, 2 September and the year's end. */
	private static final int[] MONTH_WEIGHTS = { 2, 1, 4, 3, 5, 4, 2, 3, 5, 3, 4, 6 };

	private static final Sector[] SECTORS = { Sector.FARMER, Sector.FARMER, Sector.FARMER, Sector.FARMER,
			Sector.STATE_AGENCY, Sector.PUBLIC_SERVICE, Sector.PUBLIC_SERVICE, Sector.PRIVATE_ENTERPRISE,
			Sector.PRIVATE_ENTERPRISE, Sector.PRIVATE_ENTERPRISE, Sector.COOPERATIVE, Sector.ARMED_FORCES,
			Sector.PUBLIC_SERVICE, Sector.OTHER, Sector.FARMER, Sector.PRIVATE_ENTERPRISE, Sector.STATE_ENTERPRISE,
			Sector.FARMER, Sector.OTHER, Sector.STATE_AGENCY };

	private static final int[] AGES = { 19, 22, 24, 26, 28, 29, 33, 38, 44, 52 };

	private final Targets targets;

	private final MemberRegister members;

	private final OrganizationTree tree;

	private final AdmissionCases cases;

	private final TaskService tasks;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<String, String> mentors = new HashMap<>();

	private int sequence;

	DemoReports(Targets targets, MemberRegister members, OrganizationTree tree, AdmissionCases cases, TaskService tasks,
			JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.targets = targets;
		this.members = members;
		this.tree = tree;
		this.cases = cases;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	// before the start-up check of unstaffed bodies, which should see the cases opened here
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	void load() {
		if (targets.find("td", 2023).isPresent() || tree.find("td").isEmpty()) {
			return;
		}
		long started = System.currentTimeMillis();
		transaction.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now(clock);
			setTargets();
			privateEnterpriseCells(today);
			admissions(2023, 185, villageCells(null), today);
			for (Plan plan : PLANS) {
				List<String> cells = villageCells(plan.commune());
				admissions(2025, (int) Math.round(plan.target2025() * plan.reached()), cells, today);
				double gone = today.getYear() > 2026 ? 1 : today.getYear() < 2026 ? 0 : today.getDayOfYear() / 365.0;
				admissions(2026, (int) Math.round(plan.target2026() * plan.reached() * gone), cells, today);
			}
			villageHeads();
			openCases(today);
		});
		log.info("Demo report data loaded in {} ms", System.currentTimeMillis() - started);
	}

	private void setTargets() {
		java.time.Instant now = clock.instant();
		// Decision 1188: the district's 185, 90% of village heads members, two organizations in private enterprises
		targets.set(new Target("td", 2023, 185, 90, 2, "demo", now));
		for (Plan plan : PLANS) {
			String id = "xa." + plan.commune();
			targets.set(new Target(id, 2025, plan.target2025(), 90, null, "demo", now));
			targets.set(new Target(id, 2026, plan.target2026(), 95, 1, "demo", now));
		}
	}

	/** Two cells founded in private companies in 2023 (Duy Phiên, Kim Long), carried over by the reform; one new in 2026. */
	private void privateEnterpriseCells(LocalDate today) {
		company("td.duyphien.maydp", "td.duyphien", "xa.hoithinh.maydp", "xa.hoithinh", "Chi bộ Công ty TNHH May Duy Phiên",
				LocalDate.of(2023, 5, 19));
		company("td.kimlong.cokl", "td.kimlong", "xa.tamduong.cokl", "xa.tamduong", "Chi bộ Công ty CP Cơ khí Kim Long",
				LocalDate.of(2023, 9, 2));
		LocalDate founded = LocalDate.of(2026, 2, 16);
		if (!founded.isAfter(today)) {
			tree.add(new Organization("xa.tamduong.dthh", "Chi bộ Công ty TNHH Điện tử Hợp Hòa", OrganizationKind.GRASSROOTS_CELL,
					"xa.tamduong", founded, null, null, null, false));
			privateEnterprise("xa.tamduong.dthh");
		}
	}

	private void company(String oldId, String oldParent, String newId, String newParent, String name, LocalDate founded) {
		tree.add(new Organization(oldId, name, OrganizationKind.CELL, oldParent, founded, null, null, null, false));
		tree.add(new Organization(newId, name, OrganizationKind.GRASSROOTS_CELL, newParent, DemoData.REFORM, null, null,
				null, false));
		tree.end(oldId, DemoData.REFORM, newId);
		privateEnterprise(oldId);
		privateEnterprise(newId);
	}

	/** The organization API (another module) will edit a unit's sector; the demo sets it directly. */
	private void privateEnterprise(String id) {
		jdbc.sql("update organization set sector = 'PRIVATE_ENTERPRISE' where id = ?").param(id).update();
	}

	/** The village cells since the reform, of one commune committee or of all. */
	private static List<String> villageCells(String commune) {
		List<String> cells = new ArrayList<>();
		for (Commune c : COMMUNES) {
			if (commune == null || commune.equals(c.successor())) {
				for (int v = 1; v <= VILLAGES.size(); v++) {
					cells.add("xa." + c.successor() + "." + c.slug() + v);
				}
			}
		}
		return cells;
	}

	/** New members of a year, spread over its months by weight, up to yesterday; each with its journal. */
	private void admissions(int year, int count, List<String> cells, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		int lastMonth = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
		int weights = 0;
		for (int m = 0; m < lastMonth; m++) {
			weights += MONTH_WEIGHTS[m];
		}
		for (int i = 0; i < count && weights > 0; i++) {
			int slot = (int) ((long) i * weights / count);
			int month = 0;
			while (slot >= MONTH_WEIGHTS[month]) {
				slot -= MONTH_WEIGHTS[month++];
			}
			LocalDate day = LocalDate.of(year, month + 1, 1 + (i * 7) % 27);
			days.add(day.isBefore(today) ? day : today.minusDays(1));
		}
		for (int i = 0; i < days.size(); i++) {
			admit(cells.get(i % cells.size()), days.get(i));
		}
	}

	private void admit(String cellId, LocalDate decided) {
		int n = sequence++;
		LocalDate today = LocalDate.now(clock);
		int age = AGES[n % AGES.length];
		boolean female = n % 5 == 1 || n % 5 == 3 || n % 7 == 0;
		String id = String.format("n%05d", n + 1);
		Person person = new Person(id, name(n, female), decided.minusYears(age).minusDays(40 + n % 200),
				female ? "FEMALE" : "MALE", n % 13 == 0 ? "Sán Dìu" : n % 29 == 0 ? "Tày" : "Kinh", Education.UPPER_SECONDARY,
				null, "Tam Dương, Phú Thọ", cellId, age <= 30 && n % 4 != 0, false, SECTORS[n % SECTORS.length]);
		LocalDate ceremony = decided.plusDays(21);
		LocalDate probationEnd = ceremony.plusMonths(12);
		MemberStatus status = ceremony.isAfter(today) ? MemberStatus.ADMITTED
				: probationEnd.isAfter(today) ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
		LocalDate since = status == MemberStatus.ADMITTED ? decided : status == MemberStatus.PROBATIONARY ? ceremony : probationEnd;
		String decision = "QĐ " + (100 + n) + "-QĐ/ĐU";
		String mentor = status == MemberStatus.ADMITTED ? null : mentorOf(cellId);
		members.register(person, status, since, new Change(null, null, "demo",
				"Taken over from the paper register: admitted by " + decision + " of " + decided, null));
		members.recordHistory(id, r -> new MemberRecord(id, status, since, "CN-" + n + "/" + (decided.getYear() - 1),
				decided.minusMonths(6), decision, decided, status == MemberStatus.ADMITTED ? null : ceremony,
				status == MemberStatus.ADMITTED ? null : probationEnd, status == MemberStatus.OFFICIAL ? probationEnd : null,
				mentor, null, null), new Change(null, null, "demo", "Admission, ceremony and probation dates from the paper register", null));
	}

	private String mentorOf(String cellId) {
		return mentors.computeIfAbsent(cellId, cell -> members.personsOfCell(cell).stream()
			.filter(p -> members.findRecord(p.id()).map(r -> r.status() == MemberStatus.OFFICIAL).orElse(false))
			.map(Person::id)
			.findFirst()
			.orElse(null));
	}

	/** 130 village heads and residential-group leaders; 121 of them are official members. */
	private void villageHeads() {
		List<String> cells = villageCells(null);
		for (int i = 0; i < 130; i++) {
			boolean member = i % 14 != 7;
			boolean female = i % 4 == 1;
			String id = String.format("vh%03d", i + 1);
			Person person = new Person(id, name(i * 3 + 1, female), LocalDate.of(1965 + i % 25, 1 + i % 12, 1 + i % 28),
					female ? "FEMALE" : "MALE", "Kinh", Education.UPPER_SECONDARY, "Ban công tác Mặt trận", "Tam Dương, Phú Thọ",
					cells.get(i % cells.size()), false, true, Sector.OTHER);
			members.register(person, member ? MemberStatus.OFFICIAL : MemberStatus.SOURCE_CANDIDATE,
					member ? LocalDate.of(1995 + i % 20, 6, 1) : LocalDate.of(2024, 3, 1), new Change(null, null, "demo",
							"Village head or residential-group leader" + (member ? ", an official member" : ", not a member"), null));
		}
	}

	/**
	 * Cases opened by cells of three communes (never the Hợp Hòa cells the tests and the README use),
	 * some walked a few steps: where the procedure stands now. No user is signed in, so the engine
	 * checks no permission and the journal names "system".
	 */
	private void openCases(LocalDate today) {
		open("xa.tamduong.kimlong1", "p00042", "p00034", "p00035", false, today, 0);
		open("xa.tamduong.kimlong1", "p00043", "p00034", "p00035", true, today, 1);
		open("xa.hoangan.hoangdan1", "p00174", "p00166", "p00167", true, today, 2);
		open("xa.hoangan.hoangdan1", "p00175", "p00166", "p00167", true, today, 3);
		open("xa.hoithinh.duyphien1", "p00306", "p00298", "p00299", true, today, 3);
		open("xa.hoithinh.duyphien1", "p00307", "p00298", "p00299", false, today, 0);
		open("xa.tamduongbac.dongtinh1", "p00240", "p00232", "p00233", true, today, 1);
		open("xa.tamduongbac.dongtinh1", "p00241", "p00232", "p00233", true, today, 2);
	}

	private void open(String cellId, String personId, String introducer1, String introducer2, boolean certified,
			LocalDate today, int steps) {
		Map<String, Object> values = new HashMap<>();
		values.put("personId", personId);
		values.put("cellId", cellId);
		values.put("introducer1Id", introducer1);
		values.put("introducer1Relation", "RESIDENCE");
		values.put("introducer1Since", "2019-01-01");
		if (cases.requiredIntroductionPath(personId).isPresent()) {
			// a Youth Union member of youth age is introduced by the Youth Union (introduction.dmn)
			values.put("introductionPath", "YOUTH_UNION");
			values.put("unionResolutionNumber", "NQ-ĐTN-DEMO-" + personId);
		}
		else {
			values.put("introductionPath", "TWO_MEMBERS");
			values.put("introducer2Id", introducer2);
			values.put("introducer2Relation", "WORK");
			values.put("introducer2Since", "2020-06-01");
		}
		if (certified) {
			values.put("certificateNumber", "CN-" + personId);
			values.put("certificateDate", today.minusMonths(3).toString());
		}
		String caseId = cases.start(values).id();
		String day = today.minusDays(2).toString();
		List<Map<String, Object>> walk = List.of(Map.of("applicationDate", day, "personalHistoryDate", day),
				Map.of("backgroundVerified", true, "verificationConclusion", "Clear", "verificationDate", day),
				Map.of("commentsSummary", "Agreed", "commentsDate", day));
		for (int s = 0; s < steps; s++) {
			Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
			tasks.complete(task.getId(), new HashMap<>(walk.get(s)));
		}
	}

	private static String name(int n, boolean female) {
		String given = (female ? FEMALE_GIVEN : MALE_GIVEN).get((n / 5) % 8);
		String middle = (female ? FEMALE_MIDDLE : MALE_MIDDLE).get((n / 3) % 4);
		return FAMILY.get((n / 7) % FAMILY.size()) + " " + middle + " " + given;
	}

}
