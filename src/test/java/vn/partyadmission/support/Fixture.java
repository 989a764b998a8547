package vn.partyadmission.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;

/**
 * A fresh small tree per test, under a unique prefix, so tests share one Spring context and one
 * database without seeing each other's data:
 *
 * <pre>
 * province (its standing committee hears missed deadlines of the commune)
 * └── commune (competent committee, 9 members)
 * ├── gr (grassroots committee, 9 members)
 * │   ├── c1  cell: officials o1..o5, candidate "cand"
 * │   ├── c2  cell: official o6, candidate "other"
 * │   └── im (intermediate committee, 9 members)
 * │       └── c1  cell: officials im1, im2, candidate "imcand"
 * └── gc (grassroots cell): officials gc1, gc2, candidate "gccand"
 * </pre>
 */
@Component
public class Fixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final OrganizationTree tree;

	private final MemberRegister members;

	private final MutableClock clock;

	public Fixture(OrganizationTree tree, MemberRegister members, MutableClock clock) {
		this.tree = tree;
		this.members = members;
		this.clock = clock;
	}

	/** A fresh tree; the clock is set back to {@link TestClockConfiguration#TODAY}, where every test starts. */
	public Units create() {
		clock.set(TestClockConfiguration.TODAY);
		String p = "t" + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
		Units u = new Units(p);
		LocalDate from = LocalDate.of(2025, 7, 1);
		tree.add(new Organization(u.province, "Đảng bộ tỉnh", OrganizationKind.PROVINCE_COMMITTEE, null, from, null, null,
				null, false));
		tree.add(new Organization(u.commune, "Đảng bộ xã Thử Nghiệm", OrganizationKind.COMMUNE_COMMITTEE, u.province, from,
				null, u.commune, null, false));
		tree.add(new Organization(u.grassroots, "Đảng bộ cơ sở", OrganizationKind.GRASSROOTS_COMMITTEE, u.commune, from,
				null, null, null, false));
		tree.add(new Organization(u.cell, "Chi bộ thôn Đông", OrganizationKind.CELL, u.grassroots, from, null, null, null,
				false));
		tree.add(new Organization(u.otherCell, "Chi bộ thôn Đoài", OrganizationKind.CELL, u.grassroots, from, null, null,
				null, false));
		tree.add(new Organization(u.intermediate, "Đảng ủy bộ phận", OrganizationKind.INTERMEDIATE_COMMITTEE, u.grassroots,
				from, null, null, null, false));
		tree.add(new Organization(u.intermediateCell, "Chi bộ khối văn phòng", OrganizationKind.CELL, u.intermediate, from,
				null, null, null, false));
		tree.add(new Organization(u.grassrootsCell, "Chi bộ Trường THPT", OrganizationKind.GRASSROOTS_CELL, u.commune,
				from, null, null, null, false));
		// the committees' size, the base of their votes: 9, as the tests' 8-KNĐ and 15-KNĐ votes say
		for (String committee : List.of(u.commune, u.grassroots, u.intermediate)) {
			tree.recordCommitteeSize(committee, from, 9);
		}
		for (int i = 1; i <= 5; i++) {
			official(u.id("o" + i), u.cell);
		}
		official(u.id("o6"), u.otherCell);
		official(u.id("im1"), u.intermediateCell);
		official(u.id("im2"), u.intermediateCell);
		official(u.id("gc1"), u.grassrootsCell);
		official(u.id("gc2"), u.grassrootsCell);
		candidate(u.id("cand"), "Nguyễn Thị Thu Hường", LocalDate.of(2000, 1, 15), u.cell);
		candidate(u.id("other"), "Trần Văn Đức", LocalDate.of(1999, 5, 5), u.otherCell);
		candidate(u.id("imcand"), "Lê Ngọc Ánh", LocalDate.of(1998, 8, 20), u.intermediateCell);
		candidate(u.id("gccand"), "Phạm Quốc Trường", LocalDate.of(1997, 11, 2), u.grassrootsCell);
		return u;
	}

	public void candidate(String id, String name, LocalDate born, String cellId) {
		candidate(id, name, born, cellId, Education.UPPER_SECONDARY);
	}

	public void candidate(String id, String name, LocalDate born, String cellId, Education education) {
		candidate(new Person(id, name, born, "FEMALE", "Kinh", education, "Trường Tiểu học", "Thôn Đông", cellId, false));
	}

	/**
	 * A person of the source list as given: a Youth Union member of youth age, say, whom only the
	 * Youth Union may introduce (introduction.dmn); the plain candidates above are not members.
	 */
	public void candidate(Person person) {
		members.register(person, MemberStatus.SOURCE_CANDIDATE, LocalDate.of(2025, 1, 10),
				new Change(null, null, "test", "Added to the source list", null));
	}

	public void official(String id, String cellId) {
		official(id, cellId, LocalDate.of(2005, 5, 19));
	}

	/** An official member since the given day: the register counts them in votes from that day on. */
	public void official(String id, String cellId, LocalDate since) {
		members.register(new Person(id, "Đảng viên " + id, LocalDate.of(1975, 4, 30), "MALE", "Kinh",
				Education.HIGHER, "UBND xã", "Thôn Đông", cellId, false), MemberStatus.OFFICIAL, since,
				new Change(null, null, "test", "Official member", null));
	}

	public static final class Units {

		public final String prefix;

		public final String province;

		public final String commune;

		public final String grassroots;

		public final String cell;

		public final String otherCell;

		public final String intermediate;

		public final String intermediateCell;

		public final String grassrootsCell;

		Units(String p) {
			this.prefix = p;
			this.province = p + ".province";
			this.commune = p + ".commune";
			this.grassroots = p + ".gr";
			this.cell = p + ".gr.c1";
			this.otherCell = p + ".gr.c2";
			this.intermediate = p + ".gr.im";
			this.intermediateCell = p + ".gr.im.c1";
			this.grassrootsCell = p + ".gc";
		}

		public String id(String local) {
			return prefix + "-" + local;
		}

		/** Start values for a case of "cand" in cell c1, introduced by o1 and o2. */
		public Map<String, Object> startValues() {
			return startValues(id("cand"), cell, id("o1"), id("o2"));
		}

		public Map<String, Object> startValues(String personId, String cellId, String introducer1, String introducer2) {
			Map<String, Object> values = new HashMap<>();
			values.put("personId", personId);
			values.put("cellId", cellId);
			values.put("introductionPath", "TWO_MEMBERS");
			values.put("introducer1Id", introducer1);
			values.put("introducer1Relation", "WORK");
			values.put("introducer1Since", "2020-01-01");
			values.put("introducer2Id", introducer2);
			values.put("introducer2Relation", "RESIDENCE");
			values.put("introducer2Since", "2019-06-01");
			return values;
		}

	}

}
