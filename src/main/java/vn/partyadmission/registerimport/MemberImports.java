package vn.partyadmission.registerimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.admission.AdmissionRules;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.organization.UnitScope;

/**
 * Runs an import in the background: decode, check the header, check every row, then take over the
 * valid rows in one transaction when the user asked for it and the outcome allows it. The counts
 * are written every {@value #PROGRESS_EVERY} rows, each write its own short transaction.
 */
@Service
public class MemberImports {

	static final int PROGRESS_EVERY = 500;

	private static final Logger log = LoggerFactory.getLogger(MemberImports.class);

	private final MemberImportRepository imports;

	private final MemberRegister members;

	private final OrganizationTree tree;

	private final UnitScope scope;

	private final AdmissionRules rules;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	MemberImports(MemberImportRepository imports, MemberRegister members, OrganizationTree tree, UnitScope scope,
			AdmissionRules rules, TransactionTemplate transaction,
			@Qualifier(MemberImportConfiguration.EXECUTOR) TaskExecutor executor, Clock clock) {
		this.imports = imports;
		this.members = members;
		this.tree = tree;
		this.scope = scope;
		this.rules = rules;
		this.transaction = transaction;
		this.executor = executor;
		this.clock = clock;
	}

	/** What the user asked for; {@code groups} are the user's groups, the scope rows are checked against. */
	record Request(boolean dryRun, boolean importValidRows, String user, Set<String> groups) {
	}

	/** Only the bodies of a unit and administrators take over members; an ordinary member does not. */
	boolean mayImport(Set<String> groups) {
		return scope.actsForAUnit(groups);
	}

	/** Records the import as running and hands the file to a background thread; returns at once. */
	MemberImport start(byte[] csv, Request request) {
		String id = UUID.randomUUID().toString();
		imports.create(id, request.dryRun(), request.importValidRows(), request.user(), clock.instant());
		try {
			executor.execute(() -> run(id, csv, request));
		}
		catch (TaskRejectedException e) {
			imports.fail(id, "too many imports are running; send the file again later", clock.instant());
		}
		return imports.find(id).orElseThrow();
	}

	MemberImport find(String id) {
		return imports.find(id).orElse(null);
	}

	List<ImportError> errors(String id, int page, int size) {
		return imports.errors(id, page, size);
	}

	int countErrors(String id) {
		return imports.countErrors(id);
	}

	private void run(String id, byte[] csv, Request request) {
		if (!imports.claim(id, clock.instant())) {
			log.warn("Member import {} was given up as abandoned while it waited; not run", id);
			return;
		}
		try {
			process(id, csv, request);
		}
		catch (RuntimeException e) {
			log.error("Member import {} failed", id, e);
			imports.fail(id, "nothing imported: " + e.getMessage(), clock.instant());
		}
	}

	private void process(String id, byte[] csv, Request request) {
		String text;
		try {
			text = Utf8.decode(csv);
		}
		catch (Utf8.NotUtf8Exception e) {
			imports.refuse(id, new ImportError(e.line, null, null, e.getMessage()), clock.instant());
			return;
		}
		List<CsvReader.Row> rows = CsvReader.read(text);
		String expected = String.join(",", RowCheck.COLUMNS) + " (optionally followed by "
				+ String.join(",", RowCheck.IDENTIFIER_COLUMNS) + ")";
		if (rows.isEmpty()) {
			imports.refuse(id, new ImportError(1, null, null, "the file is empty; expected the header " + expected),
					clock.instant());
			return;
		}
		CsvReader.Row header = rows.get(0);
		List<String> columns = header.fields().equals(RowCheck.COLUMNS_WITH_IDENTIFIERS) ? RowCheck.COLUMNS_WITH_IDENTIFIERS
				: RowCheck.COLUMNS;
		if (header.problem() != null || !header.fields().equals(columns)) {
			imports.refuse(id, new ImportError(header.line(), firstWrongColumn(header.fields()), null,
					"wrong header: expected the columns " + expected + " but found " + String.join(",", header.fields())),
					clock.instant());
			return;
		}
		if (rows.size() == 1) {
			imports.refuse(id, new ImportError(header.line(), null, null, "the file has a header and no member rows"),
					clock.instant());
			return;
		}
		List<CsvReader.Row> data = rows.subList(1, rows.size());
		imports.begin(id, data.size(), clock.instant());

		LocalDate today = LocalDate.now(clock);
		Map<String, Set<String>> taken = new HashMap<>();
		RowCheck.identifierValues(data, columns).forEach((field, values) -> taken.put(field, members.takenValues(field, values)));
		RowCheck check = new RowCheck(columns, members.existingIds(RowCheck.values(data, columns, "id")), taken, tree,
				scope, request.groups(), today, rules.probationMonths());
		List<RowCheck.Member> valid = new ArrayList<>();
		List<ImportError> newErrors = new ArrayList<>();
		int invalid = 0;
		int processed = 0;
		for (CsvReader.Row row : data) {
			RowCheck.Result result = check.check(row);
			if (result.member() != null) {
				valid.add(result.member());
			}
			else {
				invalid++;
				newErrors.addAll(result.errors());
			}
			processed++;
			if (processed % PROGRESS_EVERY == 0) {
				imports.progress(id, processed, valid.size(), invalid, newErrors, clock.instant());
				newErrors.clear();
			}
		}
		imports.progress(id, processed, valid.size(), invalid, newErrors, clock.instant());

		if (request.dryRun() || invalid > 0 && !request.importValidRows()) {
			imports.finish(id, ImportStatus.VALIDATED, 0, clock.instant());
			return;
		}
		Change change = new Change(null, null, request.user(), "Tiếp nhận từ sổ đảng viên giấy, lần nhập " + id, null);
		// all or nothing: a failure on row 9,999 leaves the register as it was
		transaction.executeWithoutResult(status -> {
			valid.forEach(m -> members.takeOver(m.person(), m.standing(), m.identifiers(), change));
			if (!imports.finish(id, ImportStatus.IMPORTED, valid.size(), clock.instant())) {
				// given up as abandoned by another node meanwhile: its user was told nothing was imported
				throw new IllegalStateException("import " + id + " was given up as abandoned; rolled back");
			}
		});
		log.info("Member import {} by {}: {} taken over, {} rows refused", id, request.user(), valid.size(), invalid);
	}

	private static String firstWrongColumn(List<String> found) {
		List<String> expected = found.size() > RowCheck.COLUMNS.size() ? RowCheck.COLUMNS_WITH_IDENTIFIERS
				: RowCheck.COLUMNS;
		for (int i = 0; i < expected.size(); i++) {
			if (i >= found.size() || !expected.get(i).equals(found.get(i))) {
				return expected.get(i);
			}
		}
		return null;
	}

}
