package vn.partyadmission.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.UnitScope;

/**
 * A person's member record with its journal, for the person, the bodies of their cell and the
 * committees above it. Anyone else gets 404: they learn nothing, not even that the person exists.
 */
@RestController
@RequestMapping("/api/members")
class MemberController {

	private final MemberRegister members;

	private final UnitScope scope;

	private final Clock clock;

	MemberController(MemberRegister members, UnitScope scope, Clock clock) {
		this.members = members;
		this.scope = scope;
		this.clock = clock;
	}

	record MemberView(Person person, MemberRecord record, String partyAge, List<MentorNote> mentorNotes,
			List<Discipline> disciplines, List<JournalEntry> journal) {
	}

	@GetMapping("/{personId}")
	ResponseEntity<MemberView> member(@PathVariable String personId, Authentication user) {
		Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return members.findPerson(personId)
			.filter(person -> person.id().equals(user.getName()) || scope.mayRead(groups, person.cellId()))
			.map(person -> {
				MemberRecord record = members.findRecord(personId).orElseThrow();
				Period age = record.partyAge(LocalDate.now(clock));
				return ResponseEntity.ok(new MemberView(person, record, age.getYears() + "y" + age.getMonths() + "m",
						members.mentorNotes(personId), members.disciplines(personId), members.journal(personId)));
			})
			.orElse(ResponseEntity.notFound().build());
	}

}
