package vn.partyadmission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.NotVisible;

/** Probationary members of a unit's subtree whose 12 months end within the next days: the recognition list. */
@RestController
@RequestMapping("/api/probation")
class ProbationController {

	private final JdbcClient jdbc;

	private final UnitScope scope;

	private final Clock clock;

	private final OrganizationTree tree;

	ProbationController(JdbcClient jdbc, UnitScope scope, Clock clock, OrganizationTree tree) {
		this.tree = tree;
		this.jdbc = jdbc;
		this.scope = scope;
		this.clock = clock;
	}

	record DueForRecognition(String personId, String fullName, String cellId, LocalDate ceremonyDate,
			LocalDate probationEndDate, String mentorId) {
	}

	@GetMapping("/due")
	List<DueForRecognition> due(@RequestParam String unit, @RequestParam(defaultValue = "30") int days,
			Authentication user) {
		if (!scope.mayRead(user, unit)) {
			throw new NotVisible();
		}
		if (days < 1 || days > 366) {
			throw InvalidInputException.of("days", "window", days);
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select p.id, p.full_name, p.cell_id, r.ceremony_date, r.probation_end_date, r.mentor_id
				from member_record r join person p on p.id = r.person_id
				where r.status = 'PROBATIONARY' and p.cell_id in (:units)
				  and r.probation_end_date between :today and :until
				order by r.probation_end_date, p.id""")
			.param("units", tree.subtreeIds(unit))
			.param("today", today)
			.param("until", today.plusDays(days))
			.query((rs, row) -> new DueForRecognition(rs.getString("id"), rs.getString("full_name"), rs.getString("cell_id"),
					rs.getObject("ceremony_date", LocalDate.class), rs.getObject("probation_end_date", LocalDate.class),
					rs.getString("mentor_id")))
			.list();
	}

}
