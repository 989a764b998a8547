package vn.partyadmission.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
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

	record MemberView(Person person, MemberRecord record, String partyAge, List<MentorNote> mentorNotes,
			List<Discipline> disciplines, List<JournalEntry> journal) {
	}

	record MemberSummary(String personId, String fullName, String cellId, MemberStatus status, LocalDate statusSince) {
	}

	/** The people of a unit's subtree and their standing, a page at a time. */
	@GetMapping
	PageOf<MemberSummary> list(@RequestParam String unit, @RequestParam(required = false) MemberStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Authentication user) {
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
				return ResponseEntity.ok(new MemberView(person, record, age.getYears() + "y" + age.getMonths() + "m",
						members.mentorNotes(personId), members.disciplines(personId), members.journal(personId)));
			})
			.orElseGet(() -> {
				// an empty 404 that names no one, marked so the audit log records the refusal
				request.setAttribute(NotVisible.REQUEST_ATTRIBUTE, "member record");
				return ResponseEntity.notFound().build();
			});
	}

}
