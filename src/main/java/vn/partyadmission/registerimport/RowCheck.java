package vn.partyadmission.registerimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.NationalIdentifiers;
import vn.partyadmission.membership.PaperStanding;
import vn.partyadmission.membership.Person;
import vn.partyadmission.membership.Sector;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;

/**
 * Checks the rows of one import, collecting every error of a row rather than the first. Remembers
 * the ids seen so far (an id repeated in the file is refused on its second line) and what it
 * learned of each cell, so ten thousand rows of one cell ask the tree once.
 */
final class RowCheck {

	static final List<String> COLUMNS = List.of("id", "full_name", "date_of_birth", "gender", "ethnicity", "education",
			"workplace", "residence", "cell_id", "youth_union_member", "village_head", "sector", "status",
			"admission_decision_date", "ceremony_date", "official_date");

	/**
	 * The national-register identifiers, optional at the end of the header: a file without them (the
	 * header before issue 15) stays valid; a file with them names all three, each cell may be empty.
	 */
	static final List<String> IDENTIFIER_COLUMNS = List.of("citizen_id", "party_card_number", "profile_number");

	static final List<String> COLUMNS_WITH_IDENTIFIERS = java.util.stream.Stream
		.concat(COLUMNS.stream(), IDENTIFIER_COLUMNS.stream())
		.toList();

	/** The API's name of each identifier column, as NationalIdentifiers names its errors. */
	private static final Map<String, String> FIELD_OF_COLUMN = Map.of("citizenId", "citizen_id", "partyCardNumber",
			"party_card_number", "profileNumber", "profile_number");

