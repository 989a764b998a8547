package vn.partyadmission.casework;

import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.partyadmission.organization.CaseRouting;
import vn.partyadmission.shared.InvalidInputException;

/**
 * Opens, binds, reads and re-routes case files. A process instance acts on a case only once it is
 * bound to it: the admission process when the case opens, its probation when the call starts. A
 * file is read once per transaction (every expression and step of one engine command share it),
 * never kept between requests.
 */
@Service
public class CaseFiles {

	/** Progress entry naming the mentor, who works the mentor's tasks and may see the case. */
	public static final String MENTOR = "mentorId";

	private final CaseFileRepository files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFiles(CaseFileRepository files, ApplicationEventPublisher events, Clock clock) {
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The bodies (candidate groups) named on the routes of open cases, so that an operator can check
	 * each has someone in it before a task reaches it. Reads distinct routes, not each case.
	 */
	public Set<String> bodiesOnOpenRoutes() {
		Set<String> groups = new TreeSet<>();
		files.openRoutes().forEach(route -> groups.addAll(CaseFile.groupsOf(route)));
		return groups;
	}

	/** Opens the file of a new case and binds the process instance that opened it. */
	public CaseFile open(String caseId, String personId, String processInstanceId, CaseRouting route,
			Map<String, Object> progress) {
		CaseFile file = new CaseFile(caseId, personId, true, route, progress);
		files.insert(file);
		files.bind(processInstanceId, caseId);
		cache().put(processInstanceId, file);
		events.publishEvent(file.routedTo(processInstanceId));
		return file;
	}

	/**
	 * Binds a called process (probation) to the case of the process that called it; the start
	 * listener of probation.bpmn. A process started on its own, without a caller bound to an open
	 * case, is refused.
	 */
	void bindCalledProcess(DelegateExecution execution) {
		DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
		CaseFile file = caller == null ? null : openFile(caller.getProcessInstanceId());
		if (file == null) {
			throw notACase();
		}
		files.bind(execution.getProcessInstanceId(), file.caseId());
		cache().put(execution.getProcessInstanceId(), file);
		events.publishEvent(file.routedTo(execution.getProcessInstanceId()));
	}

	/**
	 * Binds another process instance of an open case (its probation, when the case was opened before
	 * the case file existed and its probation had already started).
	 */
	public void bind(String processInstanceId, String caseId, String caseProcessInstanceId) {
		CaseFile file = of(caseProcessInstanceId);
		files.bind(processInstanceId, caseId);
		cache().put(processInstanceId, file);
		events.publishEvent(file.routedTo(processInstanceId));
	}

	/** The open case of a process instance; refused when the instance is not bound to one. */
	public CaseFile of(String processInstanceId) {
		CaseFile file = openFile(processInstanceId);
		if (file == null) {
			throw notACase();
		}
		return file;
	}

	public Optional<CaseFile> find(String processInstanceId) {
		return Optional.ofNullable(read(processInstanceId));
	}

	/**
	 * Records what a step decided; the models' gateways, timers and assignments read it at once (the
	 * file of this transaction), the database gets it once, before the transaction commits.
	 */
	void set(CaseFile file, String name, Object value) {
		file.put(name, value);
		ReadInThisTransaction transaction = transaction();
		if (transaction == null) {
			files.saveProgress(file);
		}
		else {
			transaction.changed.add(file);
		}
	}

	/**
	 * A new mentor for the case: recorded in its progress, and the mentor may see the case's
	 * process instances.
	 */
	public void replaceMentor(String processInstanceId, String mentorId) {
		CaseFile file = of(processInstanceId);
		set(file, MENTOR, mentorId);
		events.publishEvent(file.routedTo(processInstanceId));
	}

	/** A reorganisation moved the case: the bodies of its new route act from now on. */
	public void reroute(String processInstanceId, CaseRouting route) {
		CaseFile file = of(processInstanceId);
		file.reroute(route);
		files.saveRoute(file);
		events.publishEvent(file.routedTo(processInstanceId));
	}

	/** The case ended: no step of any of its processes may act on it any more. */
	public void close(String processInstanceId) {
		CaseFile file = read(processInstanceId);
		if (file != null) {
			files.close(file.caseId(), clock.instant());
			cache().remove(processInstanceId);
		}
	}

	private CaseFile openFile(String processInstanceId) {
		CaseFile file = read(processInstanceId);
		return file != null && file.isOpen() ? file : null;
	}

	private CaseFile read(String processInstanceId) {
		Map<String, CaseFile> cache = cache();
		CaseFile file = cache.get(processInstanceId);
		if (file == null) {
			file = files.findByProcessInstance(processInstanceId).orElse(null);
			if (file != null) {
				// the processes of one case share one file in a transaction
				String caseId = file.caseId();
				file = cache.values().stream().filter(f -> f.caseId().equals(caseId)).findFirst().orElse(file);
				cache.put(processInstanceId, file);
			}
		}
		return file;
	}

	static InvalidInputException notACase() {
		return InvalidInputException.of("processInstanceId", "open-case");
	}

	/**
	 * The files read in the current transaction. Kept in a synchronization of that transaction, so a
	 * transaction that suspends it (REQUIRES_NEW) starts with its own, and a rollback discards it.
	 */
	private Map<String, CaseFile> cache() {
		ReadInThisTransaction transaction = transaction();
		return transaction == null ? new HashMap<>() : transaction.files;
	}

	private ReadInThisTransaction transaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof ReadInThisTransaction read) {
				return read;
			}
		}
		ReadInThisTransaction read = new ReadInThisTransaction(files);
		TransactionSynchronizationManager.registerSynchronization(read);
		return read;
	}

	/** The files read and changed in one transaction; a changed file's progress is written once, at its end. */
	private static final class ReadInThisTransaction implements TransactionSynchronization {

		private final Map<String, CaseFile> files = new HashMap<>();

		private final Set<CaseFile> changed = Collections.newSetFromMap(new IdentityHashMap<>());

		private final CaseFileRepository repository;

		ReadInThisTransaction(CaseFileRepository repository) {
			this.repository = repository;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			changed.forEach(repository::saveProgress);
		}

	}

}
