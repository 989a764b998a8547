package vn.partyadmission.demo;

import static vn.partyadmission.demo.TamDuongDistrict.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.partyadmission.demo.DemoRegister.Entry;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.membership.Sector;

/**
 * The district's register before the 2025-07-01 reform, in the units of the time: members taken
 * over from paper, the admissions of 2019 to June 2025 and the village heads, so that the district's
 * report of 2023 tells the seed article's story (over 6,300 members, 185 admitted, 121 of 130 village
 * heads members) and other years differ. Figures the article does not give are demo values
 * ({@link #ADMISSIONS}, {@link #VILLAGE_HEADS_ADMITTED}). Every decision and certificate number is of
 * a fictional series starting with "DEMO-". Deterministic: the same data at every start.
 */
final class DemoHistory {

	/** Admissions decided by the district's standing committee per year (2025: up to 30 June); 2023 is the article's 185. */
	static final Map<Integer, Integer> ADMISSIONS = new LinkedHashMap<>();

	static {
		ADMISSIONS.put(2019, 172);
		ADMISSIONS.put(2020, 176);
		ADMISSIONS.put(2021, 168);
		ADMISSIONS.put(2022, 181);
		ADMISSIONS.put(2023, 185);
		ADMISSIONS.put(2024, 192);
		ADMISSIONS.put(2025, 88);
	}

	/**
	 * Village heads admitted per year, among that year's admissions. The article gives 121 of 130
	 * at the end of 2023, 8.4 points more than at its start (110); the other years are demo values.
	 * One more is admitted by a commune after the reform ({@link #LATE_VILLAGE_HEAD}); two are not members.
	 */
	static final Map<Integer, Integer> VILLAGE_HEADS_ADMITTED = Map.of(2020, 6, 2021, 4, 2022, 8, 2023, 11, 2024, 4, 2025, 2);

	/** Village heads who were members before 2019. */
	static final int VILLAGE_HEADS_BEFORE = 92;

	/** The rank of the village head a commune admits after the reform. */
	static final int LATE_VILLAGE_HEAD = VILLAGE_HEADS_BEFORE + 36;

	/** Members taken over from paper, per cell: a village, a cell of an agency committee, a cell directly under the district. */
	static final int VILLAGE_MEMBERS = 28;

	static final int AGENCY_CELL_MEMBERS = 55;

	static final int DIRECT_CELL_MEMBERS = 28;

	/** Admissions per month: few around Tết, more before 19 May, 2 September and the year's end. */
	static final int[] MONTH_WEIGHTS = { 2, 1, 4, 3, 5, 4, 2, 3, 5, 3, 4, 6 };

	private static final Sector[] SECTORS = { Sector.FARMER, Sector.FARMER, Sector.FARMER, Sector.FARMER,
			Sector.STATE_AGENCY, Sector.PUBLIC_SERVICE, Sector.PUBLIC_SERVICE, Sector.PRIVATE_ENTERPRISE,
			Sector.PRIVATE_ENTERPRISE, Sector.PRIVATE_ENTERPRISE, Sector.COOPERATIVE, Sector.ARMED_FORCES,
			Sector.PUBLIC_SERVICE, Sector.OTHER, Sector.FARMER, Sector.PRIVATE_ENTERPRISE, Sector.STATE_ENTERPRISE,
			Sector.FARMER, Sector.OTHER, Sector.STATE_AGENCY };

	private static final int[] AGES = { 19, 22, 24, 26, 28, 29, 33, 38, 44, 52 };

	private final List<String> villageCells;

	private final List<String> agencyCells;

	private final List<String> directCells;

	private final LocalDate today;

	private final List<Entry> entries = new ArrayList<>();

	/** The first member of each cell, the mentor of its new members. */
	private final Map<String, String> mentors = new LinkedHashMap<>();

	DemoHistory(List<String> villageCells, List<String> agencyCells, List<String> directCells, LocalDate today) {
		this.villageCells = villageCells;
		this.agencyCells = agencyCells;
		this.directCells = directCells;
		this.today = today;
	}

	/** The rank of village i's head: 0–91 members before 2019, then the admissions year by year, 128–129 not members. */
	static int villageHeadRank(int village) {
		return village * 37 % 130;
	}

