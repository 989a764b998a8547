package vn.partyadmission.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.casework.CaseFiles;
import vn.partyadmission.casework.CaseSteps;
import vn.partyadmission.casework.Step;
import vn.partyadmission.membership.Document;
import vn.partyadmission.membership.MemberRecord;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.Dates;
import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.Messages;

/**
 * Opens, reads, re-routes and closes admission cases. Opening runs inside the start of the
 * process (the OpenCase service task), so a case started from Tasklist, the REST API or
 * {@link #start} passes the same checks, and a refused start leaves no process, case or record.
 */
@Service
public class AdmissionCases {

	private final AdmissionCaseRepository cases;

	private final MemberRegister members;

	private final OrganizationTree organizations;

	private final Eligibility eligibility;

	private final AdmissionRules rules;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final CaseFiles caseFiles;

	private final Clock clock;

	private final IntroductionRules introduction;

	AdmissionCases(AdmissionCaseRepository cases, MemberRegister members, OrganizationTree organizations,
			Eligibility eligibility, AdmissionRules rules, RuntimeService runtime, TaskService tasks,
			CaseFiles caseFiles, Clock clock, IntroductionRules introduction) {
		this.introduction = introduction;
		this.caseFiles = caseFiles;
		this.cases = cases;
		this.members = members;
		this.organizations = organizations;
		this.eligibility = eligibility;
		this.rules = rules;
		this.runtime = runtime;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * Starts the admission process for a person; the values are those of the start form
	 * (open-admission-case.form). Returns the case.
	 */
	@Transactional
	public AdmissionCase start(Map<String, Object> values) {
		ProcessInstance instance = runtime.startProcessInstanceByKey(AdmissionProcess.KEY, values);
		return cases.findByProcessInstance(instance.getId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<AdmissionCase> find(String caseId) {
		return cases.find(caseId);
	}

	@Transactional(readOnly = true)
	public Optional<AdmissionCase> findOpenByPerson(String personId) {
		return cases.findOpenByPerson(personId);
	}


	/**
	 * The way of introduction the rules require for a person of the register today, if only one is
	 * open to them (a Youth Union member of youth age: the Youth Union's), for a form to steer by.
	 */
	@Transactional(readOnly = true)
	public Optional<IntroductionPath> requiredIntroductionPath(String personId) {
		return members.findPerson(personId).flatMap(p -> introduction.required(p, LocalDate.now(clock)));
	}

	/** Checks the start values, creates the case and moves the person's record: the OpenCase activity. */
	void open(Step step) {
		Inputs in = step.inputs();
		LocalDate today = LocalDate.now(clock);
		String personId = in.text("personId");
		String cellId = in.text("cellId");
		IntroductionPath path = in.choice("introductionPath", IntroductionPath.class);
		String unionResolution = in.optionalText("unionResolutionNumber");
		String certificateNumber = in.optionalText("certificateNumber");
		LocalDate certificateDate = in.optionalDate("certificateDate");
		String consent = in.optionalText("provincialConsentNumber");
		in.throwIfInvalid();

		// who asks first, then about whom: a refusal before the person is known to be in the user's own
		// cell says nothing of their status, cell or case (an unknown id reads the same)
		CaseRouting routing = organizations.routingFor(cellId, today);
		if (!step.actorActsFor(routing.cellSecretaryGroup())) {
			throw InvalidInputException.of("cellId", "secretary-of-the-cell", cellId);
		}
		Person person = members.findPerson(personId).filter(p -> p.cellId().equals(cellId))
			.orElseThrow(CaseSteps::personNotInYourCell);
		MemberRecord record = members.findRecord(personId)
			.orElseThrow(CaseSteps::personNotInYourCell);
		if (!record.status().mayOpenCase()) {
			throw InvalidInputException.of("personId", "candidate-status", personId, Messages.say("status." + record.status()));
		}
		cases.findOpenByPerson(personId).ifPresent(open -> {
			throw ConflictException.of("personId", "one-open-case", personId, open.id());
		});

		// a certificate on record counts only while valid; otherwise the person attends the class again
		if (certificateDate == null && record.awarenessCertificateDate() != null
				&& eligibility.certificateValid(record.awarenessCertificateDate(), today)) {
			certificateDate = record.awarenessCertificateDate();
			certificateNumber = record.awarenessCertificateNumber();
		}
		if (certificateDate != null && certificateNumber == null) {
			in.refuse("certificateNumber", "required");
		}
		if (certificateDate != null && certificateDate.isAfter(today)) {
			in.refuse("certificateDate", "not-in-future", today, certificateDate);
		}
		IntroductionRules.Needs needs = path == null ? null : introduction.needs(path);
		if (needs != null && needs.unionResolution() && unionResolution == null) {
			in.refuse("unionResolutionNumber", "union-resolution", Messages.say("introduction-path." + path),
					needs.unionResolutionForm());
		}
		if (path != null) {
			// the table's own words, unless the bundle has the rule in the reader's language
			introduction.violations(path, person, today)
				.forEach(v -> in.reject(v.field(), v.rule(), Messages.sayOr("refusal." + v.rule(), v.message())));
		}
		List<Introducer> introducers = readIntroducers(in, needs, person, today);
		in.throwIfInvalid();
		boolean hardship = organizations.lineage(cellId).stream().anyMatch(Organization::hardshipArea);
		// age counts on the day the cell considers the case, not today: checked again at its meeting
		eligibility.checkAtOpening(person, today, hardship, consent != null, certificateDate);

		String caseId = "KN-" + today.getYear() + "-" + String.format("%06d", cases.nextNumber());
		AdmissionCase opened = new AdmissionCase(caseId, personId, cellId, routing.competentCommitteeId(),
				step.execution().getProcessInstanceId(), path, unionResolution, AdmissionProcess.OPEN_CASE, null,
				step.actor(), clock.instant(), null, null, null);
		try {
			cases.insert(opened);
		}
		catch (DuplicateKeyException e) {
			// a concurrent start for the same person won the race
			throw new ConflictException("personId", "one-open-case", Messages.say("refusal.one-open-case.race", personId));
		}
		for (int i = 0; i < introducers.size(); i++) {
			Introducer introducer = introducers.get(i);
			cases.insertIntroducer(caseId, i + 1, introducer.personId(), introducer.relation(), introducer.knownSince());
		}

		Step inCase = step.inCase(caseFiles.open(caseId, personId, step.execution().getProcessInstanceId(), routing,
				Map.of("certificateValid", certificateDate != null, "hardshipArea", hardship, "cellVoteAttempts", 0,
						"decisionExtensionDays", 0)));
		// past the eligibility check, a certificate that is present is a valid one
		boolean certified = certificateDate != null;
		if (record.status().startsOver()) {
			members.restartCandidacy(personId, certified ? MemberStatus.AWARENESS_CERTIFIED : MemberStatus.SOURCE_CANDIDATE,
					today, inCase.change("Mở hồ sơ kết nạp mới sau " + (record.status() == MemberStatus.REJECTED
							? "lần không được kết nạp trước" : "hồ sơ trước đã kết thúc vì hoàn cảnh của người vào Đảng"), null));
		}
		members.note(personId, inCase.change("Chi bộ mở hồ sơ kết nạp " + caseId + "; người giới thiệu: "
				+ describe(path, introducers, unionResolution), null));
		if (certified && !certificateDate.equals(record.awarenessCertificateDate())) {
			members.certifyAwareness(personId, certificateNumber, certificateDate,
					inCase.change("Nộp giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", Document.of("CN-NTVĐ", certificateNumber, certificateDate)));
		}

		step.execution().setProcessBusinessKey(caseId);
		// for display in Tasklist only: nothing reads them back
		step.execution().setVariable("caseId", caseId);
		step.execution().setVariable("personName", person.fullName());
		step.execution().setVariable("cellId", cellId);
	}

	private record Introducer(String personId, Relation relation, LocalDate knownSince) {
	}

	/**
	 * Each introducer is an official member of the same grassroots organization who has worked,
	 * studied or lived with the applicant for at least introducerMinMonths (24-QĐ/TW §3).
	 */
	private List<Introducer> readIntroducers(Inputs in, IntroductionRules.Needs needs, Person person, LocalDate today) {
		if (needs == null) {
			return List.of();
		}
		String grassroots = organizations.grassrootsOf(person.cellId());
		Set<String> seen = new HashSet<>();
		List<Introducer> introducers = new java.util.ArrayList<>();
		for (int i = 1; i <= needs.officialMembers(); i++) {
			String prefix = "introducer" + i;
			String id = in.text(prefix + "Id");
			Relation relation = in.choice(prefix + "Relation", Relation.class);
			LocalDate since = in.date(prefix + "Since");
			if (id == null) {
				continue;
			}
			if (id.equals(person.id()) || !seen.add(id)) {
				in.refuse(prefix + "Id", "distinct-introducers");
				continue;
			}
			Optional<Person> introducer = members.findPerson(id);
			Optional<MemberRecord> record = members.findRecord(id);
			boolean ofTheUnit = introducer.isPresent() && record.isPresent()
					&& grassroots.equals(organizations.grassrootsOf(introducer.get().cellId()));
			if (!ofTheUnit || record.get().status() != MemberStatus.OFFICIAL) {
				// the status is named only for a person of the applicant's own cell: nothing is said of
				// whether an id exists elsewhere, where, or as what
				boolean ownCell = ofTheUnit && introducer.get().cellId().equals(person.cellId());
				in.reject(prefix + "Id", "introducer-official", ownCell
						? Messages.refusal(prefix + "Id", "introducer-official", id, Messages.say("status." + record.get().status()))
						: Messages.say("refusal.introducer-official.not-found", id));
			}
			if (since != null && since.isAfter(today.minusMonths(rules.introducerMinMonths()))) {
				in.refuse(prefix + "Since", "introducer-12-months", rules.introducerMinMonths(), since);
			}
			introducers.add(new Introducer(id, relation, since));
		}
		return introducers;
	}

	private static String describe(IntroductionPath path, List<Introducer> introducers, String unionResolution) {
		String members = String.join(", ", introducers.stream().map(Introducer::personId).toList());
		return switch (path) {
			case TWO_MEMBERS -> "đảng viên chính thức " + members + " (3-KNĐ)";
			case YOUTH_UNION -> "nghị quyết số " + unionResolution + " của Ban Chấp hành Đoàn cơ sở (4-KNĐ) và đảng viên chính thức "
					+ members;
			case TRADE_UNION -> "nghị quyết số " + unionResolution + " của Ban Chấp hành Công đoàn cơ sở (4A-KNĐ) và đảng viên chính thức "
					+ members;
		};
	}

	/** The deadlines of deadlines.dmn as a reader of the journal knows them. */
	static String deadlineName(String deadline) {
		return switch (deadline) {
			case "ADMISSION_DECISION" -> "ra quyết định kết nạp";
			case "CEREMONY" -> "tổ chức lễ kết nạp";
			case "RECOGNITION_REVIEW" -> "chi bộ xét công nhận đảng viên chính thức";
			case "RECOGNITION_DECISION" -> "ra quyết định công nhận đảng viên chính thức";
			case "MENTOR_NOTE" -> "nhận xét của đảng viên giúp đỡ";
			default -> deadline;
		};
	}

	/** The case's result so far: ADMITTED at the ceremony, then OFFICIAL or REMOVED, or REJECTED. */
	public void recordOutcome(String caseId, String outcome) {
		cases.outcome(caseId, outcome);
	}

	/** A deadline of the case passed: the case is marked overdue on its record and the journal says so. */
	public void markOverdue(Step step, String deadline) {
		LocalDate today = LocalDate.now(clock);
		cases.overdue(step.caseId(), deadline, today);
		members.note(step.personId(), step.change("Quá thời hạn " + deadlineName(deadline) + " ngày "
				+ Dates.vn(today) + "; cấp ủy cấp trên được báo cáo", null));
	}

	/** The overdue step was done (or its deadline extended): the case is no longer overdue on it. */
	public void clearOverdue(String caseId, String deadline) {
		cases.clearOverdue(caseId, deadline);
	}

	/** Marks the step the case has reached, for "cases by stage". */
	public void stage(Step step) {
		cases.stage(step.caseId(), step.activityId());
	}

	/** The process ended: the case closes, and the person may be proposed again if not admitted. */
	void close(String processInstanceId) {
		cases.findByProcessInstance(processInstanceId)
			.ifPresent(c -> cases.close(c.id(), "CANCELLED", clock.instant()));
		caseFiles.close(processInstanceId);
	}

	/**
	 * Re-routes the open cases that involve the given organizations after a reorganisation: the case
	 * moves to the cell's successor, its case file names the new bodies, and each open task of its
	 * processes swaps its candidate group for the successor's. Returns the number of tasks moved.
	 */
	@Transactional
	public RerouteResult reroute(Collection<String> organizationIds, Map<String, String> cellSuccessors,
			LocalDate effective) {
		int casesMoved = 0;
		int tasksMoved = 0;
		List<Rerouted> moved = new ArrayList<>();
		for (AdmissionCase c : cases.findOpenInvolving(organizationIds)) {
			String cellId = cellSuccessors.getOrDefault(c.cellId(), c.cellId());
			CaseRouting routing = organizations.routingFor(cellId, effective);
			tasksMoved += moveTo(c, cellId, routing);
			casesMoved++;
			moved.add(new Rerouted(c.id(), c.personId(), c.cellId(), cellId, c.competentCommitteeId(), routing));
		}
		return new RerouteResult(casesMoved, tasksMoved, moved);
	}

	/**
	 * Moves one open case to another cell (its person's Party life was transferred there): the
	 * case file names the new cell's bodies and open tasks go to them. Returns the number of tasks
	 * moved; a closed or unknown case is refused.
	 */
	@Transactional
	public int moveToCell(String caseId, String cellId, LocalDate effective) {
		AdmissionCase c = cases.find(caseId).filter(AdmissionCase::isOpen)
			.orElseThrow(() -> new ConflictException("caseId", "open-case", "Hồ sơ " + caseId + " không còn mở."));
		return moveTo(c, cellId, organizations.routingFor(cellId, effective));
	}

	private int moveTo(AdmissionCase c, String cellId, CaseRouting routing) {
		int tasksMoved = 0;
		cases.reroute(c.id(), cellId, routing.competentCommitteeId());
		Map<String, Object> before = caseFiles.of(c.processInstanceId()).route().asVariables();
		// the admission process and the probation it calls share the case id as business key
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.id()).list()) {
			caseFiles.reroute(instance.getId(), routing);
			runtime.setVariable(instance.getId(), "cellId", cellId);
			for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
				tasksMoved += moveCandidateGroups(task, before, routing.asVariables());
			}
		}
		return tasksMoved;
	}

	/** What a re-routing moved: counts, and each case with its route before and after (a reform's preview lists them). */
	public record RerouteResult(int cases, int tasks, List<Rerouted> moved) {
	}

	public record Rerouted(String caseId, String personId, String fromCellId, String toCellId,
			String fromCompetentCommitteeId, CaseRouting route) {
	}

	private int moveCandidateGroups(Task task, Map<String, Object> before, Map<String, Object> after) {
		int moved = 0;
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
				continue;
			}
			for (Map.Entry<String, Object> variable : before.entrySet()) {
				Object successor = after.get(variable.getKey());
				if (link.getGroupId().equals(variable.getValue()) && successor != null && !successor.equals(link.getGroupId())) {
					tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
					tasks.addCandidateGroup(task.getId(), (String) successor);
					moved++;
					break;
				}
			}
		}
		return moved;
	}

}
