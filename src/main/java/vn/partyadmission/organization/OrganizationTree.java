package vn.partyadmission.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/** Reads the organization tree and answers who acts on a cell's case at a date. */
@Service
public class OrganizationTree {

	/**
	 * SQL prefix naming "subtree (id)": the unit :unit and every unit below it. Units are never
	 * re-parented, so the tree is what was recorded. Queries of a unit's people or cases take
	 * {@link #subtreeIds} instead of joining this: inside one statement PostgreSQL guesses the walk's
	 * size (~1,000 rows) and for a district of a national register scans every person (docs/performance.md).
	 */
	public static final String SUBTREE_CTE = """
			with recursive subtree (id) as (
			    select id from organization where id = :unit
			    union all
			    select o.id from organization o join subtree s on o.parent_id = s.id)
			""";

	private final OrganizationRepository organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganizationTree(OrganizationRepository organizations, ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** Every unit, ended ones included, by id. */
	public List<Organization> all() {
		return organizations.all();
	}

	public UnitSettings settings(String id) {
		return organizations.settings(id);
	}

	/** The unit's change log, oldest first. */
	public List<TreeChange> changes(String id) {
		return organizations.changes(id);
	}

	/** How many changes the tree has had; a reform plan is applied only on the version it was previewed on. */
	public long version() {
		return organizations.version();
	}

	/**
	 * Advances the version if it is still {@code expected} and holds its row until the transaction
	 * ends, so two plans cannot both be applied on the same tree; false when the tree changed since.
	 */
	@Transactional
	public boolean advanceVersionFrom(long expected) {
		return organizations.advanceVersionFrom(expected);
	}

	/** Appends a line to the unit's change log and advances the tree's version. */
	@Transactional
	public void recordChange(String organizationId, String kind, LocalDate effective, String detail, String actor) {
		organizations.recordChange(new TreeChange(organizationId, kind, effective, detail, actor, clock.instant()));
		organizations.advanceVersion();
	}

	/** Renames the unit; the former name stays in its change log with the date of the new one. */
	@Transactional
	public void rename(String id, String name, LocalDate effective, String actor) {
		Organization unit = organizations.find(id).orElseThrow();
		organizations.rename(id, name);
		recordChange(id, "RENAME", effective, "Đổi tên từ \"" + unit.name() + "\" thành \"" + name + "\"", actor);
	}

	@Transactional
	public void setFlags(String id, boolean hardshipArea, UnitSector sector, LocalDate effective, String actor) {
		organizations.setFlags(id, hardshipArea, sector);
		recordChange(id, "FLAGS", effective, "Vùng khó khăn: " + (hardshipArea ? "có" : "không") + "; lĩnh vực: "
				+ sector.label(), actor);
	}

	/**
	 * Names the committee that decides admissions for the unit's subtree (null: inherit from above)
	 * and, when the unit is itself a competent committee, which of its bodies decides.
	 */
	@Transactional
	public void setCompetentCommittee(String id, String competentCommitteeId, DecidingBody decidingBody,
			LocalDate effective, String actor) {
		organizations.setCompetentCommittee(id, competentCommitteeId);
		organizations.setDecidingBody(id, decidingBody);
		recordChange(id, "COMPETENT_COMMITTEE", effective, "Cấp ủy có thẩm quyền kết nạp: "
				+ (competentCommitteeId == null ? "theo cấp trên" : competentCommitteeId) + "; " + decidingBody.label(), actor);
	}

	/** The unit and every unit below it; just the unit when it is unknown, so "in (:units)" stays valid. */
	public List<String> subtreeIds(String unitId) {
		List<String> ids = organizations.subtree(unitId);
		return ids.isEmpty() ? List.of(unitId) : ids;
	}

	public Optional<Organization> find(String id) {
		return organizations.find(id);
	}

	public List<Organization> children(String parentId) {
		return organizations.children(parentId);
	}

	@Transactional
	public void add(Organization organization) {
		if (organization.parentId() != null && organizations.find(organization.parentId()).isEmpty()) {
			throw InvalidInputException.of("parentId", "unknown-organization", organization.parentId());
		}
		organizations.insert(organization);
		organizations.advanceVersion();
		events.publishEvent(new OrganizationAdded(organization));
	}

	/** The organization and its ancestors, nearest first. */
	public List<Organization> lineage(String id) {
		List<Organization> lineage = new ArrayList<>();
		Optional<Organization> current = organizations.find(id);
		while (current.isPresent()) {
			lineage.add(current.get());
			current = current.get().parentId() == null ? Optional.empty() : organizations.find(current.get().parentId());
		}
		return lineage;
	}

	/**
	 * Who acts on an admission case of this cell on this date. The competent committee is the
	 * nearest one named by the cell or an ancestor: configuration, so the abolition of the district
	 * level on 2025-07-01 is data.
	 */
	public CaseRouting routingFor(String cellId, LocalDate date) {
		List<Organization> lineage = lineage(cellId);
		if (lineage.isEmpty() || !lineage.get(0).kind().isCell()) {
			throw InvalidInputException.of("cellId", "unknown-cell", cellId);
		}
		Organization cell = lineage.get(0);
		if (!cell.isValidOn(date)) {
			throw cell.successorId() == null ? InvalidInputException.of("cellId", "organization-not-in-force", cellId, date)
					: new InvalidInputException("cellId", "organization-not-in-force",
							Messages.say("refusal.organization-not-in-force.succeeded", cellId, date, cell.successorId()));
		}
		Organization intermediate = null;
		Organization grassroots = null;
		Organization competent = null;
		for (Organization o : lineage) {
			if (competent == null && o.competentCommitteeId() != null) {
				competent = organizations.find(o.competentCommitteeId()).orElseThrow();
			}
			if (cell.kind() == OrganizationKind.CELL) {
				if (o.kind() == OrganizationKind.INTERMEDIATE_COMMITTEE && intermediate == null && grassroots == null) {
					intermediate = o;
				}
				if (o.kind() == OrganizationKind.GRASSROOTS_COMMITTEE && grassroots == null) {
					grassroots = o;
				}
			}
		}
		if (competent == null) {
			throw new IllegalStateException("no competent committee configured above cell " + cellId);
		}
		if (!competent.isValidOn(date)) {
			throw new IllegalStateException("competent committee " + competent.id() + " of cell " + cellId
					+ " is not in force on " + date + ": the tree needs its successor");
		}
		// a grassroots committee delegated the power decides as its full executive committee
		String deciding = organizations.settings(competent.id()).decidingBody() == DecidingBody.FULL_COMMITTEE
				? Groups.committee(competent.id()) : Groups.standingCommittee(competent.id());
		String cellSecretary = Groups.cellSecretary(cell.id());
		// The body that verifies background: the grassroots committee, or a grassroots cell's own committee
		String grassrootsGroup = grassroots != null ? Groups.committee(grassroots.id()) : cellSecretary;
		// Above a grassroots cell sits the competent committee itself
		String aboveCell = intermediate != null ? Groups.committee(intermediate.id())
				: grassroots != null ? Groups.committee(grassroots.id()) : Groups.standingCommittee(competent.id());
		// a missed deadline of the competent committee is reported to the standing committee above it
		String aboveCompetent = Groups.standingCommittee(competent.parentId() != null ? competent.parentId() : competent.id());
		return new CaseRouting(cell.id(), grassroots == null ? null : grassroots.id(),
				intermediate == null ? null : intermediate.id(), competent.id(), cellSecretary, grassrootsGroup,
				intermediate == null ? null : Groups.committee(intermediate.id()), aboveCell,
				Groups.organizingCommission(competent.id()), deciding, aboveCompetent);
	}

	/** The grassroots organization a cell belongs to (the cell itself for a grassroots cell). */
	public String grassrootsOf(String cellId) {
		for (Organization o : lineage(cellId)) {
			if (o.kind() == OrganizationKind.GRASSROOTS_COMMITTEE || o.kind() == OrganizationKind.GRASSROOTS_CELL) {
				return o.id();
			}
		}
		return cellId;
	}

	/**
	 * How many members the executive committee of a unit has on a date, the base of its votes; empty
	 * when the tree records none for that date.
	 */
	public Optional<Integer> committeeSize(String organizationId, LocalDate date) {
		return organizations.committeeSize(organizationId, date);
	}

	/** Records the committee's size from a date on (a congress or a by-election changed it). */
	@Transactional
	public void recordCommitteeSize(String organizationId, LocalDate validFrom, int members) {
		if (organizations.find(organizationId).isEmpty()) {
			throw InvalidInputException.of("organizationId", "unknown-organization", organizationId);
		}
		if (members < 1) {
			throw InvalidInputException.of("members", "positive");
		}
		organizations.insertCommitteeSize(organizationId, validFrom, members);
	}

	/** Ends a unit on a date and names its successor; see reorganization.Reorganization. */
	@Transactional
	public void end(String id, LocalDate validTo, String successorId) {
		organizations.close(id, validTo, successorId);
		organizations.advanceVersion();
	}

}