	List<Entry> generate() {
		int m = 0;
		for (String cell : villageCells) {
			for (int i = 0; i < VILLAGE_MEMBERS; i++) {
				official(m++, cell, i % 3 == 0 ? Sector.RETIRED : Sector.FARMER);
			}
		}
		for (String cell : agencyCells) {
			for (int i = 0; i < AGENCY_CELL_MEMBERS; i++) {
				official(m++, cell, cell.contains("agency1") ? Sector.STATE_AGENCY : Sector.ARMED_FORCES);
			}
		}
		for (String cell : directCells) {
			for (int i = 0; i < DIRECT_CELL_MEMBERS; i++) {
				official(m++, cell, Sector.PUBLIC_SERVICE);
			}
		}
		// the village heads by rank: who was a member before 2019, who was admitted in which year
		Map<Integer, List<Integer>> headsAdmitted = new LinkedHashMap<>();
		for (int v = 0; v < villageCells.size(); v++) {
			int rank = villageHeadRank(v);
			int year = yearOfRank(rank);
			if (rank < VILLAGE_HEADS_BEFORE) {
				villageHead(v, MemberStatus.OFFICIAL, LocalDate.of(1990 + rank % 28, 1 + rank % 12, 1 + rank % 27));
			}
			else if (year > 0) {
				headsAdmitted.computeIfAbsent(year, y -> new ArrayList<>()).add(v);
			}
			else if (rank != LATE_VILLAGE_HEAD) {
				villageHead(v, MemberStatus.SOURCE_CANDIDATE, LocalDate.of(2024, 3, 1));
			}
		}
		List<String> cells = new ArrayList<>(villageCells);
		cells.addAll(agencyCells);
		cells.addAll(directCells);
		int n = 0;
		for (Map.Entry<Integer, Integer> year : ADMISSIONS.entrySet()) {
			List<Integer> heads = headsAdmitted.getOrDefault(year.getKey(), List.of());
			int lastMonth = year.getKey() == DemoData.REFORM.getYear() ? DemoData.REFORM.getMonthValue() - 1 : 12;
			List<LocalDate> days = days(year.getKey(), 1, lastMonth, year.getValue() - heads.size(), today);
			for (LocalDate day : days) {
				int k = n++;
				admitted(k, cells.get(k * 7 % cells.size()), day, false);
			}
			for (int h = 0; h < heads.size(); h++) {
				// early in the year, so the ceremony falls in it too
				int v = heads.get(h);
				LocalDate day = LocalDate.of(year.getKey(), 2 + h % 8, 3 + h * 5 % 24);
				admitted(n++, villageCells.get(v), day, true, "vh%03d".formatted(v + 1), v);
			}
		}
		return entries;
	}

	/** The year the village head of this rank was admitted, 0 if before 2019 or never by the district. */
	private static int yearOfRank(int rank) {
		int from = VILLAGE_HEADS_BEFORE;
		for (int year = 2020; year <= 2025; year++) {
			int count = VILLAGE_HEADS_ADMITTED.get(year);
			if (rank >= from && rank < from + count) {
				return year;
			}
			from += count;
		}
		return 0;
	}

	/**
	 * {@code count} decision days of a year from month {@code first} to {@code last}, spread by the
	 * month weights, none after yesterday.
	 */
	static List<LocalDate> days(int year, int first, int last, int count, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		int weights = 0;
		for (int month = first - 1; month < last; month++) {
			weights += MONTH_WEIGHTS[month];
		}
		for (int i = 0; i < count && weights > 0; i++) {
			int slot = (int) ((long) i * weights / count);
			int month = first - 1;
			while (slot >= MONTH_WEIGHTS[month]) {
				slot -= MONTH_WEIGHTS[month++];
			}
			LocalDate day = LocalDate.of(year, month + 1, 1 + (i * 7) % 27);
			if (day.isBefore(today)) {
				days.add(day);
			}
		}
		return days;
	}

	private void official(int n, String cell, Sector sector) {
		boolean female = n % 5 == 1 || n % 5 == 3;
		int born = 1945 + n % 50;
		LocalDate joined = LocalDate.of(Math.min(born + 23 + n % 15, 2018), 1 + n % 12, 1 + n % 28);
		String id = "m%05d".formatted(n + 1);
		Person person = new Person(id, name(n * 11 + 3, female), LocalDate.of(born, 1 + (n / 12) % 12, 1 + n % 28),
				female ? "FEMALE" : "MALE", n % 17 == 0 ? "Sán Dìu" : "Kinh", Education.UPPER_SECONDARY, null,
				"Tam Dương, Vĩnh Phúc", cell, false, false, sector);
		entries.add(Entry.of(person, MemberStatus.OFFICIAL, joined,
				"Dữ liệu minh họa: tiếp nhận từ sổ đảng viên, đảng viên chính thức từ " + joined));
		mentors.putIfAbsent(cell, id);
	}

