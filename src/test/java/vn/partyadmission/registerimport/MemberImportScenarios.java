package vn.partyadmission.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Sector;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.Tally;
import vn.partyadmission.organization.UnitTallies;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;

/**
 * Imports of members taken over from paper, through the service as the API calls it. Run against
 * H2 and against a real PostgreSQL by the two subclasses.
 */
abstract class MemberImportScenarios {

	static final String HEADER = String.join(",", RowCheck.COLUMNS);

	static final Set<String> ADMIN = Set.of("camunda-admin");

	@Autowired
	MemberImports imports;

	@Autowired
	MemberRegister members;

	@Autowired
	Fixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberImportRepository repository;

	@Autowired
	AbandonedImports abandoned;

	@Autowired
	Clock clock;

	@Autowired
	UnitTallies tallies;

	@Autowired
	List<Tally> tallyTables;

	Units u;

	@BeforeEach
	void setUp() {
		u = fixture.create();
	}

	abstract String database();

	@Test
	void importOf10000Members_takesEveryoneOverInOneGo_withOneJournalLineEach() {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		String[] family = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô" };
		String[] middle = { "Văn", "Thị", "Hữu", "Ngọc", "Quốc", "Thu", "Minh", "Đức" };
		String[] given = { "Ánh", "Phước", "Hường", "Dũng", "Nguyệt", "Trường", "Lan", "Khải", "Yến", "Tuấn", "Ỷ" };
		for (int i = 0; i < 10_000; i++) {
			String name = family[i % family.length] + " " + middle[i % middle.length] + " " + given[i % given.length];
			csv.append(switch (i % 3) {
				case 0 -> official(u.id("m" + i), name, u.cell);
				case 1 -> probationary(u.id("m" + i), name, u.cell);
				default -> candidate(u.id("m" + i), name, u.cell);
			}).append('\n');
		}

		long started = System.nanoTime();
		MemberImport done = run(csv.toString(), false, false, ADMIN);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf(Locale.ROOT, "Imported %d members in %.1f s (%s)%n", done.importedRows(), took.toMillis() / 1000.0,
				database());

		assertThat(done.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(done).extracting(MemberImport::totalRows, MemberImport::processedRows, MemberImport::validRows,
				MemberImport::invalidRows, MemberImport::importedRows).containsExactly(10_000, 10_000, 10_000, 0, 10_000);
		assertThat(count("select count(*) from person where cell_id = ? and id like ?", u.cell, u.prefix + "-m%"))
			.isEqualTo(10_000);
		assertThat(count("select count(*) from member_journal where change = ?",
				"Tiếp nhận từ sổ đảng viên giấy, lần nhập " + done.importId())).isEqualTo(10_000);
		assertThat(count("select count(distinct person_id) from member_journal where change = ?",
				"Tiếp nhận từ sổ đảng viên giấy, lần nhập " + done.importId())).isEqualTo(10_000);
		assertThat(members.findPerson(u.id("m9999")).orElseThrow().fullName()).isEqualTo("Phạm Đức Ánh");
		// the tallies the reports and GET /api/members read took the 10,000 over in the same transaction
		List<String> units = List.of(u.province, u.commune, u.grassroots, u.cell);
		for (Tally t : tallyTables) {
			assertThat(tallies.counted(t, units)).as(t.table()).isEqualTo(tallies.recounted(t, units));
		}
		assertThat(members.count(u.commune, null)).isEqualTo(10_000 + 14);
	}

	@Test
	void importWhoseNodeDied_isMarkedFailedByAnyNode_andCanNeverFinishLater() {
		Instant now = clock.instant();
		String dead = u.id("import-dead");
		String alive = u.id("import-alive");
		repository.create(dead, false, false, "tester", now.minus(Duration.ofMinutes(11)));
		repository.create(alive, false, false, "tester", now.minus(Duration.ofMinutes(2)));

		assertThat(abandoned.giveUpAbandoned()).isGreaterThanOrEqualTo(1);

		assertThat(imports.find(dead)).satisfies(i -> {
			assertThat(i.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(i.failure()).isEqualTo(AbandonedImports.FAILURE);
		});
		assertThat(imports.find(alive).status()).isEqualTo(ImportStatus.RUNNING);
		// the worker of a given-up import neither starts it nor commits its result
		assertThat(repository.claim(dead, now)).isFalse();
		assertThat(repository.finish(dead, ImportStatus.IMPORTED, 5, now)).isFalse();
		assertThat(imports.find(dead).status()).isEqualTo(ImportStatus.FAILED);
		repository.fail(alive, "test over", now);
	}

	@Test
	void takenOverMembers_keepTheirPaperDates_probationEndsTwelveMonthsAfterTheCeremony() {
		MemberImport done = run(HEADER + "\n" + official(u.id("a"), "Nguyễn Văn An", u.cell) + "\n"
				+ probationary(u.id("b"), "Trần Thị Bình", u.cell) + "\n" + candidate(u.id("c"), "Lê Văn Cường", u.cell),
				false, false, Set.of(Groups.cellSecretary(u.cell)));

		assertThat(done.status()).isEqualTo(ImportStatus.IMPORTED);
		MemberRecord a = members.findRecord(u.id("a")).orElseThrow();
		assertThat(a.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(a.statusSince()).isEqualTo(LocalDate.of(2006, 6, 1));
		assertThat(a.admissionDecisionDate()).isEqualTo(LocalDate.of(2005, 5, 19));
		assertThat(a.officialDate()).isEqualTo(LocalDate.of(2006, 6, 1));
		MemberRecord b = members.findRecord(u.id("b")).orElseThrow();
		assertThat(b.status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(b.ceremonyDate()).isEqualTo(LocalDate.of(2025, 9, 2));
		assertThat(b.probationEndDate()).isEqualTo(LocalDate.of(2026, 9, 2));
		assertThat(members.findRecord(u.id("c")).orElseThrow().status()).isEqualTo(MemberStatus.SOURCE_CANDIDATE);
		assertThat(members.findPerson(u.id("a")).orElseThrow().sector()).isEqualTo(Sector.STATE_AGENCY);
		List<JournalEntry> journal = members.journal(u.id("b"));
		assertThat(journal).singleElement().satisfies(line -> {
			assertThat(line.change()).isEqualTo("Tiếp nhận từ sổ đảng viên giấy, lần nhập " + done.importId());
			assertThat(line.actor()).isEqualTo("tester");
			assertThat(line.toStatus()).isEqualTo(MemberStatus.PROBATIONARY);
		});
	}

	@Test
	void dryRun_checksAndCountsEveryRow_andImportsNothing() {
		MemberImport done = run(HEADER + "\n" + official(u.id("a"), "Nguyễn Văn An", u.cell) + "\n"
				+ candidate(u.id("b"), "Trần Thị Bình", u.cell), true, false, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(done).extracting(MemberImport::totalRows, MemberImport::validRows, MemberImport::invalidRows,
				MemberImport::importedRows).containsExactly(2, 2, 0, 0);
		assertThat(members.findPerson(u.id("a"))).isEmpty();
		assertThat(members.findPerson(u.id("b"))).isEmpty();
	}

	@Test
	void badRows_importNothing_andTheReportNamesTheLineAndTheColumn() {
		MemberImport done = run(fileWithTwoBadRows(), false, false, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(done).extracting(MemberImport::validRows, MemberImport::invalidRows, MemberImport::importedRows)
			.containsExactly(3, 2, 0);
		assertThat(imports.errors(done.importId(), 0, 100)).extracting(ImportError::line, ImportError::column,
				ImportError::value)
			.containsExactly(tuple(3, "date_of_birth", "1980-13-45"), tuple(5, "cell_id", u.prefix + ".nowhere"));
		assertThat(members.findPerson(u.id("a"))).isEmpty();
	}

	@Test
	void badRows_withImportValidRows_importTheValidRows_andReportTheBadOnes() {
		MemberImport done = run(fileWithTwoBadRows(), false, true, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(done).extracting(MemberImport::validRows, MemberImport::invalidRows, MemberImport::importedRows)
			.containsExactly(3, 2, 3);
		assertThat(imports.countErrors(done.importId())).isEqualTo(2);
		assertThat(members.findPerson(u.id("a"))).isPresent();
		assertThat(members.findPerson(u.id("b"))).isEmpty();
		assertThat(members.findPerson(u.id("c"))).isPresent();
		assertThat(members.findPerson(u.id("d"))).isEmpty();
		assertThat(members.findPerson(u.id("e"))).isPresent();
	}

	@Test
	void everyErrorOfARowIsReported_andQuotedFieldsKeepTheirCommasAndQuotes() {
		String quoted = String.join(",", u.id("q"), "\"Lê, Thị \"\"Hoa\"\"\"", "1990-01-01", "FEMALE", "Tày", "HIGHER",
				"\"Công ty TNHH \"\"Hợp Hòa\"\", chi nhánh 2\"", "\"Thôn Đông,\nxóm 3\"", u.cell, "true", "", "PRIVATE_ENTERPRISE",
				"SOURCE_CANDIDATE", "", "", "");
		String bad = String.join(",", u.id("q"), " ", "2030-01-01", "X", "", "MASTER", "", "", u.grassroots, "yes", "",
				"SPACE", "OFFICIAL", "", "2025-01-01", "");
		String probationWithOfficialDate = String.join(",", u.id("p"), "Phạm Văn Phú", "1990-01-01", "MALE", "Kinh",
				"HIGHER", "", "", u.cell, "", "", "", "PROBATIONARY", "2025-01-01", "2024-12-01", "2025-06-01");
		String admitted = String.join(",", u.id("r"), "Hồ Văn Rạng", "1990-01-01", "MALE", "Kinh", "HIGHER", "", "",
				u.cell, "", "", "", "ADMITTED", "", "", "");
		String shortLine = u.id("s") + ",Bùi Văn Sáu";

		MemberImport done = run(HEADER + "\n" + quoted + "\n" + bad + "\n" + probationWithOfficialDate + "\n" + admitted
				+ "\n" + shortLine + "\n", false, false, ADMIN);

		assertThat(done.invalidRows()).isEqualTo(4);
		List<ImportError> errors = imports.errors(done.importId(), 0, 100);
		// the quoted address spans lines 2 and 3, so the next row starts on line 4
		assertThat(errors).filteredOn(e -> e.line() == 4).extracting(ImportError::column).containsExactly("id",
				"full_name", "date_of_birth", "gender", "ethnicity", "education", "cell_id", "youth_union_member",
				"sector", "admission_decision_date", "official_date");
		assertThat(errors).filteredOn(e -> e.line() == 4 && e.column().equals("id")).singleElement()
			.extracting(ImportError::message).isEqualTo("repeats the id of line 2");
		assertThat(errors).filteredOn(e -> e.line() == 5).extracting(ImportError::column)
			.containsExactly("ceremony_date", "official_date");
		assertThat(errors).filteredOn(e -> e.line() == 6).extracting(ImportError::column).containsExactly("status");
		assertThat(errors).filteredOn(e -> e.line() == 7).extracting(ImportError::column, ImportError::message)
			.containsExactly(tuple("date_of_birth", "the line has 2 fields, expected 16 (" + HEADER + ")"));
		assertThat(errors).noneMatch(e -> e.line() == 2);

		MemberImport valid = run(HEADER + "\n" + quoted + "\n", false, false, ADMIN);
		assertThat(valid.status()).isEqualTo(ImportStatus.IMPORTED);
		var person = members.findPerson(u.id("q")).orElseThrow();
		assertThat(person.fullName()).isEqualTo("Lê, Thị \"Hoa\"");
		assertThat(person.workplace()).isEqualTo("Công ty TNHH \"Hợp Hòa\", chi nhánh 2");
		assertThat(person.residence()).isEqualTo("Thôn Đông,\nxóm 3");
		assertThat(person.youthUnionMember()).isTrue();
	}

	@Test
	void utf8WithAndWithoutBom_keepsEveryVietnameseDiacriticByteForByte() {
		List<String> names = List.of("Nguyễn Thị Ngọc Ánh", "Đặng Hữu Phước", "Lưu Ỷ Lan",
				"ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư á à ả ã ạ ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ é è ẻ ẽ ẹ ế ề ể ễ ệ í ì ỉ ĩ ị "
						+ "ó ò ỏ õ ọ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ú ù ủ ũ ụ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ",
				// decomposed (NFD) as some systems write it: kept as given, not normalised
				"Nguye\u0302\u0303n Va\u0306n");
		for (boolean bom : new boolean[] { true, false }) {
			StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
			for (int i = 0; i < names.size(); i++) {
				csv.append(candidate(u.id((bom ? "bom" : "plain") + i), names.get(i), u.cell)).append("\r\n");
			}
			byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
			byte[] file = bom ? concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text) : text;

			MemberImport done = await(imports.start(file, new MemberImports.Request(false, false, "tester", ADMIN)));

			assertThat(done.status()).as("BOM %s", bom).isEqualTo(ImportStatus.IMPORTED);
			for (int i = 0; i < names.size(); i++) {
				String stored = jdbc.sql("select full_name from person where id = ?")
					.param(u.id((bom ? "bom" : "plain") + i)).query(String.class).single();
				assertThat(stored.getBytes(StandardCharsets.UTF_8)).as(names.get(i))
					.isEqualTo(names.get(i).getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void wrongHeader_isRefused_namingTheExpectedAndTheFoundColumns() {
		String header = HEADER.replace("full_name,date_of_birth", "name,dob");
		MemberImport done = run(header + "\n" + candidate(u.id("a"), "Lê Văn An", u.cell), false, true, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.REFUSED);
		assertThat(imports.errors(done.importId(), 0, 10)).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(1);
			assertThat(e.column()).isEqualTo("full_name");
			assertThat(e.message()).contains("expected the columns " + HEADER).contains("found " + header);
		});
		assertThat(members.findPerson(u.id("a"))).isEmpty();
	}

	@Test
	void windowsEncodedFile_isRefusedAsNotUtf8_namingTheFirstBadLine() {
		String csv = HEADER + "\n" + String.join(",", u.id("a"), "Le Van An", "1990-01-01", "MALE", "Kinh", "HIGHER", "", "",
				u.cell, "", "", "", "SOURCE_CANDIDATE", "", "", "") + "\n" + candidate(u.id("b"), "Hà Thị Ánh", u.cell) + "\n";
		byte[] cp1252 = csv.getBytes(Charset.forName("windows-1252"));

		MemberImport done = await(imports.start(cp1252, new MemberImports.Request(false, true, "tester", ADMIN)));

		assertThat(done.status()).isEqualTo(ImportStatus.REFUSED);
		assertThat(imports.errors(done.importId(), 0, 10)).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.message()).contains("not UTF-8");
		});
		assertThat(members.findPerson(u.id("a"))).isEmpty();
	}

	@Test
	void emptyFile_orAHeaderWithoutRows_isRefused() {
		assertThat(run("", false, false, ADMIN).status()).isEqualTo(ImportStatus.REFUSED);
		MemberImport headerOnly = run(HEADER + "\n", false, false, ADMIN);
		assertThat(headerOnly.status()).isEqualTo(ImportStatus.REFUSED);
		assertThat(imports.errors(headerOnly.importId(), 0, 10)).extracting(ImportError::message)
			.containsExactly("the file has a header and no member rows");
	}

	@Test
	void rowsForACellOutsideTheUsersUnits_areRefused_andPlainMembersMayNotImport() {
		Set<String> otherCellSecretary = Set.of(Groups.cellSecretary(u.otherCell));
		MemberImport done = run(HEADER + "\n" + candidate(u.id("a"), "Lê Văn An", u.cell) + "\n"
				+ candidate(u.id("b"), "Lê Văn Bình", u.otherCell), false, false, otherCellSecretary);

		assertThat(done.status()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(imports.errors(done.importId(), 0, 10)).extracting(ImportError::line, ImportError::column)
			.containsExactly(tuple(2, "cell_id"));
		assertThat(imports.mayImport(Set.of(u.cell + ".members"))).isFalse();
		assertThat(imports.mayImport(otherCellSecretary)).isTrue();
		assertThat(imports.mayImport(ADMIN)).isTrue();
	}

	@Test
	void dryRunOfAnotherUnit_saysOfATakenIdOnlyThatItCannotBeUsed_notWhereOrWhoHoldsIt() {
		Set<String> otherCellSecretary = Set.of(Groups.cellSecretary(u.otherCell));
		// o1 is an official member of c1, outside this user's units; o6 is of the user's own cell c2
		MemberImport done = run(HEADER + "\n" + candidate(u.id("o1"), "Lê Văn An", u.otherCell) + "\n"
				+ candidate(u.id("o6"), "Lê Văn Bình", u.otherCell) + "\n" + candidate(u.id("new"), "Lê Văn Cường", u.otherCell),
				true, false, otherCellSecretary);

		List<ImportError> errors = imports.errors(done.importId(), 0, 10);
		assertThat(errors).extracting(ImportError::line, ImportError::column, ImportError::message)
			.containsExactly(tuple(2, "id", RowCheck.ID_TAKEN), tuple(3, "id", RowCheck.ID_TAKEN));
		assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain(u.cell).doesNotContain("OFFICIAL")
			.doesNotContain("register"));
		assertThat(done).extracting(MemberImport::validRows, MemberImport::invalidRows).containsExactly(1, 2);
	}

	@Test
	void fileWithTheIdentifierColumns_takesThemOver_checkedAsTheApiChecksThem() {
		String headed = String.join(",", RowCheck.COLUMNS_WITH_IDENTIFIERS);
		long n = System.nanoTime() % 100_000_000L;
		String citizen = "036" + String.format("%09d", n);
		String card = String.format("%08d", n);
		String profile = String.format("%07d", n);
		members.setIdentifiers(u.id("o6"), new vn.partyadmission.membership.NationalIdentifiers(
				"037" + String.format("%09d", n), null, null), "tester");
		String csv = headed + "\n"
				+ official(u.id("a"), "Nguyễn Văn An", u.cell) + "," + citizen + "," + card + "," + profile + "\n"
				+ candidate(u.id("b"), "Lê Thị Bình", u.cell) + ",,," + "\n"
				+ probationary(u.id("c"), "Trần Văn Cường", u.cell) + ",," + String.format("%08d", n + 1) + ",\n"
				+ candidate(u.id("d"), "Phạm Thị Dung", u.cell) + ",12345678901,,\n"
				+ official(u.id("e"), "Võ Văn Em", u.cell) + "," + citizen + ",,\n"
				+ candidate(u.id("f"), "Hồ Thị Phương", u.cell) + ",037" + String.format("%09d", n) + ",,\n";

		MemberImport done = run(csv, false, true, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(done.importedRows()).isEqualTo(2);
		assertThat(members.identifiers(u.id("a")))
			.isEqualTo(new vn.partyadmission.membership.NationalIdentifiers(citizen, card, profile));
		assertThat(members.identifiers(u.id("b"))).isEqualTo(vn.partyadmission.membership.NationalIdentifiers.NONE);
		assertThat(imports.errors(done.importId(), 0, 10)).extracting(ImportError::line, ImportError::column)
			.containsExactly(tuple(4, "party_card_number"), tuple(5, "citizen_id"), tuple(6, "citizen_id"),
					tuple(7, "citizen_id"));
		assertThat(imports.errors(done.importId(), 0, 10).get(3).message())
			.isEqualTo(vn.partyadmission.membership.NationalIdentifiers.takenMessage("citizenId"))
			.doesNotContain(u.id("o6"));
		assertThat(members.findPerson(u.id("c"))).isEmpty();
	}

	@Test
	void fileWithoutTheIdentifierColumns_staysValid_andSetsNone() {
		MemberImport done = run(HEADER + "\n" + official(u.id("a"), "Nguyễn Văn An", u.cell) + "\n", false, false, ADMIN);

		assertThat(done.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(members.identifiers(u.id("a"))).isEqualTo(vn.partyadmission.membership.NationalIdentifiers.NONE);
	}

	// ---- files and rows

	private String fileWithTwoBadRows() {
		return HEADER + "\n" + official(u.id("a"), "Nguyễn Văn An", u.cell) + "\n"
				+ official(u.id("b"), "Trần Văn Bảo", u.cell).replace("1980-05-19", "1980-13-45") + "\n"
				+ candidate(u.id("c"), "Lê Thị Cúc", u.cell) + "\n" + candidate(u.id("d"), "Phạm Văn Dũng", u.prefix + ".nowhere")
				+ "\n" + probationary(u.id("e"), "Võ Thị Én", u.cell) + "\n";
	}

	static String official(String id, String name, String cellId) {
		return String.join(",", id, name, "1980-05-19", "MALE", "Kinh", "HIGHER", "UBND xã", "Thôn Đông", cellId, "false",
				"false", "STATE_AGENCY", "OFFICIAL", "2005-05-19", "2005-06-01", "2006-06-01");
	}

	static String probationary(String id, String name, String cellId) {
		return String.join(",", id, name, "1998-02-14", "FEMALE", "Kinh", "UPPER_SECONDARY", "Hợp tác xã", "Thôn Đoài",
				cellId, "true", "false", "COOPERATIVE", "PROBATIONARY", "2025-08-20", "2025-09-02", "");
	}

	static String candidate(String id, String name, String cellId) {
		return String.join(",", id, name, "2000-10-10", "FEMALE", "Mường", "LOWER_SECONDARY", "", "Xóm Bến", cellId, "",
				"", "FARMER", "SOURCE_CANDIDATE", "", "", "");
	}

	private MemberImport run(String csv, boolean dryRun, boolean importValidRows, Set<String> groups) {
		return await(imports.start(csv.getBytes(StandardCharsets.UTF_8),
				new MemberImports.Request(dryRun, importValidRows, "tester", groups)));
	}

	/** Polls as a client would, until the background import is done. */
	private MemberImport await(MemberImport started) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		MemberImport current = started;
		while (!current.finished()) {
			assertThat(System.nanoTime()).as("import still running after 3 minutes").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			current = imports.find(started.importId());
		}
		return current;
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
