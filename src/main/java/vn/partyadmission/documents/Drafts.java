package vn.partyadmission.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;

/**
 * The values a template is filled with: what the step recorded, and what the case record, the
 * member register and the organization tree say now (a correction re-reads them).
 */
@Component
class Drafts {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final String PLACE_PREFIX = "^(Đảng bộ|Đảng ủy|Chi bộ)\\s+(xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu)?\\s*";

	private final AdmissionCases cases;

	private final MemberRegister members;

	private final OrganizationTree tree;

	Drafts(AdmissionCases cases, MemberRegister members, OrganizationTree tree) {
		this.cases = cases;
		this.members = members;
		this.tree = tree;
	}

	/** What is fixed of a document before it is filled: the step's record of it. */
	record Issue(Kind kind, String caseId, String personId, String number, LocalDate date, String issuingBodyId,
			Map<String, String> facts) {
	}

	Map<String, String> values(Issue issue) {
		AdmissionCase c = cases.find(issue.caseId()).orElseThrow();
		Person person = members.findPerson(issue.personId()).orElseThrow();
		Organization issuer = unit(issue.issuingBodyId());
		Organization cell = unit(person.cellId());
		Map<String, String> v = new HashMap<>(issue.facts());
		v.put("title", issue.kind().title);
		v.put("formCode", issue.kind().code);
		v.put("superior", issuer.parentId() == null ? "" : upper(unit(issuer.parentId()).name()));
		v.put("issuer", upper(body(issuer)));
		v.put("issuerName", body(issuer));
		v.put("superiorName", issuer.parentId() == null ? "" : body(unit(issuer.parentId())));
		v.put("votesForPercent", percent(issue.facts().get("votesFor"), issue.facts().get("baseMembers")));
		v.put("number", issue.number());
		v.put("placeAndDate", VietnameseDates.placeAndDate(place(unit(c.competentCommitteeId())), issue.date()));
		v.put("dateWritten", VietnameseDates.written(issue.date()));
		v.put("dateWrittenAtStart", "N" + VietnameseDates.written(issue.date()).substring(1));
		v.put("personName", person.fullName());
		v.put("personNameUpper", upper(person.fullName()));
		v.put("gender", "FEMALE".equals(person.gender()) ? "Nữ" : "Nam");
		v.put("dateOfBirth", person.dateOfBirth() == null ? "" : VietnameseDates.numeric(person.dateOfBirth()));
		v.put("ethnicity", nullToEmpty(person.ethnicity()));
		v.put("residence", nullToEmpty(person.residence()));
		v.put("workplace", nullToEmpty(person.workplace()));
		v.put("cellName", cell.name());
		v.put("competentBody", body(unit(c.competentCommitteeId())));
		// probation documents cite the admission and the probation as the register holds them
		MemberRecord record = members.findRecord(issue.personId()).orElseThrow();
		v.put("admissionDecisionNumber", nullToEmpty(record.admissionDecisionNumber()));
		v.put("admissionDecisionDate", written(record.admissionDecisionDate()));
		v.put("ceremonyDate", written(record.ceremonyDate()));
		v.put("probationEndDate", written(record.probationEndDate()));
		v.put("proposalText", "REMOVE".equals(issue.facts().get("proposal"))
				? "xóa tên đồng chí " + person.fullName() + " trong danh sách đảng viên dự bị"
				: "công nhận đồng chí " + person.fullName() + " là đảng viên chính thức");
		v.putIfAbsent("reason", "");
		v.put("ceremonyPlace", place(unit(c.competentCommitteeId())));
		v.putIfAbsent("mentorName", "");
		List<JournalEntry> journal = members.journalOfCase(issue.caseId());
		v.put("cellResolutionClause", resolution(journal, "6-KNĐ").map(e -> "- Xét Nghị quyết số " + e.document().number()
				+ ", " + VietnameseDates.written(e.document().date()) + " của " + cell.name()
				+ " đề nghị kết nạp đảng viên;").orElse(""));
		String grassroots = tree.grassrootsOf(c.cellId());
		v.put("grassrootsResolutionClause", resolution(journal, "8-KNĐ").map(e -> "- Xét Nghị quyết số "
				+ e.document().number() + ", " + VietnameseDates.written(e.document().date()) + " của "
				+ body(unit(grassroots)) + " đề nghị kết nạp đảng viên;")
			.orElse(""));
		return v;
	}

	/** The latest passed resolution of that form in the case's journal. */
	private static Optional<JournalEntry> resolution(List<JournalEntry> journal, String code) {
		return journal.stream()
			.filter(e -> e.document() != null && code.equals(e.document().code()) && e.document().number() != null)
			.reduce((first, second) -> second);
	}

	private Organization unit(String id) {
		return tree.find(id).orElseThrow(() -> new IllegalStateException("no unit " + id));
	}

	/** The body that signs for a unit: a committee (đảng ủy) for a đảng bộ, the cell itself for a cell. */
	static String body(Organization unit) {
		return unit.kind().isCell() ? unit.name() : unit.name().replaceFirst("^Đảng bộ", "Đảng ủy");
	}

	/** "Đảng bộ xã Tam Dương" is in Tam Dương: the place of the date line. */
	static String place(Organization competent) {
		String place = competent.name().replaceFirst(PLACE_PREFIX, "");
		return place.isBlank() ? competent.name() : place;
	}

	static String upper(String text) {
		return text.toUpperCase(VI);
	}

	/** "66,67" of "2" in "3": the share of the base, as Vietnamese write decimals. */
	static String percent(String votes, String base) {
		if (votes == null || base == null || Integer.parseInt(base) == 0) {
			return "";
		}
		String p = String.format(Locale.ROOT, "%.2f", 100.0 * Integer.parseInt(votes) / Integer.parseInt(base));
		return p.replaceFirst("\\.00$", "").replace('.', ',');
	}

	private static String written(LocalDate date) {
		return date == null ? "" : VietnameseDates.written(date);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