	private void villageHead(int v, MemberStatus status, LocalDate since) {
		String id = "vh%03d".formatted(v + 1);
		boolean female = v % 4 == 1;
		Person person = new Person(id, name(v * 3 + 1, female), LocalDate.of(1965 + v % 25, 1 + v % 12, 1 + v % 28),
				female ? "FEMALE" : "MALE", "Kinh", Education.UPPER_SECONDARY, "Trưởng thôn", "Tam Dương, Vĩnh Phúc",
				villageCells.get(v), false, true, Sector.OTHER);
		entries.add(Entry.of(person, status, since, status == MemberStatus.OFFICIAL
				? "Dữ liệu minh họa: trưởng thôn, đảng viên chính thức từ " + since
				: "Dữ liệu minh họa: trưởng thôn, chưa là đảng viên; trong danh sách quần chúng ưu tú"));
	}

	private void admitted(int n, String cell, LocalDate decided, boolean villageHead) {
		admitted(n, cell, decided, villageHead, "n%05d".formatted(n + 1), -1);
	}

	/** A new member of the district with the dates of the procedure, and what they are today. */
	private void admitted(int n, String cell, LocalDate decided, boolean villageHead, String id, int village) {
		int age = villageHead ? 40 + n % 12 : AGES[n % AGES.length];
		boolean female = n % 5 == 1 || n % 5 == 3 || n % 7 == 0;
		Person person = new Person(id, villageHead ? name(village * 3 + 1, village % 4 == 1) : name(n, female),
				decided.minusYears(age).minusDays(40 + n % 200), villageHead ? (village % 4 == 1 ? "FEMALE" : "MALE")
						: female ? "FEMALE" : "MALE", n % 13 == 0 ? "Sán Dìu" : n % 29 == 0 ? "Tày" : "Kinh",
				Education.UPPER_SECONDARY, villageHead ? "Trưởng thôn" : null, "Tam Dương, Vĩnh Phúc", cell,
				!villageHead && age <= 30 && n % 4 != 0, villageHead, villageHead ? Sector.OTHER : SECTORS[n % SECTORS.length]);
		entries.add(admission(person, n, decided, "HU", mentors.get(cell), today, !villageHead && n % 47 == 46));
	}

	/**
	 * The record of a person admitted on {@code decided} (ceremony three weeks later, twelve months of
	 * probation), as it stands today; a removed one left at the end of probation. {@code body} names the
	 * deciding committee in the fictional decision number: HU the district, ĐU a commune.
	 */
	static Entry admission(Person person, int n, LocalDate decided, String body, String mentor, LocalDate today, boolean removed) {
		LocalDate ceremony = decided.plusDays(21);
		LocalDate probationEnd = ceremony.plusMonths(12);
		MemberStatus status = ceremony.isAfter(today) ? MemberStatus.ADMITTED
				: probationEnd.isAfter(today) ? MemberStatus.PROBATIONARY : removed ? MemberStatus.REMOVED : MemberStatus.OFFICIAL;
		LocalDate since = switch (status) {
			case ADMITTED -> decided;
			case PROBATIONARY -> ceremony;
			default -> probationEnd;
		};
		String decision = "DEMO-%04d/QĐ-%s".formatted(n + 1, body);
		boolean sworn = status != MemberStatus.ADMITTED;
		return new Entry(person, status, since, "DEMO-CN-%05d".formatted(n + 1), decided.minusMonths(6), decision, decided,
				sworn ? ceremony : null, sworn ? probationEnd : null, status == MemberStatus.OFFICIAL ? probationEnd : null,
				sworn ? mentor : null, "Dữ liệu minh họa: kết nạp theo quyết định " + decision + " ngày " + decided
						+ (status == MemberStatus.REMOVED ? "; xóa tên khỏi danh sách đảng viên dự bị ngày " + probationEnd : ""));
	}

	static String name(int n, boolean female) {
		String given = (female ? FEMALE_GIVEN : MALE_GIVEN).get((n / 5) % 8);
		String middle = (female ? FEMALE_MIDDLE : MALE_MIDDLE).get((n / 3) % 4);
		return FAMILY.get((n / 7) % FAMILY.size()) + " " + middle + " " + given;
	}

}
