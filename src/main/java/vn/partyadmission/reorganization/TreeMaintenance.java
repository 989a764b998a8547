package vn.partyadmission.reorganization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Body;
import vn.partyadmission.organization.DecidingBody;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.TreeChange;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.organization.UnitSector;
import vn.partyadmission.organization.UnitSettings;
import vn.partyadmission.security.OrganizationGroups;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.InvalidInputException.FieldError;
import vn.partyadmission.shared.NotVisible;

/**
 * The tree as an administrator or the organizing commission above a unit maintains it: a unit's
 * name, flags, who decides its admissions and its bodies' users change here, each logged with its
 * date; structural changes (add, move, merge, split, end) are one-change reform plans applied at
 * once ({@link ReformPlans#applyNow}), so they follow the same checks and record.
 */
@Service
public class TreeMaintenance {

	private final OrganizationTree tree;

	private final ReformPlans plans;

	private final AdmissionCases cases;

	private final MemberRegister members;

	private final OrganizationGroups groups;

	private final UnitScope scope;

	private final Clock clock;

	TreeMaintenance(OrganizationTree tree, ReformPlans plans, AdmissionCases cases, MemberRegister members,
			OrganizationGroups groups, UnitScope scope, Clock clock) {
		this.tree = tree;
		this.plans = plans;
		this.cases = cases;
		this.members = members;
		this.groups = groups;
		this.scope = scope;
		this.clock = clock;
	}

	/** A unit as its screen shows it: place in the tree, settings, bodies with their users, change log. */
	public record UnitDetails(Organization unit, UnitSettings settings, List<Organization> lineage,
			List<Organization> children, Map<Body, List<String>> bodies, List<TreeChange> changes, boolean mayChange,
			boolean mayAddBelow) {
	}

	public UnitDetails details(String id, Actor actor) {
		Organization unit = visible(id, actor);
		Map<Body, List<String>> bodies = new LinkedHashMap<>();
		for (Body body : Body.of(unit.kind())) {
			bodies.put(body, groups.usersOf(body.group(unit.id())));
		}
		return new UnitDetails(unit, tree.settings(id), tree.lineage(id), tree.children(id), bodies, tree.changes(id),
				actor.user() == null || scope.mayChange(actor.user(), id),
				unit.validTo() == null && !unit.kind().isCell() && (actor.user() == null || scope.mayAddUnder(actor.user(), id)));
	}

	public Outcome add(String id, String name, String kind, String parentId, LocalDate validFrom, Actor actor) {
		requireDate(validFrom, "validFrom");
		return plans.applyNow("Thành lập " + name, validFrom, List.of(PlanChange.add(id, name, kind, parentId)), actor);
	}

	public Outcome move(String id, String newParentId, String newId, LocalDate effective, Actor actor) {
		requireDate(effective, "effectiveDate");
		return plans.applyNow("Chuyển " + id + " về " + newParentId, effective, List.of(PlanChange.move(id, newParentId, newId)), actor);
	}

	public Outcome merge(String id, String successorId, LocalDate effective, Actor actor) {
		requireDate(effective, "effectiveDate");
		return plans.applyNow("Sáp nhập " + id + " vào " + successorId, effective, List.of(PlanChange.merge(id, successorId)), actor);
	}

	public Outcome end(String id, String successorId, LocalDate effective, Actor actor) {
		requireDate(effective, "effectiveDate");
		return plans.applyNow("Giải thể " + id, effective, List.of(PlanChange.end(id, successorId)), actor);
	}

	/** One part of a split: a new unit of the same kind beside the old one. */
	public record Part(String id, String name) {
	}

