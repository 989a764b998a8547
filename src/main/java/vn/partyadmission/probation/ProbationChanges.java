package vn.partyadmission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.CaseSteps;
import vn.partyadmission.casework.Step;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Discipline;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/**
 * What a cell records during probation (probation-change.bpmn): a discipline, which can only be a
 * reprimand or a warning, or a new mentor when the mentor moves, is disciplined or cannot go on;
 * the mentor's open tasks then follow the new mentor.
 */
@Service
class ProbationChanges {

	static final String PROBATION = "probation";

	enum ChangeKind {
		DISCIPLINE, REPLACE_MENTOR
	}

	enum MentorChangeReason {
		MOVED, DISCIPLINED, UNABLE
	}

	private final MemberRegister members;

	private final AdmissionCases cases;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Clock clock;

	private final CaseFiles caseFiles;

	ProbationChanges(MemberRegister members, AdmissionCases cases, RuntimeService runtime, TaskService tasks,
			Clock clock, CaseFiles caseFiles) {
		this.members = members;
		this.cases = cases;
		this.runtime = runtime;
		this.tasks = tasks;
		this.clock = clock;
		this.caseFiles = caseFiles;
	}

	void apply(Step step) {
		Inputs in = step.inputs();
		String personId = in.text("personId");
		ChangeKind kind = in.choice("changeKind", ChangeKind.class);
		LocalDate date = in.pastDate("decisionDate", LocalDate.now(clock));
		String number = in.optionalText("decisionNumber");
		String reason = in.text("reason");
		in.throwIfInvalid();
		// an unknown person and one of another cell get the same answer: it reveals nothing of other units
		Person person = members.findPerson(personId)
			.filter(p -> step.actorActsFor(Groups.cellSecretary(p.cellId())))
			.orElseThrow(CaseSteps::personNotInYourCell);
		MemberRecord record = members.findRecord(personId).orElseThrow();
		if (record.status() != MemberStatus.PROBATIONARY) {
			throw InvalidInputException.of("personId", "probationary-member", personId, Messages.say("status." + record.status()));
		}
		String caseId = cases.findOpenByPerson(personId).map(c -> c.id()).orElse(null);
		if (kind == ChangeKind.DISCIPLINE) {
			Discipline.Kind discipline = disciplineKind(in);
			in.throwIfInvalid();
			members.recordDiscipline(personId, new Discipline(discipline, date, number, reason),
					new Change(caseId, step.activityId(), step.actor(), "Kỷ luật trong thời gian dự bị: " + switch (discipline) {
				case REPRIMAND -> "khiển trách";
				case WARNING -> "cảnh cáo";
				case DISMISSAL -> "cách chức";
				case EXPULSION -> "khai trừ";
				} + "; " + reason,
							Document.of("QĐ-KL", number, date)));
		}
		else {
			replaceMentor(in, step, person, record, caseId, reason, number, date);
		}
	}

	/** Any measure other than reprimand or warning is refused for a probationary member. */
	private static Discipline.Kind disciplineKind(Inputs in) {
		String value = in.text("disciplineKind");
		if (value == null) {
			return null;
		}
		try {
			Discipline.Kind kind = Discipline.Kind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
			in.check(kind.allowedInProbation(), "disciplineKind", "probation-discipline", Messages.say("discipline." + kind));
			return kind;
		}
		catch (IllegalArgumentException e) {
			in.refuse("disciplineKind", "probation-discipline", value);
			return null;
		}
	}

	private void replaceMentor(Inputs in, Step step, Person person, MemberRecord record, String caseId, String reason,
			String number, LocalDate date) {
		String newMentorId = in.text("newMentorId");
		MentorChangeReason why = in.choice("mentorChangeReason", MentorChangeReason.class);
		in.throwIfInvalid();
		Person mentor = members.findPerson(newMentorId).orElse(null);
		MemberStatus status = members.findRecord(newMentorId).map(MemberRecord::status).orElse(null);
		in.check(mentor != null && status == MemberStatus.OFFICIAL && mentor.cellId().equals(person.cellId()),
				"newMentorId", "mentor-official-of-cell", newMentorId);
		in.check(!newMentorId.equals(record.mentorId()), "newMentorId", "new-mentor", newMentorId);
		in.throwIfInvalid();
		int moved = moveMentorTasks(caseId, record.mentorId(), newMentorId);
		members.replaceMentor(person.id(), newMentorId, new Change(caseId, step.activityId(), step.actor(),
				"Thay đảng viên giúp đỡ " + record.mentorId() + " (" + switch (why) {
				case MOVED -> "chuyển đi";
				case DISCIPLINED -> "bị kỷ luật";
				case UNABLE -> "không thể tiếp tục giúp đỡ";
				} + ") bằng " + newMentorId + ": " + reason + "; chuyển "
						+ moved + " việc đang mở cho người giúp đỡ mới",
				number == null ? null : Document.of("NQ-CB", number, date)));
	}

	/**
	 * The probation process reads the mentor from its case file; open tasks of the old mentor follow,
	 * and the new mentor may see the probation case as the first one could.
	 */
	private int moveMentorTasks(String caseId, String oldMentorId, String newMentorId) {
		if (caseId == null) {
			return 0;
		}
		List<ProcessInstance> probations = runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROBATION)
			.processInstanceBusinessKey(caseId)
			.list();
		int moved = 0;
		for (ProcessInstance probation : probations) {
			caseFiles.replaceMentor(probation.getId(), newMentorId);
			for (Task task : tasks.createTaskQuery().processInstanceId(probation.getId()).taskAssignee(oldMentorId).list()) {
				tasks.setAssignee(task.getId(), newMentorId);
				moved++;
			}
		}
		return moved;
	}

}
