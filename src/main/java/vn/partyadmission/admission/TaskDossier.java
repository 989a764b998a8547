package vn.partyadmission.admission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseFile;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.IssuedDocuments;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.Dates;
import vn.partyadmission.shared.Messages;

/**
 * What the body deciding a step sees of the case: when a user task of a case is created, its
 * task-local variable {@code dossier} is set to a Vietnamese summary (Markdown, shown by the form's
 * text component {@code {{dossier}}}) of what came before: the person, the introducers, the
 * awareness certificate, the cell's vote with its base, the verification, the committees'
 * resolutions and appraisals, the decision, the ceremony and the deadline, read from the case file,
 * the register and the stored documents.
 * <p>
 * Display only: no step reads it back (each step reads the case file and the register itself),
 * and as a task-local variable it ends with its task. Registered without touching the models,
 * through the Spring eventing bridge of the Camunda starter ({@code camunda.bpm.eventing.task},
 * on by default), which calls it in the engine's transaction when the task is created. It never
 * fails a step: a summary that cannot be made is left out.
 */
@Component
class TaskDossier {

	static final String VARIABLE = "dossier";

	/** The ceremony form's mentor select reads its options here (valuesKey). */
	static final String MENTOR_OPTIONS = "mentorOptions";

	static final String CEREMONY = "HoldAdmissionCeremony";

	private static final Logger log = LoggerFactory.getLogger(TaskDossier.class);


	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CaseFiles files;

	private final MemberRegister members;

	private final AdmissionCaseRepository cases;

	private final OrganizationTree organizations;

	private final IssuedDocuments documents;

	TaskDossier(CaseFiles files, MemberRegister members, AdmissionCaseRepository cases, OrganizationTree organizations,
			IssuedDocuments documents) {
		this.files = files;
		this.members = members;
		this.cases = cases;
		this.organizations = organizations;
		this.documents = documents;
	}

