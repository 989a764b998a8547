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
 * What the reports tell in the demo after the reform, loaded once after DemoData (on
 * ApplicationReadyEvent, which follows the ApplicationStartedEvent DemoData loads on): the old
 * district's targets (demo values: the article says the 185 admitted of 2023 met the province's
 * target, not what it was); targets of the four commune committees for the second half of 2025 and
 * for 2026, Tam Dương and Hội Thịnh ahead, Hoàng An and Tam Dương Bắc behind, and their admissions
 * from 1 July 2025 up to today of the application clock; new Party organizations in private
 * enterprises over the years (the article's two of 2023 in Duy Phiên and Kim Long); the last village
 * head admitted; a handful of cases left open at their early steps.
 */
@Component
@Profile("demo")
class DemoReports {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	/** commune committee → targets 2025, 2026 and what its people reach of them (2026: in proportion to the days gone) */
	private record Plan(String commune, int target2025, int target2026, double reached) {
	}

	private static final List<Plan> PLANS = List.of(new Plan("tamduong", 30, 70, 1.07), new Plan("hoangan", 15, 35, 0.73),
			new Plan("tamduongbac", 12, 30, 0.8), new Plan("hoithinh", 15, 35, 1.1));

	/** The district's targets per year, demo values: admissions (2025: up to 30 June), % of village heads members. */
	private static final Map<Integer, int[]> DISTRICT_TARGETS = Map.of(2020, new int[] { 170, 75 }, 2021, new int[] { 165, 80 },
			2022, new int[] { 175, 85 }, 2023, new int[] { 180, 90 }, 2024, new int[] { 185, 95 }, 2025, new int[] { 85, 95 });

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

	/** After the people DemoHistory numbered. */
	private int sequence = 50_000;

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
		long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		transaction.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now(clock);
			setTargets();
			privateEnterpriseCells(today);
			for (Plan plan : PLANS) {
				List<String> cells = villageCells(plan.commune());
				// the communes decide from the day they exist
				admissions(2025, 7, (int) Math.round(plan.target2025() * plan.reached()), cells, today);
				double gone = today.getYear() > 2026 ? 1 : today.getYear() < 2026 ? 0 : today.getDayOfYear() / 365.0;
				admissions(2026, 1, (int) Math.round(plan.target2026() * plan.reached() * gone), cells, today);
			}
			lateVillageHead(today);
			openCases(today);
		});
		log.info("Demo report data loaded in {} ms ({} ms of processor time)", System.currentTimeMillis() - started,
				(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
	}

	private void setTargets() {
		java.time.Instant now = clock.instant();
		// demo values; the article gives the 90 % share of village heads and two organizations in private enterprises for 2023
		DISTRICT_TARGETS.forEach((year, t) -> targets.set(new Target("td", year, t[0], t[1], year == 2023 ? 2 : 1, "demo", now)));
		for (Plan plan : PLANS) {
			String id = "xa." + plan.commune();
			targets.set(new Target(id, 2025, plan.target2025(), 90, null, "demo", now));
			targets.set(new Target(id, 2026, plan.target2026(), 95, 1, "demo", now));
		}
	}

	/**
	 * Cells founded in private companies over the years (the article's two of 2023 in Duy Phiên and
	 * Kim Long; the others and all the companies' names are demo data), carried over by the reform; one
	 * new in 2026.
	 */
	private void privateEnterpriseCells(LocalDate today) {
		company("td.huongdao.nhua", "td.huongdao", "xa.tamduong.nhua", "xa.tamduong", "Chi bộ Công ty TNHH Nhựa Hướng Đạo",
				LocalDate.of(2021, 8, 16));
		company("td.hoangdan.gohd", "td.hoangdan", "xa.hoangan.gohd", "xa.hoangan", "Chi bộ Công ty TNHH Gỗ Hoàng Đan",
				LocalDate.of(2022, 3, 22));
		company("td.duyphien.maydp", "td.duyphien", "xa.hoithinh.maydp", "xa.hoithinh", "Chi bộ Công ty TNHH May Duy Phiên",
				LocalDate.of(2023, 5, 19));
		company("td.kimlong.cokl", "td.kimlong", "xa.tamduong.cokl", "xa.tamduong", "Chi bộ Công ty CP Cơ khí Kim Long",
				LocalDate.of(2023, 9, 2));
		company("td.dongtinh.tpdt", "td.dongtinh", "xa.tamduongbac.tpdt", "xa.tamduongbac", "Chi bộ Công ty CP Thực phẩm Đồng Tĩnh",
				LocalDate.of(2024, 10, 10));
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

	/** New members of a year from month {@code first}, spread over the months by weight, up to yesterday; each with its journal. */
	private void admissions(int year, int first, int count, List<String> cells, LocalDate today) {
		List<LocalDate> days = DemoHistory.days(year, first, 12, count, today);
		for (int i = 0; i < days.size(); i++) {
			int n = sequence++;
			int age = AGES[n % AGES.length];
			boolean female = n % 5 == 1 || n % 5 == 3 || n % 7 == 0;
			Person person = new Person(String.format("n%05d", n + 1), DemoHistory.name(n, female),
					days.get(i).minusYears(age).minusDays(40 + n % 200), female ? "FEMALE" : "MALE",
					n % 13 == 0 ? "Sán Dìu" : n % 29 == 0 ? "Tày" : "Kinh", Education.UPPER_SECONDARY, null, "Tam Dương, Phú Thọ",
					cells.get(i % cells.size()), age <= 30 && n % 4 != 0, false, SECTORS[n % SECTORS.length]);
			admit(person, n, days.get(i), today);
		}
	}

	/** The village head a commune admitted after the reform: 128 of 130 heads are members by the end of 2025. */
	private void lateVillageHead(LocalDate today) {
		LocalDate decided = LocalDate.of(2025, 9, 12);
		for (int v = 0; v < COMMUNES.size() * VILLAGES.size(); v++) {
			if (DemoHistory.villageHeadRank(v) == DemoHistory.LATE_VILLAGE_HEAD && decided.isBefore(today)) {
				Commune c = COMMUNES.get(v / VILLAGES.size());
				String cell = "xa." + c.successor() + "." + c.slug() + (v % VILLAGES.size() + 1);
				boolean female = v % 4 == 1;
				admit(new Person("vh%03d".formatted(v + 1), DemoHistory.name(v * 3 + 1, female), LocalDate.of(1978, 4, 2),
						female ? "FEMALE" : "MALE", "Kinh", Education.UPPER_SECONDARY, "Trưởng thôn", "Tam Dương, Phú Thọ", cell,
						false, true, Sector.OTHER), sequence++, decided, today);
			}
		}
	}

	/** Registers a person admitted by a commune's standing committee, with the dates of the procedure as they stand today. */
	private void admit(Person person, int n, LocalDate decided, LocalDate today) {
		DemoRegister.Entry e = DemoHistory.admission(person, n, decided, "ĐU", null, today, false);
		String mentor = e.ceremony() == null ? null : mentorOf(person.cellId());
		String id = person.id();
		members.register(person, e.status(), e.since(), new Change(null, null, "demo", e.journal(), null));
		members.recordHistory(id, r -> new MemberRecord(id, e.status(), e.since(), e.certificateNumber(), e.certificateDate(),
				e.decisionNumber(), e.decided(), e.ceremony(), e.probationEnd(), e.official(), mentor, null, null),
				new Change(null, null, "demo", "Dữ liệu minh họa: ngày kết nạp, lễ kết nạp và thời hạn dự bị", null));
	}

	/** A member taken over from paper ("m…", all official) mentors the cell's new members. */
	private String mentorOf(String cellId) {
		return mentors.computeIfAbsent(cellId, cell -> members.personsOfCell(cell).stream()
			.map(Person::id)
			.filter(id -> id.startsWith("m"))
			.findFirst()
			.orElse(null));
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
			values.put("certificateNumber", "DEMO-CN-" + personId);
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


}