	/**
	 * Splits a unit into new units of its kind under the same parent: each unit below it goes to the
	 * part the assignment names (the first part when none), and the unit ends with the first part as
	 * its successor, which takes its people and cases (individual people move later by transfer).
	 */
	public Outcome split(String id, List<Part> parts, Map<String, String> assignments, LocalDate effective, Actor actor) {
		requireDate(effective, "effectiveDate");
		Organization unit = visible(id, actor);
		if (parts == null || parts.size() < 2) {
			throw new InvalidInputException("parts", "two-parts", "Chia tách cần ít nhất hai đơn vị mới");
		}
		Map<String, String> assigned = assignments == null ? Map.of() : assignments;
		List<PlanChange> changes = new ArrayList<>();
		List<String> partIds = new ArrayList<>();
		for (Part p : parts) {
			changes.add(PlanChange.add(p == null ? null : p.id(), p == null ? null : p.name(), unit.kind().name(), unit.parentId()));
			partIds.add(p == null ? null : p.id());
		}
		List<FieldError> errors = new ArrayList<>();
		for (Organization child : tree.children(id)) {
			if (!child.isValidOn(effective)) {
				continue;
			}
			String part = assigned.getOrDefault(child.id(), partIds.get(0));
			if (!partIds.contains(part)) {
				errors.add(new FieldError("assignments." + child.id(), "unknown-part", "Đơn vị '" + part + "' không phải một phần của việc chia tách"));
				continue;
			}
			String newId = child.id().startsWith(id + ".") ? part + child.id().substring(id.length()) : part + "." + child.id();
			changes.add(PlanChange.move(child.id(), part, newId));
		}
		for (String child : assigned.keySet()) {
			if (tree.children(id).stream().noneMatch(c -> c.id().equals(child))) {
				errors.add(new FieldError("assignments." + child, "not-a-child", "'" + child + "' không trực thuộc '" + id + "'"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		changes.add(PlanChange.end(id, partIds.get(0)));
		return plans.applyNow("Chia tách " + id, effective, changes, actor);
	}

	@Transactional
	public UnitDetails rename(String id, String name, LocalDate effective, Actor actor) {
		Organization unit = changeable(id, actor);
		checkDate(unit, effective);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInputException("name", "required", "Cần tên đơn vị (tối đa 200 ký tự)");
		}
		tree.rename(id, name.strip(), effective, actor.name());
		return details(id, actor);
	}

	@Transactional
	public UnitDetails setFlags(String id, Boolean hardshipArea, String sector, LocalDate effective, Actor actor) {
		Organization unit = changeable(id, actor);
		checkDate(unit, effective);
		UnitSector s = sector == null ? tree.settings(id).sector() : sectorNamed(sector);
		tree.setFlags(id, hardshipArea == null ? unit.hardshipArea() : hardshipArea, s, effective, actor.name());
		return details(id, actor);
	}

	/**
	 * Names who decides admissions for the unit's subtree: the unit itself or a committee above it
	 * (null: as the unit above), and for a grassroots committee that decides, whether it was
	 * delegated the power to decide as its full committee. Open cases below are re-routed at once.
	 */
	@Transactional
	public UnitDetails setCompetentCommittee(String id, String competentCommitteeId, String decidingBody, LocalDate effective,
			Actor actor) {
		Organization unit = changeable(id, actor);
		checkDate(unit, effective);
		DecidingBody body = DecidingBody.STANDING_COMMITTEE;
		if (decidingBody != null && !decidingBody.isBlank()) {
			try {
				body = DecidingBody.valueOf(decidingBody.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("decidingBody", "unknown-value", "Chỉ nhận STANDING_COMMITTEE hoặc FULL_COMMITTEE");
			}
		}
		String competent = competentCommitteeId == null || competentCommitteeId.isBlank() ? null : competentCommitteeId.strip();
		if (competent != null) {
			Organization committee = tree.lineage(id).stream().filter(o -> o.id().equals(competent)).findFirst().orElse(null);
			if (committee == null || !committee.kind().isHigherCommittee() || !committee.isValidOn(effective)) {
				throw new InvalidInputException("competentCommitteeId", "competent-committee",
						"Cấp ủy có thẩm quyền phải là chính đơn vị hoặc một đảng bộ cấp trên của nó, đang hoạt động vào ngày " + effective);
			}
		}
		else if (unit.parentId() == null) {
			throw new InvalidInputException("competentCommitteeId", "required", "Đảng bộ cấp cao nhất phải tự có thẩm quyền");
		}
		if (body == DecidingBody.FULL_COMMITTEE && !(id.equals(competent) && unit.kind() == OrganizationKind.GRASSROOTS_COMMITTEE)) {
			throw new InvalidInputException("decidingBody", "delegation",
					"Chỉ đảng ủy cơ sở được ủy quyền, tự quyết định kết nạp, mới quyết định bằng tập thể cấp ủy");
		}
		tree.setCompetentCommittee(id, competent, body, effective, actor.name());
		// every open case below follows the new route from today on; its history keeps the old one
		cases.reroute(tree.subtreeIds(id), Map.of(), LocalDate.now(clock));
		return details(id, actor);
	}

	/**
	 * Makes a person of the register a user of one of the unit's bodies: an official member, of a
	 * cell in the unit's subtree (the cell itself for its members' group). The account, when new, has
	 * no password (see {@link OrganizationGroups#assign}).
	 */
	@Transactional
	public UnitDetails assign(String id, String bodyName, String personId, Actor actor) {
		Organization unit = changeable(id, actor);
		Body body = body(unit, bodyName);
		if (unit.validTo() != null) {
			throw new InvalidInputException("unitId", "organization-not-in-force", "Đơn vị '" + id + "' đã kết thúc hoạt động");
		}
		Person person = members.findPerson(personId == null ? "" : personId)
			.orElseThrow(() -> new InvalidInputException("personId", "unknown-person", "Không có người '" + personId + "' trong sổ"));
		MemberStatus status = members.findRecord(person.id()).map(MemberRecord::status).orElse(null);
		if (status != MemberStatus.OFFICIAL) {
			throw new InvalidInputException("personId", "official-member", "Chỉ đảng viên chính thức được giao vào " + body.label());
		}
		boolean inUnit = body == Body.MEMBERS ? person.cellId().equals(id) : tree.subtreeIds(id).contains(person.cellId());
		if (!inUnit) {
			throw new InvalidInputException("personId", "member-of-unit", "Đảng viên '" + person.id() + "' không sinh hoạt trong '" + id + "'");
		}
		boolean created = groups.assign(person.id(), person.fullName(), body.group(id), body.label() + " – " + unit.name());
		tree.recordChange(id, "USER", LocalDate.now(clock), "Giao " + person.id() + " vào " + body.label()
				+ (created ? " (tài khoản mới, chưa có mật khẩu)" : ""), actor.name());
		return details(id, actor);
	}

	@Transactional
	public UnitDetails unassign(String id, String bodyName, String personId, Actor actor) {
		Organization unit = changeable(id, actor);
		Body body = body(unit, bodyName);
		if (personId == null || !groups.unassign(personId, body.group(id))) {
			throw new InvalidInputException("personId", "not-assigned", "'" + personId + "' không thuộc " + body.label());
		}
		tree.recordChange(id, "USER", LocalDate.now(clock), "Thôi giao " + personId + " khỏi " + body.label(), actor.name());
		return details(id, actor);
	}

	private Body body(Organization unit, String name) {
		Body body = Body.named(name);
		if (body == null || !Body.of(unit.kind()).contains(body)) {
			throw new InvalidInputException("body", "unknown-body", "Đơn vị loại " + unit.kind() + " chỉ có: "
					+ Body.of(unit.kind()).stream().map(b -> b.name().toLowerCase()).toList());
		}
		return body;
	}

	private static UnitSector sectorNamed(String name) {
		for (UnitSector s : UnitSector.values()) {
			if (s.name().equalsIgnoreCase(name.strip())) {
				return s;
			}
		}
		throw new InvalidInputException("sector", "unknown-value", "Lĩnh vực không hợp lệ: " + name);
	}

	private Organization visible(String id, Actor actor) {
		Organization unit = tree.find(id).orElseThrow(() -> NotVisible.unit(id));
		if (actor.user() != null && !scope.mayRead(actor.user(), id)) {
			throw NotVisible.unit(id);
		}
		return unit;
	}

	private Organization changeable(String id, Actor actor) {
		Organization unit = visible(id, actor);
		if (actor.user() != null && !scope.mayChange(actor.user(), id)) {
			throw new AccessDeniedException("Chỉ quản trị viên và ban tổ chức của cấp ủy cấp trên được thay đổi đơn vị '" + id + "'");
		}
		return unit;
	}

	/** A change of a unit in force takes effect from a day of its life, not in the future (plan that). */
	private void checkDate(Organization unit, LocalDate effective) {
		requireDate(effective, "effectiveDate");
		if (effective.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("effectiveDate", "not-future", "Ngày hiệu lực không được sau hôm nay");
		}
		if (!unit.isValidOn(effective)) {
			throw new InvalidInputException("effectiveDate", "organization-not-in-force",
					"Đơn vị '" + unit.id() + "' không hoạt động vào ngày " + effective + " (từ " + unit.validFrom()
							+ (unit.validTo() == null ? "" : " đến " + unit.validTo()) + ")");
		}
	}

	private static void requireDate(LocalDate date, String field) {
		if (date == null) {
			throw new InvalidInputException(field, "required", "Cần ngày hiệu lực");
		}
	}

}