	@EventListener(condition = "#task.eventName == 'create'")
	public void onCreate(DelegateTask task) {
		if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getProcessInstanceId() == null) {
			return;
		}
		try {
			files.find(task.getProcessInstanceId()).ifPresent(file -> {
				task.setVariableLocal(VARIABLE, summary(file, task.getDueDate()));
				if (CEREMONY.equals(task.getTaskDefinitionKey())) {
					task.setVariableLocal(MENTOR_OPTIONS, ChoiceLists.of(officialsOf(file.cellId())));
				}
			});
		}
		catch (RuntimeException e) {
			// display only: the step goes on without it
			log.warn("No dossier for task {} of {}: {}", task.getTaskDefinitionKey(), task.getProcessInstanceId(),
					e.getClass().getSimpleName());
		}
	}

	/** The summary of the case as its file, register and documents record it now. */
	String summary(CaseFile file, java.util.Date due) {
		Map<String, Object> progress = file.progress();
		List<String> lines = new ArrayList<>();
		lines.add("#### Hồ sơ kết nạp " + file.caseId());
		Optional<Person> person = members.findPerson(file.personId());
		Optional<MemberRecord> record = members.findRecord(file.personId());
		person.ifPresent(p -> lines.add("- **Người vào Đảng:** " + p.fullName() + ", sinh ngày " + day(p.dateOfBirth())
				+ record.map(r -> "; hiện là " + Messages.say("status." + r.status())).orElse("")));
		organizations.find(file.cellId()).ifPresent(cell -> lines.add("- **Chi bộ:** " + cell.name()));
		cases.find(file.caseId()).ifPresent(c -> {
			List<String> introducers = cases.introducers(c.id()).stream()
				.map(i -> members.findPerson(i.personId()).map(Person::fullName).orElse(i.personId()) + " ("
						+ relation(i.relation()) + (i.knownSince() == null ? "" : " từ " + day(i.knownSince())) + ")")
				.toList();
			String path = Messages.say("introduction-path." + c.introductionPath());
			lines.add("- **Giới thiệu:** " + path + (c.unionResolutionNumber() == null ? ""
					: ", nghị quyết số " + c.unionResolutionNumber()) + (introducers.isEmpty() ? ""
							: "; người giới thiệu: " + String.join("; ", introducers)));
		});
		record.filter(r -> r.awarenessCertificateDate() != null)
			.ifPresent(r -> lines.add("- **Giấy chứng nhận học lớp nhận thức về Đảng (CN-NTVĐ):** số "
					+ r.awarenessCertificateNumber() + " ngày " + day(r.awarenessCertificateDate())));
		Object verified = progress.get("backgroundVerified");
		if (verified != null) {
			lines.add("- **Thẩm tra lý lịch (20-KNĐ):** " + (Boolean.TRUE.equals(verified) ? "đã thẩm tra, xác nhận lý lịch"
					: "thẩm tra phát hiện vấn đề"));
		}
		vote(file, "6-KNĐ", "Chi bộ biểu quyết (Nghị quyết 6-KNĐ)", "đảng viên chính thức", progress.get("cellVoteAttempts"))
			.ifPresent(lines::add);
		if (progress.get("cellVoteOutcome") != null && documents.latest(file.caseId(), "6-KNĐ").isEmpty()) {
			lines.add("- **Chi bộ biểu quyết:** lần " + progress.get("cellVoteAttempts") + ", chưa đạt");
		}
		Object failed = progress.get("failedVotesDecision");
		if (failed != null) {
			lines.add("- **Cấp ủy cấp trên xem xét ba lần biểu quyết không đạt:** "
					+ ("PROCEED".equals(failed) ? "cho tiếp tục" : "kết thúc hồ sơ"));
		}
		vote(file, "8-KNĐ", "Đảng ủy cơ sở (Nghị quyết 8-KNĐ)", "ủy viên ban chấp hành", null).ifPresent(lines::add);
		if (Boolean.FALSE.equals(progress.get("grassrootsVotePassed"))) {
			lines.add("- **Đảng ủy cơ sở:** nghị quyết không được thông qua");
		}
		Object appraisal = progress.get("appraisalOutcome");
		if (appraisal != null) {
			lines.add("- **Ban tổ chức thẩm định:** " + ("FORWARD".equals(appraisal) ? "trình ban thường vụ"
					: "trả lại chi bộ bổ sung hồ sơ"));
		}
		documents.latest(file.caseId(), "9-KNĐ").ifPresent(d -> lines.add("- **Quyết định kết nạp (9-KNĐ):** số "
				+ d.number() + " ngày " + day(d.date())));
		record.filter(r -> r.ceremonyDate() != null).ifPresent(r -> lines.add("- **Lễ kết nạp:** ngày " + day(r.ceremonyDate())
				+ (r.probationEndDate() == null ? "" : "; hết thời gian dự bị ngày " + day(r.probationEndDate()))
				+ (r.mentorId() == null ? "" : "; đảng viên giúp đỡ: "
						+ members.findPerson(r.mentorId()).map(Person::fullName).orElse(r.mentorId()))));
		vote(file, "13-KNĐ", "Chi bộ xét công nhận (Nghị quyết 13-KNĐ)", "đảng viên chính thức",
				progress.get("recognitionVoteAttempts")).ifPresent(lines::add);
		vote(file, "15-KNĐ", "Đảng ủy cơ sở xét công nhận (Nghị quyết 15-KNĐ)", "ủy viên ban chấp hành", null)
			.ifPresent(lines::add);
		if (due != null) {
			lines.add("- **Hạn giải quyết bước này:** " + day(due.toInstant().atZone(VIETNAM).toLocalDate()));
		}
		return String.join("\n", lines);
	}

	/** The cell's official members, by name, birth year and standing: whom the ceremony may name as mentor. */
	List<ChoiceLists.Choice> officialsOf(String cellId) {
		return members.personsOfCell(cellId).stream()
			.filter(p -> members.findRecord(p.id()).map(r -> r.status() == MemberStatus.OFFICIAL).orElse(false))
			.sorted(java.util.Comparator.comparing(Person::fullName))
			.map(p -> new ChoiceLists.Choice(p.id(), p.fullName() + " – sinh năm " + p.dateOfBirth().getYear() + " – "
					+ Messages.say("status." + MemberStatus.OFFICIAL)))
			.toList();
	}

	/** A passed vote as its stored resolution records it: number, date, votes for out of the base, present. */
	private Optional<String> vote(CaseFile file, String formCode, String title, String base, Object attempts) {
		return documents.latest(file.caseId(), formCode).map(d -> {
			Map<String, String> f = d.facts();
			StringBuilder line = new StringBuilder("- **").append(title).append(":** số ").append(d.number()).append(" ngày ")
				.append(day(d.date()));
			if (f.containsKey("votesFor") && f.containsKey("baseMembers")) {
				line.append("; ").append(f.get("votesFor")).append("/").append(f.get("baseMembers")).append(' ').append(base)
					.append(" tán thành");
				if (f.containsKey("attendees")) {
					line.append(", có mặt ").append(f.get("attendees"));
				}
				if (f.containsKey("votesAgainst")) {
					line.append(", không tán thành ").append(f.get("votesAgainst"));
				}
			}
			if (attempts instanceof Number n && n.intValue() > 1) {
				line.append(" (lần biểu quyết thứ ").append(n).append(')');
			}
			return line.toString();
		});
	}

	private static String relation(String relation) {
		return switch (relation == null ? "" : relation) {
			case "WORK" -> "cùng công tác";
			case "STUDY" -> "cùng học tập";
			case "RESIDENCE" -> "cùng cư trú";
			default -> "quan hệ khác";
		};
	}

	private static String day(LocalDate date) {
		return Dates.vn(date);
	}

}