	/** Statuses a person can be taken over with: admitted on paper, or a candidate of the source list. */
	static final Set<MemberStatus> STATUSES = Set.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY,
			MemberStatus.SOURCE_CANDIDATE);

	/** For an id already given to someone; the same for every unit (issue 13, item 6). */
	static final String ID_TAKEN = "Mã này không dùng được cho người mới. Người đã có trong sổ của đơn vị đồng chí thì "
			+ "không nhập lại; nếu không, đề nghị cấp ủy cấp trên kiểm tra mã.";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** Ids of the file that are in the register already, asked once for the whole file. */
	private final Set<String> registered;

	private final OrganizationTree tree;

	private final UnitScope scope;

	private final Set<String> groups;

	private final LocalDate today;

	private final int probationMonths;

	private final Map<String, Integer> idsSeen = new HashMap<>();

	/** Cell id → why rows cannot go there, or an empty string when they can. */
	private final Map<String, String> cells = new HashMap<>();

	/** The header of the file: {@link #COLUMNS} or {@link #COLUMNS_WITH_IDENTIFIERS}. */
	private final List<String> columns;

	/** Identifier values (by API field name) the register holds already, asked once for the whole file. */
	private final Map<String, Set<String>> takenIdentifiers;

	/** Identifier values (by API field name) seen in the file so far, with their line. */
	private final Map<String, Map<String, Integer>> identifiersSeen = new HashMap<>();

	RowCheck(Set<String> registered, OrganizationTree tree, UnitScope scope, Set<String> groups, LocalDate today,
			int probationMonths) {
		this(COLUMNS, registered, Map.of(), tree, scope, groups, today, probationMonths);
	}

	RowCheck(List<String> columns, Set<String> registered, Map<String, Set<String>> takenIdentifiers,
			OrganizationTree tree, UnitScope scope, Set<String> groups, LocalDate today, int probationMonths) {
		this.columns = columns;
		this.takenIdentifiers = takenIdentifiers;
		this.registered = registered;
		this.tree = tree;
		this.scope = scope;
		this.groups = groups;
		this.today = today;
		this.probationMonths = probationMonths;
	}

	/** A row that passed: who to take over and with which standing. */
	record Member(int line, Person person, PaperStanding standing, NationalIdentifiers identifiers) {

		Member(int line, Person person, PaperStanding standing) {
			this(line, person, standing, NationalIdentifiers.NONE);
		}

	}

	/** Either a member or the errors of the row. */
	record Result(Member member, List<ImportError> errors) {
	}

	/** The ids a file's rows name, to ask the register about them at once. */
	static Set<String> ids(List<CsvReader.Row> rows) {
		return values(rows, COLUMNS, "id");
	}

	/** The non-empty values of one column of well-formed rows of a file with this header. */
	static Set<String> values(List<CsvReader.Row> rows, List<String> columns, String column) {
		int index = columns.indexOf(column);
		Set<String> values = new HashSet<>();
		rows.stream()
			.filter(r -> r.problem() == null && r.fields().size() == columns.size())
			.map(r -> r.fields().get(index).strip())
			.filter(value -> !value.isEmpty())
			.forEach(values::add);
		return values;
	}

	/** The identifier values of a file, by API field name, to ask the register about them at once. */
	static Map<String, Set<String>> identifierValues(List<CsvReader.Row> rows, List<String> columns) {
		Map<String, Set<String>> values = new HashMap<>();
		if (columns.containsAll(IDENTIFIER_COLUMNS)) {
			FIELD_OF_COLUMN.forEach((field, column) -> values.put(field, values(rows, columns, column)));
		}
		return values;
	}

	Result check(CsvReader.Row row) {
		List<ImportError> errors = new ArrayList<>();
		int line = row.line();
		if (row.problem() != null) {
			String column = row.problemField() < columns.size() ? columns.get(row.problemField()) : null;
			errors.add(new ImportError(line, column, null, "not valid CSV: " + row.problem()));
			return new Result(null, errors);
		}
		if (row.fields().size() != columns.size()) {
			int first = Math.min(row.fields().size(), columns.size() - 1);
			errors.add(new ImportError(line, columns.get(first), null, "the line has " + row.fields().size()
					+ " fields, expected " + columns.size() + " (" + String.join(",", columns) + ")"));
			return new Result(null, errors);
		}
		Fields f = new Fields(line, row.fields(), errors);

		String id = f.code("id");
		if (id != null) {
			Integer earlier = idsSeen.putIfAbsent(id, line);
			if (!ID.matcher(id).matches()) {
				f.reject("id", id, "must be 1 to 64 letters, digits, '.', '_' or '-'");
			}
			else if (earlier != null) {
				f.reject("id", id, "repeats the id of line " + earlier);
			}
			else if (registered.contains(id)) {
				// one wording wherever the id is held, in the user's units or another's: the row says
				// neither where nor who, only that the id cannot be given to a new person
				f.reject("id", id, ID_TAKEN);
			}
		}
		String fullName = f.exact("full_name");
		if (fullName != null && fullName.codePointCount(0, fullName.length()) > 200) {
			f.reject("full_name", fullName, "is longer than 200 characters");
		}
		LocalDate dateOfBirth = f.date("date_of_birth", true);
		String gender = Optional.ofNullable(f.code("gender")).map(g -> g.toUpperCase(Locale.ROOT)).orElse(null);
		if (gender != null && !gender.equals("MALE") && !gender.equals("FEMALE")) {
			f.reject("gender", gender, "must be MALE or FEMALE");
			gender = null;
		}
		String ethnicity = f.text("ethnicity", true, 60);
		Education education = f.choice("education", Education.class, true);
		String workplace = f.text("workplace", false, 200);
		String residence = f.text("residence", false, 200);
		String cellId = f.code("cell_id");
		if (cellId != null) {
			String refusal = cells.computeIfAbsent(cellId, this::refusalOf);
			if (!refusal.isEmpty()) {
				f.reject("cell_id", cellId, refusal);
			}
		}
		Boolean youthUnionMember = f.flag("youth_union_member");
		Boolean villageHead = f.flag("village_head");
		Sector sector = Optional.ofNullable(f.choice("sector", Sector.class, false)).orElse(Sector.OTHER);
		MemberStatus status = f.choice("status", MemberStatus.class, true);
		if (status != null && !STATUSES.contains(status)) {
			f.reject("status", status.name(), "must be one of OFFICIAL, PROBATIONARY, SOURCE_CANDIDATE");
			status = null;
		}
		LocalDate decision = f.date("admission_decision_date", false);
		LocalDate ceremony = f.date("ceremony_date", false);
		LocalDate official = f.date("official_date", false);
		PaperStanding standing = status == null ? null : standing(f, status, decision, ceremony, official);
		NationalIdentifiers identifiers = identifiers(f, status);

		if (!errors.isEmpty()) {
			return new Result(null, errors);
		}
		Person person = new Person(id, fullName, dateOfBirth, gender, ethnicity, education, workplace, residence, cellId,
				youthUnionMember, villageHead, sector);
		return new Result(new Member(line, person, standing, identifiers), List.of());
	}

	/**
	 * The optional identifier columns, checked as the API checks them (NationalIdentifiers): format,
	 * a Party card number only for an official member, and unique in the file and in the register.
	 * A value someone already holds is refused with the same words wherever they are, naming nobody.
	 */
	private NationalIdentifiers identifiers(Fields f, MemberStatus status) {
		if (!columns.containsAll(IDENTIFIER_COLUMNS)) {
			return NationalIdentifiers.NONE;
		}
		NationalIdentifiers ids = new NationalIdentifiers(f.raw("citizen_id"), f.raw("party_card_number"),
				f.raw("profile_number"));
		List<vn.partyadmission.shared.InvalidInputException.FieldError> refused = new ArrayList<>(ids.formatErrors());
		if (status != null) {
			refused.addAll(ids.standingErrors(status));
		}
		Set<String> wrong = new HashSet<>();
		for (var error : refused) {
			String column = FIELD_OF_COLUMN.get(error.field());
			wrong.add(column);
			f.reject(column, f.raw(column).strip(), error.message());
		}
		FIELD_OF_COLUMN.forEach((field, column) -> {
			String value = f.raw(column).strip();
			if (value.isEmpty() || wrong.contains(column)) {
				return;
			}
			Integer earlier = identifiersSeen.computeIfAbsent(field, k -> new HashMap<>()).putIfAbsent(value, f.line);
			if (earlier != null) {
				f.reject(column, value, NationalIdentifiers.nameOf(field) + " trùng với dòng " + earlier + " của tệp.");
			}
			else if (takenIdentifiers.getOrDefault(field, Set.of()).contains(value)) {
				f.reject(column, value, NationalIdentifiers.takenMessage(field));
			}
		});
		return ids;
	}

	/**
	 * The dates a status needs (domain reference: Party age counts from the admission decision;
	 * probation runs from the ceremony; official from the end of probation or the recognition).
	 */
	private PaperStanding standing(Fields f, MemberStatus status, LocalDate decision, LocalDate ceremony,
			LocalDate official) {
		switch (status) {
			case OFFICIAL -> {
				f.requireFor(status, "admission_decision_date", decision);
				f.requireFor(status, "official_date", official);
				if (decision != null && ceremony != null && ceremony.isBefore(decision)) {
					f.reject("ceremony_date", ceremony.toString(), "is before the admission decision (" + decision + ")");
				}
				if (decision != null && official != null && official.isBefore(decision)) {
					f.reject("official_date", official.toString(), "is before the admission decision (" + decision + ")");
				}
				return new PaperStanding(status, official, decision, ceremony,
						ceremony == null ? null : ceremony.plusMonths(probationMonths), official);
			}
			case PROBATIONARY -> {
				f.requireFor(status, "admission_decision_date", decision);
				f.requireFor(status, "ceremony_date", ceremony);
				if (decision != null && ceremony != null && ceremony.isBefore(decision)) {
					f.reject("ceremony_date", ceremony.toString(), "is before the admission decision (" + decision + ")");
				}
				if (official != null) {
					f.reject("official_date", official.toString(), "must be empty for a probationary member");
				}
				return new PaperStanding(status, ceremony, decision, ceremony,
						ceremony == null ? null : ceremony.plusMonths(probationMonths), null);
			}
			default -> {
				for (String column : List.of("admission_decision_date", "ceremony_date", "official_date")) {
					String given = f.raw(column);
					if (!given.isBlank()) {
						f.reject(column, given, "must be empty for a source candidate, who is not admitted yet");
					}
				}
				return new PaperStanding(status, today, null, null, null, null);
			}
		}
	}

	/**
	 * Why rows cannot go into this unit. A unit outside the user's scope reads as unknown, so an
	 * import tells nobody which units exist elsewhere.
	 */
	private String refusalOf(String cellId) {
		Optional<Organization> unit = tree.find(cellId);
		if (unit.isEmpty() || !scope.mayRead(groups, cellId)) {
			return "no Party cell with this id among the units you act for";
		}
		if (!unit.get().kind().isCell()) {
			return "is a " + unit.get().kind() + ", not a Party cell";
		}
		if (!unit.get().isValidOn(today)) {
			String successor = unit.get().successorId();
			return "the cell is not in force on " + today + (successor == null ? "" : "; its successor is '" + successor + "'");
		}
		return "";
	}

	/** The fields of one row by column name, collecting the errors of the row. */
	private final class Fields {

		private final int line;

		private final List<String> values;

		private final List<ImportError> errors;

		Fields(int line, List<String> values, List<ImportError> errors) {
			this.line = line;
			this.values = values;
			this.errors = errors;
		}

		String raw(String column) {
			return values.get(columns.indexOf(column));
		}

		void reject(String column, String value, String message) {
			errors.add(new ImportError(line, column, value, message));
		}

		/** A required code (id, enum name): surrounding spaces do not count. */
		String code(String column) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				reject(column, value, "is required");
				return null;
			}
			return value;
		}

		/** A required text kept exactly as given, every byte: names are not normalised. */
		String exact(String column) {
			String value = raw(column);
			if (value.isBlank()) {
				reject(column, value, "is required");
				return null;
			}
			return value;
		}

		String text(String column, boolean required, int maxLength) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				if (required) {
					reject(column, value, "is required");
				}
				return null;
			}
			if (value.codePointCount(0, value.length()) > maxLength) {
				reject(column, value, "is longer than " + maxLength + " characters");
				return null;
			}
			return value;
		}

		/** An ISO date (yyyy-MM-dd) that has already happened. */
		LocalDate date(String column, boolean required) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				if (required) {
					reject(column, value, "is required");
				}
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.isAfter(today)) {
					reject(column, value, "cannot be after today (" + today + ")");
					return null;
				}
				return date;
			}
			catch (DateTimeParseException e) {
				reject(column, value, "must be a date as yyyy-MM-dd");
				return null;
			}
		}

		void requireFor(MemberStatus status, String column, LocalDate date) {
			if (date == null && raw(column).isBlank()) {
				reject(column, "", "is required for a " + status + " member");
			}
		}

		Boolean flag(String column) {
			String value = raw(column).strip();
			if (value.isEmpty() || value.equalsIgnoreCase("false")) {
				return false;
			}
			if (value.equalsIgnoreCase("true")) {
				return true;
			}
			reject(column, value, "must be true, false or empty");
			return false;
		}

		<E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				if (required) {
					reject(column, value, "is required");
				}
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				reject(column, value, "must be one of " + Arrays.toString(type.getEnumConstants()));
				return null;
			}
		}

	}

}
