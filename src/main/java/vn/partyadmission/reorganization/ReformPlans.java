package vn.partyadmission.reorganization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Body;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationKind;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.organization.UnitSettings;
import vn.partyadmission.security.OrganizationGroups;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.InvalidInputException.FieldError;
import vn.partyadmission.shared.NotVisible;

/**
 * Reforms as plans: created with their changes and date, previewed by a dry run (the plan applied
 * and rolled back, so the preview is exactly what applying does), then applied once in one
 * transaction through {@link Reorganization}. Applying a plan twice, or one whose tree changed
 * since its preview, is refused (409). See docs/reorganization.md.
 */
@Service
public class ReformPlans {

	static final Pattern UNIT_ID = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");

	static final int MAX_CHANGES = 5_000;

	private final OrganizationTree tree;

	private final Reorganization reorganization;

	private final MemberRegister members;

	private final OrganizationGroups groups;

	private final UnitScope scope;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate dryRun;

	ReformPlans(OrganizationTree tree, Reorganization reorganization, MemberRegister members, OrganizationGroups groups,
			UnitScope scope, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.tree = tree;
		this.reorganization = reorganization;
		this.members = members;
		this.groups = groups;
		this.scope = scope;
		this.jdbc = jdbc;
		this.clock = clock;
		this.dryRun = new TransactionTemplate(transactions);
		this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public enum Status {
		DRAFT, APPLIED
	}

	public record Plan(long id, String title, LocalDate effectiveDate, Status status, String createdBy, Instant createdAt,
			Long previewedVersion, String appliedBy, Instant appliedAt, Long reformId, List<PlanChange> changes) {
	}

	/** Records a plan; it changes nothing until applied. The user must be allowed to make every change in it. */
	@Transactional
	public Plan create(String title, LocalDate effective, List<PlanChange> changes, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		if (title == null || title.isBlank() || title.length() > 200) {
			errors.add(new FieldError("title", "required", "Cần tên đề án (tối đa 200 ký tự)"));
		}
		if (effective == null) {
			errors.add(new FieldError("effectiveDate", "required", "Cần ngày hiệu lực của đề án"));
		}
		if (changes == null || changes.isEmpty() || changes.size() > MAX_CHANGES) {
			errors.add(new FieldError("changes", "required", "Đề án cần từ 1 đến " + MAX_CHANGES + " thay đổi"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		resolve(changes, effective, actor);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reform_plan (title, effective_date, status, created_by, created_at)
				values (?, ?, 'DRAFT', ?, ?)""")
			.params(title.strip(), effective, actor.name(), Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < changes.size(); i++) {
			PlanChange c = changes.get(i);
			jdbc.sql("""
					insert into reform_plan_change (plan_id, position, kind, organization_id, target_id, new_id, unit_kind, name)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, c.kind().name(), c.unitId(), blankToNull(c.targetId()), blankToNull(c.newId()),
						blankToNull(c.unitKind()), c.name() == null ? null : c.name().strip())
				.update();
		}
		return find(id).orElseThrow();
	}

	/** A plan the user may see: one whose every change they may make. */
	public Plan get(long id, Actor actor) {
		Plan plan = find(id).orElseThrow(() -> new NotVisible("no reform plan " + id));
		if (!visible(plan, actor)) {
			throw new NotVisible("no reform plan " + id);
		}
		return plan;
	}

	/** The plans the user may see, newest first. */
	public List<Plan> list(Actor actor) {
		return jdbc.sql("select id from reform_plan order by id desc fetch first 200 rows only")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.filter(plan -> visible(plan, actor))
			.toList();
	}

	/**
	 * The dry run: applies the plan in a transaction of its own and rolls it back, returning what it
	 * did. Records the tree version it ran on: applying is allowed on that version only.
	 */
	public Outcome preview(long id, Actor actor) {
		long[] version = new long[1];
		Outcome outcome = dryRun.execute(status -> {
			status.setRollbackOnly();
			Drafted drafted = draft(id, actor);
			version[0] = tree.version();
			return execute(drafted.plan(), drafted.resolved(), actor, false);
		});
		dryRun.executeWithoutResult(status -> jdbc.sql("update reform_plan set previewed_version = ? where id = ? and status = 'DRAFT'")
			.params(version[0], id)
			.update());
		return outcome;
	}

	/**
	 * Applies a previewed plan in one transaction: any refusal or failure on the way leaves the tree,
	 * the register and the cases as they were. A plan applied already, never previewed, or whose tree
	 * changed since its preview is refused with 409.
	 */
	@Transactional
	public Outcome apply(long id, Actor actor) {
		Drafted drafted = draft(id, actor);
		Plan plan = drafted.plan();
		if (plan.previewedVersion() == null) {
			throw new ConflictException("planId", "plan-not-previewed", "Cần xem trước đề án trước khi áp dụng");
		}
		int claimed = jdbc.sql("update reform_plan set status = 'APPLIED', applied_by = ?, applied_at = ? where id = ? and status = 'DRAFT'")
			.params(actor.name(), Timestamp.from(clock.instant()), id)
			.update();
		if (claimed == 0) {
			throw alreadyApplied(id);
		}
		if (!tree.advanceVersionFrom(plan.previewedVersion())) {
			throw new ConflictException("planId", "plan-stale",
					"Cây tổ chức đã thay đổi sau lần xem trước đề án; hãy xem trước lại rồi mới áp dụng");
		}
		return execute(plan, drafted.resolved(), actor, true);
	}

	/**
	 * Records and applies a plan at once, without a preview: for the tree screen's single changes
	 * (move, merge, split, end) and for the demo's 2025-07-01 reform. Same checks, same transaction
	 * rules as {@link #apply}.
	 */
	@Transactional
	public Outcome applyNow(String title, LocalDate effective, List<PlanChange> changes, Actor actor) {
		Plan plan = create(title, effective, changes, actor);
		jdbc.sql("update reform_plan set previewed_version = ? where id = ?").params(tree.version(), plan.id()).update();
		return apply(plan.id(), actor);
	}

	private record Drafted(Plan plan, Resolved resolved) {
	}

	private Drafted draft(long id, Actor actor) {
		Plan plan = get(id, actor);
		if (plan.status() != Status.DRAFT) {
			throw alreadyApplied(id);
		}
		// checked again on today's tree, with the user's rights of today
		return new Drafted(plan, resolve(plan.changes(), plan.effectiveDate(), actor));
	}

	private static ConflictException alreadyApplied(long id) {
		return new ConflictException("planId", "plan-applied", "Đề án " + id + " đã được áp dụng; không áp dụng lại");
	}

	private boolean visible(Plan plan, Actor actor) {
		if (actor.user() == null || UnitScope.isAdministrator(actor.user())) {
			return true;
		}
		for (PlanChange c : plan.changes()) {
			String unit = c.kind() == PlanChange.Kind.ADD ? c.targetId() : c.unitId();
			if (unit == null || !scope.mayRead(actor.user(), unit)) {
				return false;
			}
		}
		return true;
	}

	/** What a plan resolves to on the tree: every unit it ends, with its successor, and the units it sets up. */
	private record Resolved(List<NewUnit> added, Map<String, String> successors, Map<String, Organization> ending,
			Map<String, String> newIds) {
	}

	private record NewUnit(Organization unit, Organization copiedFrom) {
	}

	/**
	 * Checks the whole plan against the tree on its date before anything is written: each refused
	 * change is named ("changes[2].targetId") with its reason in Vietnamese. The user must be allowed
	 * to make each change: a unit they cannot see is answered 404, one they see but may not change 403.
	 */
	private Resolved resolve(List<PlanChange> changes, LocalDate effective, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Organization> planned = new LinkedHashMap<>();
		Map<String, Organization> ending = new LinkedHashMap<>();
		Map<String, String> successors = new LinkedHashMap<>();
		Map<String, String> newIds = new LinkedHashMap<>();
		List<NewUnit> added = new ArrayList<>();
		Set<String> touched = new HashSet<>();
		for (int i = 0; i < changes.size(); i++) {
			PlanChange c = changes.get(i);
			String at = "changes[" + i + "].";
			if (c == null || c.kind() == null) {
				errors.add(new FieldError(at + "kind", "required", "Cần loại thay đổi (ADD, MOVE, MERGE, END)"));
				continue;
			}
			if (c.unitId() == null || c.unitId().isBlank()) {
				errors.add(new FieldError(at + "unitId", "required", "Cần mã đơn vị"));
				continue;
			}
			if (c.kind() == PlanChange.Kind.ADD) {
				addNew(c, at, effective, actor, planned, added, errors);
				continue;
			}
			Optional<Organization> found = tree.find(c.unitId());
			if (found.isEmpty()) {
				throw NotVisible.unit(c.unitId());
			}
			Organization unit = found.get();
			authorize(actor, unit.id(), false);
			if (!touched.add(unit.id())) {
				errors.add(new FieldError(at + "unitId", "once-per-plan", "Đơn vị '" + unit.id() + "' đã có thay đổi khác trong đề án"));
				continue;
			}
			// the unit's old life ends on the date: after it began, and while it is in force
			if (!effective.isAfter(unit.validFrom())) {
				errors.add(new FieldError("effectiveDate", "end-after-start",
						"Ngày kết thúc của '" + unit.id() + "' phải sau ngày thành lập " + unit.validFrom()));
				continue;
			}
			if (!unit.isValidOn(effective)) {
				errors.add(new FieldError(at + "unitId", "organization-not-in-force",
						"Đơn vị '" + unit.id() + "' không còn hoạt động vào ngày " + effective));
				continue;
			}
			switch (c.kind()) {
				case MOVE -> move(c, unit, at, effective, actor, planned, added, ending, successors, newIds, errors);
				case MERGE, END -> {
					String target = blankToNull(c.targetId());
					if (target == null) {
						if (c.kind() == PlanChange.Kind.MERGE) {
							errors.add(new FieldError(at + "targetId", "required", "Cần đơn vị nhận sáp nhập"));
						}
						else {
							endWithoutSuccessor(unit, at, errors);
							ending.put(unit.id(), unit);
						}
						continue;
					}
					Organization successor = planned.containsKey(target) ? planned.get(target) : tree.find(target).orElse(null);
					if (successor == null) {
						throw NotVisible.unit(target);
					}
					if (!planned.containsKey(target)) {
						authorize(actor, target, false);
					}
					if (successor.id().equals(unit.id()) || !successor.isValidOn(effective)) {
						errors.add(new FieldError(at + "targetId", "organization-not-in-force",
								"Đơn vị kế tục '" + target + "' phải là đơn vị khác, hoạt động vào ngày " + effective));
						continue;
					}
					if (successor.kind().isCell() != unit.kind().isCell()) {
						errors.add(new FieldError(at + "targetId", "successor-same-level",
								"Chi bộ do chi bộ kế tục, đảng bộ do đảng bộ kế tục: '" + unit.id() + "' → '" + target + "'"));
						continue;
					}
					ending.put(unit.id(), unit);
					successors.put(unit.id(), successor.id());
				}
				default -> throw new IllegalStateException();
			}
		}
		for (String target : successors.values()) {
			if (ending.containsKey(target)) {
				errors.add(new FieldError("changes", "successor-ends", "Đơn vị kế tục '" + target + "' cũng kết thúc trong đề án"));
			}
		}
		// a committee ends only with every unit below it moved or ended in the same plan
		for (Organization unit : ending.values()) {
			if (unit.kind().isCell() || newIds.containsKey(unit.id())) {
				continue;
			}
			for (Organization child : tree.children(unit.id())) {
				if (child.isValidOn(effective) && !ending.containsKey(child.id())) {
					errors.add(new FieldError("changes", "children-left",
							"Đơn vị trực thuộc '" + child.id() + "' của '" + unit.id() + "' chưa được chuyển, sáp nhập hay giải thể"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Resolved(added, successors, ending, newIds);
	}

	private void addNew(PlanChange c, String at, LocalDate effective, Actor actor, Map<String, Organization> planned,
			List<NewUnit> added, List<FieldError> errors) {
		OrganizationKind kind = kind(c.unitKind());
		if (kind == null) {
			errors.add(new FieldError(at + "unitKind", "unknown-kind", "Loại đơn vị không hợp lệ: " + c.unitKind()));
			return;
		}
		if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
			errors.add(new FieldError(at + "name", "required", "Cần tên đơn vị (tối đa 200 ký tự)"));
			return;
		}
		if (!UNIT_ID.matcher(c.unitId()).matches() || planned.containsKey(c.unitId()) || tree.find(c.unitId()).isPresent()) {
			errors.add(new FieldError(at + "unitId", "new-unit-id",
					"Mã đơn vị mới phải chưa dùng, gồm chữ thường không dấu, số, '.', '-', '_' (tối đa 64 ký tự)"));
			return;
		}
		String parentId = blankToNull(c.targetId());
		Organization parent = parentId == null ? null : planned.containsKey(parentId) ? planned.get(parentId) : tree.find(parentId).orElse(null);
		if (parentId != null && parent == null) {
			throw NotVisible.unit(parentId);
		}
		if (parent == null) {
			if (actor.user() != null && !UnitScope.isAdministrator(actor.user())) {
				throw new AccessDeniedException("Chỉ quản trị viên được lập đảng bộ cấp cao nhất");
			}
		}
		else if (!planned.containsKey(parentId)) {
			authorize(actor, parentId, true);
		}
		if (!mayHold(parent == null ? null : parent.kind(), kind)) {
			errors.add(new FieldError(at + "targetId", "parent-kind", "Đơn vị loại " + kind + " không thể trực thuộc "
					+ (parent == null ? "cấp cao nhất" : "'" + parent.id() + "' (" + parent.kind() + ")")));
			return;
		}
		if (parent != null && !parent.isValidOn(effective)) {
			errors.add(new FieldError(at + "targetId", "organization-not-in-force",
					"Đơn vị cấp trên '" + parent.id() + "' không hoạt động vào ngày " + effective));
			return;
		}
		// a commune (or, before 2025, district) committee is the committee directly above grassroots
		// organizations and decides their admissions itself; anything else inherits (changeable later)
		boolean decides = kind == OrganizationKind.COMMUNE_COMMITTEE || kind == OrganizationKind.DISTRICT_COMMITTEE
				|| kind == OrganizationKind.PROVINCE_COMMITTEE;
		Organization unit = new Organization(c.unitId(), c.name().strip(), kind, parentId, effective, null,
				decides ? c.unitId() : null, null, parent != null && parent.hardshipArea());
		planned.put(unit.id(), unit);
		added.add(new NewUnit(unit, null));
	}

	private void move(PlanChange c, Organization unit, String at, LocalDate effective, Actor actor,
			Map<String, Organization> planned, List<NewUnit> added, Map<String, Organization> ending,
			Map<String, String> successors, Map<String, String> newIds, List<FieldError> errors) {
		String parentId = blankToNull(c.targetId());
		String newId = blankToNull(c.newId());
		if (parentId == null) {
			errors.add(new FieldError(at + "targetId", "required", "Cần đơn vị cấp trên mới"));
			return;
		}
		Organization parent = planned.containsKey(parentId) ? planned.get(parentId) : tree.find(parentId).orElse(null);
		if (parent == null) {
			throw NotVisible.unit(parentId);
		}
		if (!planned.containsKey(parentId)) {
			authorize(actor, parentId, true);
		}
		List<String> below = tree.subtreeIds(unit.id());
		if (below.contains(parentId) || planned.containsKey(parentId) && below.contains(parent.parentId())) {
			errors.add(new FieldError(at + "targetId", "cycle", "Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó"));
			return;
		}
		if (!parent.isValidOn(effective)) {
			errors.add(new FieldError(at + "targetId", "organization-not-in-force",
					"Đơn vị cấp trên '" + parentId + "' không hoạt động vào ngày " + effective));
			return;
		}
		if (unit.parentId() != null && unit.parentId().equals(parentId)) {
			errors.add(new FieldError(at + "targetId", "same-parent", "Đơn vị đã trực thuộc '" + parentId + "'"));
			return;
		}
		if (newId == null || !UNIT_ID.matcher(newId).matches() || planned.containsKey(newId) || tree.find(newId).isPresent()) {
			errors.add(new FieldError(at + "newId", "new-unit-id",
					"Mã mới của đơn vị phải chưa dùng, gồm chữ thường không dấu, số, '.', '-', '_' (tối đa 64 ký tự)"));
			return;
		}
		OrganizationKind kind = movedKind(unit.kind(), parent.kind());
		if (!mayHold(parent.kind(), kind)) {
			errors.add(new FieldError(at + "targetId", "parent-kind",
					"Đơn vị loại " + unit.kind() + " không thể trực thuộc '" + parentId + "' (" + parent.kind() + ")"));
			return;
		}
		// the unit and everything in force below it are set up again under the new parent, parents first
		List<Organization> queue = new ArrayList<>(List.of(unit));
		Map<String, String> ids = new HashMap<>();
		for (int q = 0; q < queue.size(); q++) {
			Organization old = queue.get(q);
			String id = old == unit ? newId : old.id().startsWith(unit.id() + ".") ? newId + old.id().substring(unit.id().length())
					: newId + "." + old.id();
			if (id.length() > 64 || planned.containsKey(id) || tree.find(id).isPresent()) {
				errors.add(new FieldError(at + "newId", "new-unit-id", "Mã '" + id + "' cho đơn vị trực thuộc '" + old.id()
						+ "' đã dùng hoặc quá dài; chọn mã mới khác"));
				return;
			}
			ids.put(old.id(), id);
			String newParent = old == unit ? parentId : ids.get(old.parentId());
			OrganizationKind newKind = old == unit ? kind : old.kind();
			String competent = old.competentCommitteeId() == null ? null : ids.getOrDefault(old.competentCommitteeId(), old.competentCommitteeId());
			Organization copy = new Organization(id, old.name(), newKind, newParent, effective, null, competent, null,
					old.hardshipArea());
			planned.put(id, copy);
			added.add(new NewUnit(copy, old));
			ending.put(old.id(), old);
			successors.put(old.id(), id);
			newIds.put(old.id(), id);
			for (Organization child : tree.children(old.id())) {
				if (child.isValidOn(effective)) {
					queue.add(child);
				}
			}
		}
	}

	private void endWithoutSuccessor(Organization unit, String at, List<FieldError> errors) {
		if (unit.kind().isCell()) {
			int people = members.personsOfCell(unit.id()).size();
			if (people > 0) {
				errors.add(new FieldError(at + "targetId", "successor-required", "Chi bộ '" + unit.id() + "' còn " + people
						+ " người trong danh sách (đảng viên, người đang xét kết nạp): cần đơn vị kế tục"));
			}
		}
		for (Organization other : tree.all()) {
			if (unit.id().equals(other.competentCommitteeId()) && !other.id().equals(unit.id()) && other.validTo() == null) {
				errors.add(new FieldError(at + "targetId", "successor-required", "Đơn vị '" + other.id()
						+ "' còn nhận quyết định kết nạp của '" + unit.id() + "': cần đơn vị kế tục"));
				return;
			}
		}
	}

	/**
	 * Runs a resolved plan: sets up the new units, hands each ending unit to its successor (people,
	 * open cases and tasks through {@link Reorganization}), ends those without one, and logs each
	 * change. Bodies of a moved unit keep their users under its new id.
	 */
	private Outcome execute(Plan plan, Resolved r, Actor actor, boolean applying) {
		LocalDate effective = plan.effectiveDate();
		List<Outcome.PersonLine> people = new ArrayList<>();
		for (Organization unit : r.ending().values()) {
			if (unit.kind().isCell()) {
				for (Person p : members.personsOfCell(unit.id())) {
					people.add(new Outcome.PersonLine(p.id(), p.fullName(), unit.id(), r.successors().get(unit.id())));
				}
			}
		}
		String source = "đề án " + plan.id() + " (" + plan.title() + ")";
		for (NewUnit n : r.added()) {
			tree.add(n.unit());
			Organization old = n.copiedFrom();
			if (old != null) {
				UnitSettings settings = tree.settings(old.id());
				if (!settings.equals(tree.settings(n.unit().id()))) {
					tree.setFlags(n.unit().id(), n.unit().hardshipArea(), settings.sector(), effective, actor.name());
					tree.setCompetentCommittee(n.unit().id(), n.unit().competentCommitteeId(), settings.decidingBody(), effective, actor.name());
				}
				tree.committeeSize(old.id(), effective).ifPresent(size -> tree.recordCommitteeSize(n.unit().id(), effective, size));
				for (Body body : Body.of(old.kind())) {
					if (Body.of(n.unit().kind()).contains(body)) {
						for (String user : groups.usersOf(body.group(old.id()))) {
							groups.assign(user, null, body.group(n.unit().id()), body.label() + " – " + n.unit().name());
						}
					}
				}
			}
			tree.recordChange(n.unit().id(), "ADD", effective, old == null ? "Thành lập theo " + source
					: "Thành lập theo " + source + ", tiếp nhận '" + old.id() + "'", actor.name());
		}
		List<Succession> successions = r.successors().entrySet().stream().map(e -> new Succession(e.getKey(), e.getValue())).toList();
		Reorganization.Result result = reorganization.apply(successions, effective, actor.name());
		List<Outcome.UnitLine> units = new ArrayList<>();
		r.added().forEach(n -> units.add(new Outcome.UnitLine(n.unit().id(), n.unit().name(),
				n.copiedFrom() == null ? "thành lập" : "thành lập, tiếp nhận " + n.copiedFrom().id(), null)));
		for (Organization unit : r.ending().values()) {
			String successor = r.successors().get(unit.id());
			if (successor == null) {
				tree.end(unit.id(), effective, null);
			}
			String what = r.newIds().containsKey(unit.id()) ? "chuyển sang " + successor
					: successor == null ? "giải thể" : "kết thúc, sáp nhập vào " + successor;
			tree.recordChange(unit.id(), successor == null ? "END" : r.newIds().containsKey(unit.id()) ? "MOVE" : "MERGE",
					effective, what + " theo " + source, actor.name());
			units.add(new Outcome.UnitLine(unit.id(), unit.name(), what, successor));
		}
		List<Outcome.CaseLine> cases = result.cases().stream()
			.map(c -> new Outcome.CaseLine(c.caseId(), c.personId(), c.fromCellId(), c.toCellId(),
					c.fromCompetentCommitteeId(), c.route().competentCommitteeId(), c.route().standingCommitteeGroup(),
					c.route().organizingCommissionGroup()))
			.toList();
		Set<String> bodies = new TreeSet<>();
		Set<String> inForceAfter = new HashSet<>();
		r.added().forEach(n -> inForceAfter.add(n.unit().id()));
		inForceAfter.addAll(r.successors().values());
		for (String id : inForceAfter) {
			tree.find(id).ifPresent(unit -> {
				for (Body body : Body.of(unit.kind())) {
					if (body != Body.MEMBERS && groups.usersOf(body.group(id)).isEmpty()) {
						bodies.add(body.group(id));
					}
				}
			});
		}
		if (applying) {
			jdbc.sql("update reform_plan set reform_id = ? where id = ?").params(result.reformId(), plan.id()).update();
		}
		return new Outcome(plan.id(), effective, applying, units, people, cases, result.tasksMoved(), List.copyOf(bodies));
	}

	/** 404 for a unit the user cannot see, 403 for one they see but may not change. */
	private void authorize(Actor actor, String unitId, boolean addingUnder) {
		if (actor.user() == null) {
			return;
		}
		if (!scope.mayRead(actor.user(), unitId)) {
			throw NotVisible.unit(unitId);
		}
		if (!(addingUnder ? scope.mayAddUnder(actor.user(), unitId) : scope.mayChange(actor.user(), unitId))) {
			throw new AccessDeniedException("Chỉ quản trị viên và ban tổ chức của cấp ủy cấp trên được thay đổi đơn vị '" + unitId + "'");
		}
	}

	/** Which kinds may sit directly under which (null: the top of the tree). */
	static boolean mayHold(OrganizationKind parent, OrganizationKind child) {
		if (parent == null) {
			return child == OrganizationKind.PROVINCE_COMMITTEE;
		}
		return switch (child) {
			case PROVINCE_COMMITTEE -> false;
			case DISTRICT_COMMITTEE, COMMUNE_COMMITTEE -> parent == OrganizationKind.PROVINCE_COMMITTEE;
			case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> parent == OrganizationKind.PROVINCE_COMMITTEE
					|| parent == OrganizationKind.DISTRICT_COMMITTEE || parent == OrganizationKind.COMMUNE_COMMITTEE;
			case INTERMEDIATE_COMMITTEE -> parent == OrganizationKind.GRASSROOTS_COMMITTEE;
			case CELL -> parent == OrganizationKind.GRASSROOTS_COMMITTEE || parent == OrganizationKind.INTERMEDIATE_COMMITTEE;
		};
	}

	/** A cell moved under a committee above grassroots becomes a grassroots cell, and the other way round. */
	static OrganizationKind movedKind(OrganizationKind kind, OrganizationKind parent) {
		if (!kind.isCell()) {
			return kind;
		}
		return parent == OrganizationKind.GRASSROOTS_COMMITTEE || parent == OrganizationKind.INTERMEDIATE_COMMITTEE
				? OrganizationKind.CELL : OrganizationKind.GRASSROOTS_CELL;
	}

	static OrganizationKind kind(String name) {
		if (name == null) {
			return null;
		}
		for (OrganizationKind k : OrganizationKind.values()) {
			if (k.name().equalsIgnoreCase(name.strip())) {
				return k;
			}
		}
		return null;
	}

	private Optional<Plan> find(long id) {
		List<PlanChange> changes = jdbc.sql("select * from reform_plan_change where plan_id = ? order by position")
			.param(id)
			.query((rs, row) -> new PlanChange(PlanChange.Kind.valueOf(rs.getString("kind")), rs.getString("organization_id"),
					rs.getString("target_id"), rs.getString("new_id"), rs.getString("unit_kind"), rs.getString("name")))
			.list();
		return jdbc.sql("select * from reform_plan where id = ?")
			.param(id)
			.query((rs, row) -> new Plan(rs.getLong("id"), rs.getString("title"), rs.getObject("effective_date", LocalDate.class),
					Status.valueOf(rs.getString("status")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
					(Long) rs.getObject("previewed_version", Long.class), rs.getString("applied_by"),
					rs.getTimestamp("applied_at") == null ? null : rs.getTimestamp("applied_at").toInstant(),
					(Long) rs.getObject("reform_id", Long.class), changes))
			.optional();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
