package vn.partyadmission.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.CaseLeft;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.InvalidInputException.FieldError;
import vn.partyadmission.shared.NotVisible;

/**
 * Transfer of Party membership (chuyển sinh hoạt đảng) of official and probationary members and of
 * candidates with an open case. Two steps: the grassroots committee of the person's cell sends it,
 * the grassroots committee of the receiving cell confirms it; nothing moves before the confirmation.
 * An official transfer moves the person's record and open case (new route, open tasks to the new
 * cell's bodies, a new mentor named by the receiving cell for a probationary member); a temporary one
 * moves nothing. A destination outside the register takes effect when sent: the person leaves the
 * register and an open case ends as moved away.
 */
@Service
public class Transfers {

	/** The activity ids the journal gives the two steps. */
	static final String SEND = "TransferSent";

	static final String CONFIRM = "TransferConfirmed";

	private final TransferRepository transfers;

	private final MemberRegister members;

	private final OrganizationTree organizations;

	private final UnitScope scope;

	private final AdmissionCases cases;

	private final CaseFiles caseFiles;

	private final CaseEndings endings;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Transfers(TransferRepository transfers, MemberRegister members, OrganizationTree organizations, UnitScope scope,
			AdmissionCases cases, CaseFiles caseFiles, CaseEndings endings, RuntimeService runtime, TaskService tasks,
			AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.transfers = transfers;
		this.members = members;
		this.organizations = organizations;
		this.scope = scope;
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.endings = endings;
		this.runtime = runtime;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the sending committee submits: a receiving cell of the register, or a destination outside it. */
	public record SendRequest(String personId, Transfer.Kind kind, String toCellId, String destination,
			LocalDate sentOn, LocalDate until, String letterNumber, String note) {
	}

	/** What the receiving committee submits; a probationary member moving for good gets a mentor of the new cell. */
	public record ConfirmRequest(String mentorId, String note) {
	}

	/**
	 * Sends a transfer. A person the user's units do not cover is "not found"; a user who sees the
	 * person but is not the grassroots committee of their cell is refused (403).
	 */
	@Transactional
	public Transfer send(SendRequest request, String actor, Set<String> groups) {
		if (request == null || request.personId() == null || request.personId().isBlank()) {
			throw new InvalidInputException("personId", "required", "Cần ghi mã người được chuyển sinh hoạt đảng.");
		}
		Person person = members.findPerson(request.personId().strip())
			.filter(p -> scope.mayRead(groups, p.cellId()))
			.orElseThrow(() -> new NotVisible("Không tìm thấy người này trong các đơn vị của đồng chí."));
		LocalDate today = LocalDate.now(clock);
		String sender = organizations.routingFor(person.cellId(), today).grassrootsCommitteeGroup();
		if (!actsFor(groups, sender)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Chỉ cấp ủy cơ sở của chi bộ nơi người này đang sinh hoạt mới được gửi chuyển sinh hoạt đảng.");
		}
		MemberRecord record = members.findRecord(person.id()).orElseThrow();
		Optional<AdmissionCase> openCase = cases.findOpenByPerson(person.id());
		List<FieldError> errors = new ArrayList<>();
		if (!record.status().isMember() && openCase.isEmpty()) {
			errors.add(new FieldError("personId", "member-or-open-case", "Chỉ chuyển sinh hoạt đảng cho đảng viên chính "
					+ "thức, đảng viên dự bị hoặc người đang có hồ sơ kết nạp; người này là " + record.status() + "."));
		}
		if (request.kind() == null) {
			errors.add(new FieldError("kind", "required",
					"Cần chọn hình thức chuyển: OFFICIAL (chính thức) hoặc TEMPORARY (tạm thời)."));
		}
		String toCellId = blankToNull(request.toCellId());
		String destination = blankToNull(request.destination());
		if ((toCellId == null) == (destination == null)) {
			errors.add(new FieldError("toCellId", "one-destination", "Cần ghi đúng một nơi đến: chi bộ nhận trong hệ "
					+ "thống (toCellId) hoặc tổ chức đảng ngoài hệ thống, ví dụ tỉnh khác (destination)."));
		}
		if (toCellId != null) {
			Optional<Organization> cell = organizations.find(toCellId);
			if (cell.isEmpty() || !cell.get().kind().isCell() || !cell.get().isValidOn(today)) {
				errors.add(new FieldError("toCellId", "cell-in-force",
						"Không có chi bộ '" + toCellId + "' đang hoạt động để nhận sinh hoạt đảng."));
			}
			else if (toCellId.equals(person.cellId())) {
				errors.add(new FieldError("toCellId", "another-cell", "Người này đang sinh hoạt ở chi bộ này."));
			}
		}
		if (destination != null && destination.length() > 300) {
			errors.add(new FieldError("destination", "max-length", "Nơi đến dài tối đa 300 ký tự."));
		}
		if (request.sentOn() == null) {
			errors.add(new FieldError("sentOn", "required", "Cần ghi ngày cấp giấy giới thiệu sinh hoạt đảng."));
		}
		else if (request.sentOn().isAfter(today)) {
			errors.add(new FieldError("sentOn", "not-in-future", "Ngày gửi không được sau hôm nay (" + today + ")."));
		}
		if (request.until() != null && request.kind() == Transfer.Kind.OFFICIAL) {
			errors.add(new FieldError("until", "temporary-only", "Chỉ chuyển sinh hoạt tạm thời mới có thời hạn."));
		}
		if (request.until() != null && request.sentOn() != null && !request.until().isAfter(request.sentOn())) {
			errors.add(new FieldError("until", "after-sent", "Thời hạn phải sau ngày gửi."));
		}
		String letter = blankToNull(request.letterNumber());
		if (letter != null && letter.length() > 60) {
			errors.add(new FieldError("letterNumber", "max-length", "Số giấy giới thiệu dài tối đa 60 ký tự."));
		}
		String note = blankToNull(request.note());
		if (note != null && note.length() > CaseEndings.NOTE_MAX) {
			errors.add(new FieldError("note", "max-length", "Ghi chú dài tối đa " + CaseEndings.NOTE_MAX + " ký tự."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (transfers.hasWaiting(person.id())) {
			// checked for a destination outside too, which holds no waiting slot; the unique index decides races
			throw waitingAlready();
		}

		String caseId = openCase.map(AdmissionCase::id).orElse(null);
		Transfer.Status status = destination != null ? Transfer.Status.OUTSIDE : Transfer.Status.SENT;
		Instant now = clock.instant();
		Transfer sent = new Transfer(0, person.id(), person.fullName(), caseId, request.kind(), person.cellId(), toCellId,
				destination, status, letter, request.sentOn(), request.until(), note, actor, now, null, null, null);
		String words = (request.kind() == Transfer.Kind.OFFICIAL ? "chính thức" : "tạm thời")
				+ (toCellId != null ? " đến chi bộ " + toCellId : " ra ngoài hệ thống: " + destination)
				+ (request.until() != null ? " đến ngày " + request.until() : "");
		Document letterDocument = letter == null ? null : Document.of("GGT-SHĐ", letter, request.sentOn());
		if (status == Transfer.Status.OUTSIDE && request.kind() == Transfer.Kind.OFFICIAL) {
			// the receiving organization is not in this register: the person leaves it now
			String why = "Chuyển sinh hoạt đảng chính thức ra ngoài hệ thống: " + destination;
			if (openCase.isPresent() && endings.openFile(openCase.get()).isPresent()) {
				endings.end(openCase.get(), EndingReason.MOVED_AWAY, request.sentOn(), why, letter,
						MemberStatus.TRANSFERRED_OUT, actor);
			}
			else {
				members.exit(person.id(), MemberStatus.TRANSFERRED_OUT, request.sentOn(),
						new Change(caseId, SEND, actor, why + (note == null ? "" : ". Ghi chú: " + note), letterDocument));
			}
		}
		else {
			members.note(person.id(), new Change(caseId, SEND, actor, "Gửi chuyển sinh hoạt đảng " + words
					+ (status == Transfer.Status.SENT ? "; chờ cấp ủy nơi đến tiếp nhận" : "")
					+ (note == null ? "" : ". Ghi chú: " + note), letterDocument));
		}
		long id;
		try {
			id = transfers.insert(sent);
		}
		catch (DuplicateKeyException e) {
			throw waitingAlready();
		}
		audit.decision(actor, caseId != null ? caseId : "CSHĐ-" + id, "Gửi chuyển sinh hoạt đảng " + request.kind()
				+ (toCellId != null ? " đến " + toCellId : " ra ngoài hệ thống"));
		return transfers.find(id).orElseThrow();
	}

	/**
	 * The receiving committee confirms: an official transfer moves the person, their open case and
	 * (for a probationary member) the mentor's work to the new mentor, all in this transaction. A
	 * transfer to a unit the user does not cover is "not found"; one who sees it but is not the
	 * receiving cell's grassroots committee is refused (403).
	 */
	@Transactional
	public Transfer confirm(long id, ConfirmRequest request, String actor, Set<String> groups) {
		Transfer t = transfers.find(id)
			.filter(found -> found.toCellId() != null && scope.mayRead(groups, found.toCellId()))
			.orElseThrow(() -> new NotVisible("Không tìm thấy giấy chuyển sinh hoạt đảng số " + id + "."));
		LocalDate today = LocalDate.now(clock);
		String receiver = organizations.routingFor(t.toCellId(), today).grassrootsCommitteeGroup();
		if (!actsFor(groups, receiver)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Chỉ cấp ủy cơ sở của chi bộ nơi đến mới được tiếp nhận chuyển sinh hoạt đảng.");
		}
		if (t.status() != Transfer.Status.SENT) {
			throw new ConflictException("id", "waiting-transfer", "Giấy chuyển sinh hoạt đảng số " + id + " không còn chờ tiếp nhận ("
					+ t.status() + ").");
		}
		Person person = members.findPerson(t.personId()).orElseThrow();
		MemberRecord record = members.findRecord(t.personId()).orElseThrow();
		Optional<AdmissionCase> openCase = cases.findOpenByPerson(t.personId());
		if (!person.cellId().equals(t.fromCellId()) || (!record.status().isMember() && openCase.isEmpty())) {
			throw new ConflictException("id", "nothing-to-move", "Người này không còn sinh hoạt ở chi bộ đã gửi đi hoặc "
					+ "không còn là đảng viên, người có hồ sơ kết nạp; giấy chuyển không còn gì để tiếp nhận.");
		}
		String note = request == null ? null : blankToNull(request.note());
		if (note != null && note.length() > CaseEndings.NOTE_MAX) {
			throw new InvalidInputException("note", "max-length", "Ghi chú dài tối đa " + CaseEndings.NOTE_MAX + " ký tự.");
		}
		String caseId = openCase.map(AdmissionCase::id).orElse(null);
		boolean moves = t.kind() == Transfer.Kind.OFFICIAL;
		String mentorId = null;
		if (moves && record.status() == MemberStatus.PROBATIONARY) {
			mentorId = request == null ? null : blankToNull(request.mentorId());
			String candidate = mentorId;
			boolean official = candidate != null && !candidate.equals(person.id())
					&& members.findPerson(candidate).filter(m -> m.cellId().equals(t.toCellId())).isPresent()
					&& members.findRecord(candidate).map(r -> r.status() == MemberStatus.OFFICIAL).orElse(false);
			if (!official) {
				throw new InvalidInputException("mentorId", "mentor-official-of-cell", "Cần cử một đảng viên chính thức "
						+ "của chi bộ " + t.toCellId() + " giúp đỡ đảng viên dự bị này.");
			}
		}
		if (!transfers.confirm(id, actor, clock.instant(), mentorId)) {
			throw new ConflictException("id", "waiting-transfer", "Giấy chuyển sinh hoạt đảng số " + id + " vừa được xử lý.");
		}
		String base = (moves ? "Tiếp nhận sinh hoạt đảng chính thức tại chi bộ " : "Tiếp nhận sinh hoạt đảng tạm thời tại chi bộ ")
				+ t.toCellId() + " (từ chi bộ " + t.fromCellId() + ")"
				+ (t.until() != null ? " đến ngày " + t.until() : "") + (note == null ? "" : ". Ghi chú: " + note);
		if (!moves) {
			// a temporary transfer keeps the person in the home cell: their record, votes and case stay there
			members.note(person.id(), new Change(caseId, CONFIRM, actor, base, null));
		}
		else {
			int moved = 0;
			members.transfer(person.id(), t.toCellId(), new Change(caseId, CONFIRM, actor, base, null));
			Set<String> oldBodies = Set.of();
			if (openCase.isPresent()) {
				oldBodies = groupsOf(caseFiles.of(openCase.get().processInstanceId()).route());
				moved = cases.moveToCell(caseId, t.toCellId(), today) + releaseClaims(caseId);
			}
			if (mentorId != null) {
				moved += replaceMentor(caseId, record.mentorId(), mentorId);
				members.replaceMentor(person.id(), mentorId, new Change(caseId, CONFIRM, actor, "Chi bộ " + t.toCellId()
						+ " cử đồng chí " + mentorId + " giúp đỡ đảng viên dự bị thay đồng chí " + record.mentorId()
						+ " (chuyển sinh hoạt đảng)", null));
			}
			if (openCase.isPresent()) {
				// the old cell's bodies (and the replaced mentor) no longer see the case; bodies on both routes keep it
				Set<String> leaving = new java.util.TreeSet<>(oldBodies);
				leaving.removeAll(groupsOf(caseFiles.of(openCase.get().processInstanceId()).route()));
				Set<String> users = mentorId != null && record.mentorId() != null && !record.mentorId().equals(mentorId)
						? Set.of(record.mentorId()) : Set.of();
				for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()) {
					events.publishEvent(new CaseLeft(instance.getId(), leaving, users));
				}
			}
			if (moved > 0) {
				members.note(person.id(), new Change(caseId, CONFIRM, actor, moved + " việc đang mở của hồ sơ chuyển sang chi bộ mới", null));
			}
		}
		audit.decision(actor, caseId != null ? caseId : "CSHĐ-" + id, "Tiếp nhận chuyển sinh hoạt đảng " + t.kind()
				+ " tại " + t.toCellId());
		return transfers.find(id).orElseThrow();
	}

	/** One transfer, for the sending or receiving side's bodies. */
	@Transactional(readOnly = true)
	public Transfer one(long id, Set<String> groups) {
		return transfers.find(id)
			.filter(t -> scope.mayRead(groups, t.fromCellId()) || (t.toCellId() != null && scope.mayRead(groups, t.toCellId())))
			.orElseThrow(() -> new NotVisible("Không tìm thấy giấy chuyển sinh hoạt đảng số " + id + "."));
	}

	/**
	 * Transfers to cells of a unit's subtree ({@code incoming}) or from them, by status: what the
	 * receiving committee has to confirm (SENT), or who attends there temporarily (CONFIRMED, TEMPORARY).
	 */
	@Transactional(readOnly = true)
	public List<Transfer> ofUnit(String unitId, boolean incoming, Transfer.Status status, Set<String> groups) {
		if (!scope.mayRead(groups, unitId)) {
			throw NotVisible.unit(unitId);
		}
		return transfers.ofUnits(organizations.subtreeIds(unitId), incoming, status == null ? Transfer.Status.SENT : status);
	}

	/**
	 * Tasks of the moved case that someone of the old cell had claimed go back to the new cell's
	 * body; tasks assigned to the mentor (no candidate group) follow the mentor instead.
	 */
	private int releaseClaims(String caseId) {
		int released = 0;
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskAssigned().list()) {
			boolean groupTask = tasks.getIdentityLinksForTask(task.getId()).stream()
				.anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null);
			if (groupTask) {
				tasks.setAssignee(task.getId(), null);
				released++;
			}
		}
		return released;
	}

	/** The case file names the new mentor (who may then see the case) and the old mentor's open tasks go to them. */
	private int replaceMentor(String caseId, String oldMentorId, String newMentorId) {
		if (caseId == null) {
			return 0;
		}
		int moved = 0;
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()) {
			caseFiles.replaceMentor(instance.getId(), newMentorId);
			if (oldMentorId == null) {
				continue;
			}
			for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(oldMentorId).list()) {
				tasks.setAssignee(task.getId(), newMentorId);
				moved++;
			}
		}
		return moved;
	}

	private static ConflictException waitingAlready() {
		return new ConflictException("personId", "one-waiting-transfer",
				"Người này đã có một giấy chuyển sinh hoạt đảng đang chờ nơi đến tiếp nhận.");
	}

	/** The bodies a route names (its candidate groups). */
	private static Set<String> groupsOf(vn.partyadmission.organization.CaseRouting route) {
		Set<String> groups = new java.util.TreeSet<>();
		route.asVariables().forEach((name, value) -> {
			if (name.endsWith("Group") && value instanceof String group) {
				groups.add(group);
			}
		});
		return groups;
	}

	private static boolean actsFor(Set<String> groups, String group) {
		return groups.contains(group) || groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
