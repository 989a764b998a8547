package vn.partyadmission.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;
import vn.partyadmission.shared.NotVisible;
import vn.partyadmission.shared.PageOf;

/**
 * A person's member record with its journal, for the person, the bodies of their cell and the
 * committees above it. Anyone else gets 404: they learn nothing, not even that the person exists.
 */
@RestController
@RequestMapping("/api/members")
class MemberController {

	private final MemberRegister members;

	private final UnitScope scope;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganizationTree tree;

	MemberController(MemberRegister members, UnitScope scope, JdbcClient jdbc, Clock clock, OrganizationTree tree) {
		this.tree = tree;
		this.members = members;
		this.scope = scope;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record MemberView(Person person, MemberRecord record, NationalIdentifiers identifiers, String partyAge,
			List<MentorNote> mentorNotes, List<Discipline> disciplines, List<JournalEntry> journal) {
	}

	/** The body of PUT /api/members/{id}/identifiers: all three, a missing or blank one is cleared. */
	record IdentifiersRequest(String citizenId, String partyCardNumber, String profileNumber) {
	}

	record MemberSummary(String personId, String fullName, String cellId, MemberStatus status, LocalDate statusSince) {
	}

	/**
	 * The people of a unit's subtree and their standing, a page at a time; or, given a national-register
	 * identifier, the one person holding it if the user's units cover them (else an empty page, the
	 * same as for a number nobody holds).
	 */
	@GetMapping
	PageOf<MemberSummary> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) MemberStatus status, @RequestParam(required = false) String citizenId,
			@RequestParam(required = false) String partyCardNumber, @RequestParam(required = false) String profileNumber,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Authentication user) {
		NationalIdentifiers wanted = new NationalIdentifiers(citizenId, partyCardNumber, profileNumber);
		if (!NationalIdentifiers.NONE.equals(wanted)) {
			return byIdentifier(wanted, unit, status, page, size, user);
		}
		if (unit == null || unit.isBlank()) {
			throw new InvalidInputException("unit", "required", Messages.say("refusal.required.unit.or-identifier"));
		}
		if (!scope.mayRead(user, unit)) {
			throw new NotVisible();
		}
		List<String> units = tree.subtreeIds(unit);
		String where = " where p.cell_id in (:units)" + (status == null ? "" : " and r.status = :status");
		long total = members.count(unit, status);
		PageOf.check(page, size, total);
		List<MemberSummary> content = bind(jdbc.sql("""
				select p.id, p.full_name, p.cell_id, r.status, r.status_since
				from person p join member_record r on r.person_id = p.id""" + where
				+ " order by p.id limit :size offset :offset"), units, status)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new MemberSummary(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"),
					MemberStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class)))
			.list();
		return PageOf.of(content, page, size, total);
	}

	private PageOf<MemberSummary> byIdentifier(NationalIdentifiers wanted, String unit, MemberStatus status, int page,
			int size, Authentication user) {
		if (!wanted.formatErrors().isEmpty()) {
			throw new InvalidInputException(wanted.formatErrors());
		}
		if (unit != null && !unit.isBlank() && !scope.mayRead(user, unit)) {
			throw new NotVisible();
		}
		Optional<Person> found = Optional.empty();
		boolean first = true;
		for (Map.Entry<String, String> given : List.of(Map.entry("citizenId", nullToEmpty(wanted.citizenId())),
				Map.entry("partyCardNumber", nullToEmpty(wanted.partyCardNumber())),
				Map.entry("profileNumber", nullToEmpty(wanted.profileNumber())))) {
			if (given.getValue().isEmpty()) {
				continue;
			}
			Optional<Person> holder = members.holderOf(given.getKey(), given.getValue());
			// several identifiers given: the person must hold all of them
			found = first ? holder : found.filter(p -> holder.map(h -> h.id().equals(p.id())).orElse(false));
			first = false;
		}
		List<MemberSummary> content = found
			.filter(p -> scope.mayRead(user, p.cellId()))
			.filter(p -> unit == null || unit.isBlank() || tree.subtreeIds(unit).contains(p.cellId()))
			.flatMap(p -> members.findRecord(p.id())
				.filter(r -> status == null || r.status() == status)
				.map(r -> new MemberSummary(p.id(), p.fullName(), p.cellId(), r.status(), r.statusSince())))
			.stream()
			.toList();
		PageOf.check(page, size, content.size());
		return PageOf.of(content, page, size, content.size());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * Sets the person's national-register identifiers. For the organizing commission of a committee
	 * above the member's cell (and administrators); anyone whose units do not cover the member gets
	 * 404, as if the person did not exist.
	 */
	@PutMapping("/{personId}/identifiers")
	NationalIdentifiers setIdentifiers(@PathVariable String personId, @RequestBody IdentifiersRequest body,
			Authentication user) {
		Person person = members.findPerson(personId)
			.filter(p -> scope.mayRead(user, p.cellId()))
			.orElseThrow(() -> new NotVisible(Messages.say("not-found.member-record")));
		Set<String> groups = UnitScope.groupsOf(user);
		boolean organizing = groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)
				|| tree.lineage(person.cellId()).stream()
					.anyMatch(unit -> groups.contains(Groups.organizingCommission(unit.id())));
		if (!organizing) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Chỉ ban tổ chức của cấp ủy quản lý đảng viên này mới được sửa số định danh.");
		}
		return members.setIdentifiers(personId,
				new NationalIdentifiers(body.citizenId(), body.partyCardNumber(), body.profileNumber()), user.getName());
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, List<String> units, MemberStatus status) {
		JdbcClient.StatementSpec bound = sql.param("units", units);
		return status == null ? bound : bound.param("status", status.name());
	}

	@GetMapping("/{personId}")
	ResponseEntity<MemberView> member(@PathVariable String personId, Authentication user,
			jakarta.servlet.http.HttpServletRequest request) {
		return members.findPerson(personId)
			.filter(person -> person.id().equals(user.getName()) || scope.mayRead(user, person.cellId()))
			.map(person -> {
				MemberRecord record = members.findRecord(personId).orElseThrow();
				Period age = record.partyAge(LocalDate.now(clock));
				return ResponseEntity.ok(new MemberView(person, record, members.identifiers(personId), age.getYears() + "y" + age.getMonths() + "m",
						members.mentorNotes(personId), members.disciplines(personId), members.journal(personId)));
			})
			.orElseGet(() -> {
				// an empty 404 that names no one, marked so the audit log records the refusal
				request.setAttribute(NotVisible.REQUEST_ATTRIBUTE, "member record");
				return ResponseEntity.notFound().build();
			});
	}

}
