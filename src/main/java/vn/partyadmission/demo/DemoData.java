package vn.partyadmission.demo;

import static vn.partyadmission.demo.TamDuongDistrict.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.reorganization.Actor;
import vn.partyadmission.reorganization.PlanChange;
import vn.partyadmission.reorganization.ReformPlans;
import vn.partyadmission.reorganization.Reorganization;
import vn.partyadmission.reorganization.Succession;

/**
 * Loads the demo district once (skipped when it exists): the tree as it was before 2025 with its
 * register up to 30 June 2025 ({@link DemoHistory}, written in bulk by {@link DemoRegister}), then
 * the 2025-07-01 reform applied as a reform plan ({@link ReformPlans}, through {@link Reorganization})
 * as an administrator applies one, so the demo shows the people moved and the journal lines it wrote.
 * In one transaction.
 */
@Component
@Profile("demo")
class DemoData {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private static final LocalDate FOUNDED = LocalDate.of(1997, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganizationTree tree;

	private final ReformPlans reformPlans;

	private final DemoUsers users;

	private final TransactionTemplate transaction;

	private final String password;

	private final DemoRegister register;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoData(OrganizationTree tree, ReformPlans reformPlans, DemoUsers users, TransactionTemplate transaction,
			@Value("${demo.password}") String password, DemoRegister register, JdbcClient jdbc, Clock clock) {
		this.tree = tree;
		this.reformPlans = reformPlans;
		this.users = users;
		this.transaction = transaction;
		this.password = password;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void load() {
		long started = System.currentTimeMillis();
		long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		if (tree.find("td").isEmpty()) {
			transaction.executeWithoutResult(status -> {
				List<Succession> reform = buildDistrict();
				register.write(people, clock.instant(), Map.of(), REFORM);
				applyReform(reform);
			});
		}
		else {
			// the tree exists; the history below is loaded in its own transaction, perhaps not yet
			buildCellLists();
		}
		if (!register.exists(HISTORY_MARKER)) {
			List<DemoRegister.Entry> history = new DemoHistory(villageCells, agencyCells, directCells, LocalDate.now(clock)).generate();
			// written where the reform put the people of each cell, with the journal line the reform writes
			// (moving thousands of people row by row through the tallies took a minute on H2)
			Map<String, String> successors = new HashMap<>();
			for (String cell : allCells()) {
				tree.find(cell).map(Organization::successorId).ifPresent(next -> successors.put(cell, next));
			}
			transaction.executeWithoutResult(status -> register.write(history, clock.instant(), successors, REFORM));
			// the processor time too: on a busy machine the time on the clock says little
			log.info("Demo data loaded in {} ms ({} ms of processor time): Tam Dương district, {} people of its register "
					+ "before the reform, its 2025-07-01 reform", System.currentTimeMillis() - started,
					(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000,
					history.size() + people.size());
		}
		users.create(password);
	}

	/** The first person DemoHistory writes: once it exists, the history is loaded. */
	private static final String HISTORY_MARKER = "m00001";

	private List<String> allCells() {
		List<String> cells = new ArrayList<>(villageCells);
		cells.addAll(agencyCells);
		cells.addAll(directCells);
		return cells;
	}

	/** The old cells as buildDistrict lists them, for a database where the tree exists already. */
	private void buildCellLists() {
		for (Commune c : COMMUNES) {
			for (int v = 0; v < VILLAGES.size(); v++) {
				villageCells.add("td." + c.slug() + ".c" + (v + 1));
			}
		}
		for (int a = 0; a < AGENCIES.size(); a++) {
			for (int c = 1; c <= 2; c++) {
				agencyCells.add("td.agency" + (a + 1) + (a == 0 ? ".office" : "") + ".c" + c);
			}
		}
		for (int d = 0; d < DIRECT_CELLS.size(); d++) {
			directCells.add(String.format("td.cell%02d", d + 1));
		}
	}

	/**
	 * The 2025-07-01 reform: the one call that applies it, kept apart so that it can become a
	 * reform plan applied through the organization API.
	 */
	/** The reform is a plan like any other (docs/reorganization.md), applied as the demo starts. */
	private void applyReform(List<Succession> reform) {
		reformPlans.applyNow("Sắp xếp tổ chức đảng huyện Tam Dương từ ngày 01/7/2025", REFORM,
				reform.stream().map(s -> PlanChange.merge(s.organizationId(), s.successorId())).toList(),
				Actor.application("demo"));
	}

	private int sequence;

	private final List<DemoRegister.Entry> people = new ArrayList<>();

	private final List<String> villageCells = new ArrayList<>();

	private final List<String> agencyCells = new ArrayList<>();

	private final List<String> directCells = new ArrayList<>();

	private List<Succession> buildDistrict() {
		add("vinhphuc", "Đảng bộ tỉnh Vĩnh Phúc", OrganizationKind.PROVINCE_COMMITTEE, null, FOUNDED, null);
		add("phutho", "Đảng bộ tỉnh Phú Thọ", OrganizationKind.PROVINCE_COMMITTEE, null, REFORM, null);
		// Before the reform the district's standing committee decided admissions for its whole subtree
		add("td", "Đảng bộ huyện Tam Dương", OrganizationKind.DISTRICT_COMMITTEE, "vinhphuc", FOUNDED, "td");
		// After it, each commune committee decides for its own subtree (Regulation 294-QĐ/TW)
		for (NewCommune c : NEW_COMMUNES) {
			String id = "xa." + c.slug();
			add(id, c.name(), OrganizationKind.COMMUNE_COMMITTEE, "phutho", REFORM, id);
		}
		List<Succession> reform = new ArrayList<>();
		reform.add(new Succession("vinhphuc", "phutho"));
		reform.add(new Succession("td", "xa.tamduong"));
		for (Commune c : COMMUNES) {
			String old = "td." + c.slug();
			String successor = "xa." + c.successor();
			tree.add(new Organization(old, c.name(), OrganizationKind.GRASSROOTS_COMMITTEE, "td", FOUNDED, null, null,
					null, c.hardship()));
			committee(old, OrganizationKind.GRASSROOTS_COMMITTEE, FOUNDED);
			reform.add(new Succession(old, successor));
			for (int v = 0; v < VILLAGES.size(); v++) {
				String cell = old + ".c" + (v + 1);
				String village = "Chi bộ " + VILLAGES.get(v) + " (" + c.name().replace("Đảng bộ ", "") + ")";
				add(cell, village, OrganizationKind.CELL, old, FOUNDED, null);
				// village cells become grassroots cells directly under the new commune committee
				String newCell = successor + "." + c.slug() + (v + 1);
				tree.add(new Organization(newCell, village, OrganizationKind.GRASSROOTS_CELL, successor, REFORM, null,
						null, null, c.hardship()));
				reform.add(new Succession(cell, newCell));
				villageCells.add(cell);
				if (v < NAMED_VILLAGES) {
					people(cell, 8, 3);
				}
			}
		}
		for (int a = 0; a < AGENCIES.size(); a++) {
			String old = "td.agency" + (a + 1);
			String successor = "xa.tamduong.agency" + (a + 1);
			add(old, AGENCIES.get(a), OrganizationKind.GRASSROOTS_COMMITTEE, "td", FOUNDED, null);
			add(successor, AGENCIES.get(a).replace("huyện", "xã Tam Dương"), OrganizationKind.GRASSROOTS_COMMITTEE,
					"xa.tamduong", REFORM, null);
			// an agency's or the armed forces' committee, not a commune's: the report counts them apart
			jdbc.sql("update organization set sector = ? where id in (?, ?)")
				.params(a == 0 ? "STATE_AGENCY" : "ARMED_FORCES", old, successor).update();
			reform.add(new Succession(old, successor));
			String oldParent = old;
			String newParent = successor;
			if (a == 0) {
				// one agency keeps an intermediate committee between it and its cells
				add(old + ".office", "Đảng ủy bộ phận Khối văn phòng", OrganizationKind.INTERMEDIATE_COMMITTEE, old,
						FOUNDED, null);
				add(successor + ".office", "Đảng ủy bộ phận Khối văn phòng", OrganizationKind.INTERMEDIATE_COMMITTEE,
						successor, REFORM, null);
				reform.add(new Succession(old + ".office", successor + ".office"));
				oldParent = old + ".office";
				newParent = successor + ".office";
			}
			for (int c = 1; c <= 2; c++) {
				add(oldParent + ".c" + c, "Chi bộ " + c + " – " + AGENCIES.get(a).replace("Đảng bộ ", ""),
						OrganizationKind.CELL, oldParent, FOUNDED, null);
				add(newParent + ".c" + c, "Chi bộ " + c + " – " + AGENCIES.get(a).replace("Đảng bộ ", ""),
						OrganizationKind.CELL, newParent, REFORM, null);
				reform.add(new Succession(oldParent + ".c" + c, newParent + ".c" + c));
				agencyCells.add(oldParent + ".c" + c);
				people(oldParent + ".c" + c, 6, 2);
			}
		}
		for (int d = 0; d < DIRECT_CELLS.size(); d++) {
			String old = String.format("td.cell%02d", d + 1);
			String successor = String.format("xa.tamduong.cell%02d", d + 1);
			add(old, "Chi bộ " + DIRECT_CELLS.get(d), OrganizationKind.GRASSROOTS_CELL, "td", FOUNDED, null);
			add(successor, "Chi bộ " + DIRECT_CELLS.get(d), OrganizationKind.GRASSROOTS_CELL, "xa.tamduong", REFORM, null);
			reform.add(new Succession(old, successor));
			directCells.add(old);
			people(old, 5, 2);
		}
		return reform;
	}

	private void add(String id, String name, OrganizationKind kind, String parent, LocalDate from, String competent) {
		tree.add(new Organization(id, name, kind, parent, from, null, competent, null, false));
		committee(id, kind, from);
	}

	/**
	 * The executive committee's size, the base of its votes (8-KNĐ, 15-KNĐ). Demo figures in the
	 * usual range: a province or district committee 15, a commune committee 13, an agency's
	 * grassroots committee 9, an intermediate committee 7. Cells have no committee to record.
	 */
	private void committee(String id, OrganizationKind kind, LocalDate from) {
		int members = switch (kind) {
			case PROVINCE_COMMITTEE, DISTRICT_COMMITTEE -> 15;
			case COMMUNE_COMMITTEE -> 13;
			case GRASSROOTS_COMMITTEE -> id.contains("agency") ? 9 : 13;
			case INTERMEDIATE_COMMITTEE -> 7;
			case GRASSROOTS_CELL, CELL -> 0;
		};
		if (members > 0) {
			tree.recordCommitteeSize(id, from, members);
		}
	}

	/** Official members and outstanding candidates of a cell, with deterministic Vietnamese names. */
	private void people(String cellId, int officials, int candidates) {
		for (int i = 0; i < officials + candidates; i++) {
			int n = sequence++;
			boolean official = i < officials;
			boolean female = n % 5 == 1 || n % 5 == 3;
			String given = (female ? FEMALE_GIVEN : MALE_GIVEN).get((n / 5) % 8);
			String middle = (female ? FEMALE_MIDDLE : MALE_MIDDLE).get((n / 3) % 4);
			String name = FAMILY.get((n / 7) % FAMILY.size()) + " " + middle + " " + given;
			LocalDate born = official ? LocalDate.of(1960 + n % 35, 1 + n % 12, 1 + n % 28)
					: LocalDate.of(1995 + n % 10, 1 + n % 12, 1 + n % 28);
			String id = String.format("p%05d", n + 1);
			Person person = new Person(id, name, born, female ? "FEMALE" : "MALE",
					n % 17 == 0 ? "Sán Dìu" : "Kinh", official ? Education.UPPER_SECONDARY : Education.values()[3 + n % 3],
					"Tam Dương", "Tam Dương, Vĩnh Phúc", cellId, !official && n % 2 == 0);
			MemberStatus status = official ? MemberStatus.OFFICIAL : MemberStatus.SOURCE_CANDIDATE;
			LocalDate since = official ? born.plusYears(25) : LocalDate.of(2024, 1, 15);
			people.add(DemoRegister.Entry.of(person, status, since, official
					? "Dữ liệu minh họa: tiếp nhận từ sổ đảng viên, đảng viên chính thức từ " + since
					: "Dữ liệu minh họa: đưa vào danh sách quần chúng ưu tú của chi bộ"));
		}
	}

}
