package vn.partyadmission.reorganization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.InvalidInputException;

/**
 * The documented operation for dissolving or merging units. All successions of one reform are
 * applied together, because a cell's new route depends on its new committees.
 */
@Service
public class Reorganization {

	private final OrganizationTree organizations;

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final JdbcClient jdbc;

	private final Clock clock;

	Reorganization(OrganizationTree organizations, MemberRegister members, AdmissionCases cases, JdbcClient jdbc,
			Clock clock) {
		this.organizations = organizations;
		this.members = members;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What one reform moved: the reform's record, and each open case with its new route. */
	public record Result(long reformId, int personsMoved, int casesMoved, int tasksMoved, List<AdmissionCases.Rerouted> cases) {
	}

	/**
	 * Ends each unit on {@code effective} and hands it to its successor: people of a cell move to
	 * the successor cell (journaled), open cases move with them, and open tasks of those cases are
	 * offered to the successor bodies' groups.
	 */
	@Transactional
	public Result apply(List<Succession> successions, LocalDate effective, String actor) {
		Map<String, Organization> ending = new LinkedHashMap<>();
		for (Succession s : successions) {
			Organization old = organizations.find(s.organizationId())
				.orElseThrow(() -> InvalidInputException.of("organizationId", "unknown-organization", s.organizationId()));
			Organization successor = organizations.find(s.successorId())
				.orElseThrow(() -> InvalidInputException.of("successorId", "unknown-organization", s.successorId()));
			if (!old.isValidOn(effective)) {
				throw InvalidInputException.of("organizationId", "organization-not-in-force", old.id(), effective);
			}
			if (!successor.isValidOn(effective)) {
				throw InvalidInputException.of("successorId", "organization-not-in-force", successor.id(), effective);
			}
			if (old.kind().isCell() != successor.kind().isCell()) {
				throw InvalidInputException.of("successorId", "successor-same-level", old.id(), successor.id());
			}
			ending.put(old.id(), old);
		}
		Map<String, String> cellSuccessors = new HashMap<>();
		Map<String, Integer> personsMoved = new HashMap<>();
		for (Succession s : successions) {
			organizations.end(s.organizationId(), effective, s.successorId());
			if (ending.get(s.organizationId()).kind().isCell()) {
				cellSuccessors.put(s.organizationId(), s.successorId());
				personsMoved.put(s.organizationId(), members.moveCell(s.organizationId(), s.successorId(),
						new Change(null, null, actor, "Cell " + s.organizationId() + " ended on " + effective
								+ "; moved to its successor " + s.successorId(), null)));
			}
		}
		AdmissionCases.RerouteResult rerouted = cases.reroute(ending.keySet(), cellSuccessors, effective);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into organization_reform (effective_date, cases_moved, tasks_moved, actor, recorded_at)
				values (?, ?, ?, ?, ?)""")
			.params(effective, rerouted.cases(), rerouted.tasks(), actor, Timestamp.from(clock.instant()))
			.update(key, "id");
		long reformId = key.getKey().longValue();
		for (Succession s : successions) {
			jdbc.sql("""
					insert into organization_succession (reform_id, organization_id, successor_id, persons_moved)
					values (?, ?, ?, ?)""")
				.params(reformId, s.organizationId(), s.successorId(), personsMoved.getOrDefault(s.organizationId(), 0))
				.update();
		}
		return new Result(reformId, personsMoved.values().stream().mapToInt(Integer::intValue).sum(), rerouted.cases(),
				rerouted.tasks(), rerouted.moved());
	}

}
