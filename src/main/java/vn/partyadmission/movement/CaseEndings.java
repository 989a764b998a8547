package vn.partyadmission.movement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.audit.AuditLog;
import vn.partyadmission.casework.CaseFile;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.InvalidInputException.FieldError;
import vn.partyadmission.shared.NotVisible;

/**
 * Ends a case by the person's situation: the person's standing, the journal line, the case's
 * outcome and the end of every process instance of the case (the admission process and the
 * probation it calls, with their tasks, report tasks and timers), in one transaction. The engine
 * ends the instances through its public API; the admission process's end listener closes the case
 * file and announces {@code CaseEnded}, as for any other end.
 */
@Service
public class CaseEndings {

	/** The activity id the journal gives an ending, so the timeline names the step. */
	static final String ACTIVITY = "CaseEnding";

	static final int NOTE_MAX = 500;

	private final AdmissionCases cases;

	private final CaseFiles caseFiles;

	private final MemberRegister members;

	private final UnitScope scope;

	private final RuntimeService runtime;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransferRepository transfers;

	CaseEndings(AdmissionCases cases, CaseFiles caseFiles, MemberRegister members, UnitScope scope,
			RuntimeService runtime, AuditLog audit, JdbcClient jdbc, Clock clock, TransferRepository transfers) {
		this.transfers = transfers;
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.members = members;
		this.scope = scope;
		this.runtime = runtime;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the cell or committee submits. */
	public record Request(EndingReason reason, String note, LocalDate date, String documentNumber) {
	}

	/** A recorded ending: the person's standing before and after. */
	public record Ending(String caseId, EndingReason reason, LocalDate endedOn, String note, String documentNumber,
			MemberStatus fromStatus, MemberStatus toStatus, String actor, Instant recordedAt) {
	}

	/**
	 * Ends the case for the user with these groups. A case of a unit the user may not see is "not
	 * found"; a user who sees it but is neither its cell's committee nor the organizing commission or
	 * standing committee of its competent committee is refused (403); bad input is refused naming the
	 * field (400) and a case already ended answers 409, each changing nothing.
	 */
	@Transactional
	public Ending end(String caseId, Request request, String actor, Set<String> groups) {
		AdmissionCase c = cases.find(caseId).filter(found -> scope.mayRead(groups, found.cellId()))
			.orElseThrow(() -> new NotVisible("Không tìm thấy hồ sơ '" + caseId + "'."));
		CaseFile file = openFile(c).orElseThrow(() -> alreadyEnded(caseId));
		if (!maySettle(groups, file.route())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ chi ủy của chi bộ có hồ sơ, ban tổ chức hoặc "
					+ "ban thường vụ của cấp ủy có thẩm quyền kết nạp mới được kết thúc hồ sơ.");
		}
		Request checked = check(request, c);
		return end(c, checked.reason(), checked.date(), checked.note(), checked.documentNumber(), null, actor);
	}

	/** Whether these groups may end cases of this route: the cell's committee, the competent committee's commission or standing committee. */
	static boolean maySettle(Set<String> groups, CaseRouting route) {
		return groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)
				|| groups.contains(route.cellSecretaryGroup()) || groups.contains(route.organizingCommissionGroup())
				|| groups.contains(route.standingCommitteeGroup());
	}

	/** The recorded ending of a case, for those who may see the case. */
	@Transactional(readOnly = true)
	public Optional<Ending> find(String caseId, Set<String> groups) {
		return cases.find(caseId).filter(c -> scope.mayRead(groups, c.cellId())).flatMap(c -> find(caseId));
	}

	/** The recorded ending of a case, if it ended by the person's situation. */
	@Transactional(readOnly = true)
	public Optional<Ending> find(String caseId) {
		return jdbc.sql("select * from case_ending where case_id = ?").param(caseId)
			.query((rs, row) -> new Ending(rs.getString("case_id"), EndingReason.valueOf(rs.getString("reason")),
					rs.getObject("ended_on", LocalDate.class), rs.getString("note"), rs.getString("document_number"),
					MemberStatus.valueOf(rs.getString("from_status")), MemberStatus.valueOf(rs.getString("to_status")),
					rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	Optional<CaseFile> openFile(AdmissionCase c) {
		return c.isOpen() ? caseFiles.find(c.processInstanceId()).filter(CaseFile::isOpen) : Optional.empty();
	}

	/**
	 * Ends an open case, checked by the caller. {@code standing}: the status the person gets, or null
	 * for the one the reason gives ({@link #standingAfter}); a transfer outside the register gives
	 * {@link MemberStatus#TRANSFERRED_OUT}.
	 */
	Ending end(AdmissionCase c, EndingReason reason, LocalDate date, String note, String documentNumber,
			MemberStatus standing, String actor) {
		MemberRecord record = members.findRecord(c.personId()).orElseThrow();
		MemberStatus target = standing != null ? standing : standingAfter(record.status(), reason);
		if (target != null && !record.status().canMoveTo(target)) {
			// e.g. a person removed whose case an open report keeps alive: nothing left to change
			target = null;
		}
		MemberStatus after = target == null ? record.status() : target;
		Instant now = clock.instant();
		try {
			jdbc.sql("""
					insert into case_ending (case_id, reason, ended_on, note, document_number, from_status, to_status,
					                         actor, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.id(), reason.name(), date, note, documentNumber, record.status().name(), after.name(), actor,
						Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException e) {
			// another request ended it first, maybe on another node
			throw alreadyEnded(c.id());
		}
		Change change = new Change(c.id(), ACTIVITY, actor, describe(c.id(), reason, record.status(), after, note),
				documentNumber == null ? null : Document.of(reason.documentCode(), documentNumber, date));
		if (target != null) {
			members.exit(c.personId(), target, date, change);
		}
		else {
			members.note(c.personId(), change);
		}
		cases.recordOutcome(c.id(), reason.name());
		transfers.cancelWaiting(c.personId());
		// ends the called probation with it, its tasks and timers; the end listener closes the case
		runtime.deleteProcessInstance(c.processInstanceId(), "Hồ sơ kết thúc: " + reason.words());
		audit.decision(actor, c.id(), "Kết thúc hồ sơ: " + reason.name() + ", " + record.status() + " → " + after);
		return new Ending(c.id(), reason, date, note, documentNumber, record.status(), after, actor, now);
	}

	/**
	 * The person's standing after the case ends: death ends it; a probationary member who withdraws,
	 * is disqualified or moves away without a transfer is removed from the list of probationary
	 * members (xóa tên); a disqualified candidate may not be proposed again; a candidate who
	 * withdraws or moves away is an ordinary person again, who may be (null: already one).
	 */
	static MemberStatus standingAfter(MemberStatus current, EndingReason reason) {
		if (reason == EndingReason.DIED) {
			return MemberStatus.DECEASED;
		}
		if (current == MemberStatus.PROBATIONARY) {
			return MemberStatus.REMOVED;
		}
		if (reason == EndingReason.DISQUALIFIED) {
			return MemberStatus.DISQUALIFIED;
		}
		return current.startsOver() ? null : MemberStatus.CASE_ENDED;
	}

	private static String describe(String caseId, EndingReason reason, MemberStatus from, MemberStatus to, String note) {
		String standing = switch (to) {
			case REMOVED -> "xóa tên trong danh sách đảng viên dự bị";
			case DECEASED -> "từ trần";
			case DISQUALIFIED -> "không đủ điều kiện, không được đề nghị kết nạp lại";
			case CASE_ENDED -> "trở lại là quần chúng, có thể được đề nghị kết nạp trong hồ sơ mới";
			case TRANSFERRED_OUT -> "ra khỏi sổ đảng viên của đơn vị";
			default -> "giữ nguyên " + to;
		};
		return "Hồ sơ " + caseId + " kết thúc: " + reason.words() + ". " + from + " → " + to + " (" + standing
				+ "). Ghi chú: " + note;
	}

	private Request check(Request request, AdmissionCase c) {
		List<FieldError> errors = new ArrayList<>();
		if (request == null) {
			throw new InvalidInputException("body", "required", "Cần gửi lý do, ghi chú và ngày kết thúc hồ sơ.");
		}
		if (request.reason() == null) {
			errors.add(new FieldError("reason", "required",
					"Cần chọn lý do kết thúc hồ sơ: WITHDRAWN (xin rút), DIED (từ trần), MOVED_AWAY (chuyển đi nơi khác) "
							+ "hoặc DISQUALIFIED (phát hiện không đủ điều kiện)."));
		}
		String note = request.note() == null ? null : request.note().strip();
		if (note == null || note.isEmpty()) {
			errors.add(new FieldError("note", "required", "Cần ghi nhận xét của chi bộ hoặc cấp ủy về việc kết thúc hồ sơ."));
		}
		else if (note.length() > NOTE_MAX) {
			errors.add(new FieldError("note", "max-length", "Ghi chú dài tối đa " + NOTE_MAX + " ký tự."));
		}
		String number = request.documentNumber() == null || request.documentNumber().isBlank() ? null
				: request.documentNumber().strip();
		if (number != null && number.length() > 60) {
			errors.add(new FieldError("documentNumber", "max-length", "Số văn bản dài tối đa 60 ký tự."));
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate opened = LocalDate.ofInstant(c.openedAt(), ZoneId.systemDefault());
		if (request.date() == null) {
			errors.add(new FieldError("date", "required", "Cần ghi ngày xảy ra sự việc (ngày xin rút, ngày từ trần, ...)."));
		}
		else if (request.date().isAfter(today)) {
			errors.add(new FieldError("date", "not-in-future", "Ngày không được sau hôm nay (" + today + ")."));
		}
		else if (request.date().isBefore(opened)) {
			errors.add(new FieldError("date", "after-case-opened", "Ngày không được trước ngày mở hồ sơ (" + opened + ")."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Request(request.reason(), note, request.date(), number);
	}

	static ConflictException alreadyEnded(String caseId) {
		return new ConflictException("caseId", "open-case", "Hồ sơ " + caseId + " đã kết thúc, không thể kết thúc lại.");
	}

}
