package vn.partyadmission.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.Messages;

/**
 * The register of numbers a body gives its outgoing documents, per body and year: decisions of
 * the competent committee (one series per kind: 9-KNĐ, QĐ-CNĐVCT, QĐ-XT), resolutions of a cell
 * or a committee (one series "NQ" for all its resolutions: 6- and 13-KNĐ of a cell share it), and
 * the cell's records ("BB"). A number typed on the form is checked against the register; a number
 * left out is the body's next free one of the year. The table's primary key decides between two
 * concurrent uses; the lookup before it only names the case that holds the number.
 */
@Service
public class DecisionNumbers {

	/** The series of a body's resolutions (nghị quyết). */
	public static final String RESOLUTIONS = "NQ";

	/** The series of a body's records (biên bản). */
	public static final String RECORDS = "BB";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	DecisionNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records that the case's competent committee issued this number on this date; a number the
	 * body already issued that year for another case is a 409 on {@code decisionNumber}. Call it
	 * before anything else of the decision is written, so a refusal leaves nothing behind.
	 */
	public void issue(Step step, String formCode, String number, LocalDate date) {
		issue(step, step.route().competentCommitteeId(), formCode, formCode, "decisionNumber", number, date);
	}

	/**
	 * The number of a resolution or record the body issues for the case: the typed one when given
	 * (409 on {@code field} if the body used it that year for another case), otherwise the body's
	 * next free number of the year in the series, written "07-NQ/CB". Call it before anything else
	 * of the step is written.
	 *
	 * @param symbol the body's abbreviation after the slash: "CB" for a cell, "ĐU" for a committee
	 */
	public String number(Step step, String bodyId, String formCode, String series, String symbol, String field,
			String typed, LocalDate date) {
		if (typed != null) {
			issue(step, bodyId, formCode, series, field, typed, date);
			return typed;
		}
		Optional<String> earlier = ofCase(bodyId, formCode, date.getYear(), step.caseId());
		if (earlier.isPresent()) {
			// the step done again for the same case (a repeated vote, a returned dossier) keeps its number
			return earlier.get();
		}
		ensureSequence(bodyId, series, date.getYear());
		while (true) {
			// the row lock taken here orders concurrent steps of one body until their commits
			jdbc.sql("update document_number_sequence set last_number = last_number + 1 where body_id = ? and series = ? and number_year = ?")
				.params(bodyId, series, date.getYear())
				.update();
			int next = jdbc.sql("select last_number from document_number_sequence where body_id = ? and series = ? and number_year = ?")
				.params(bodyId, series, date.getYear())
				.query(Integer.class)
				.single();
			String candidate = String.format("%02d-%s/%s", next, series, symbol);
			// a number typed earlier by hand is skipped, not issued twice
			if (holder(bodyId, series, date.getYear(), key(candidate)).isEmpty()) {
				issue(step, bodyId, formCode, series, field, candidate, date);
				return candidate;
			}
		}
	}

	private void issue(Step step, String body, String formCode, String series, String field, String number,
			LocalDate date) {
		String key = key(number);
		Optional<Holder> holder = holder(body, series, date.getYear(), key);
		if (holder.isPresent()) {
			if (holder.get().caseId().equals(step.caseId()) && formCode.equals(holder.get().form())) {
				return;
			}
			throw taken(field, number, date, holder.get().caseId());
		}
		try {
			jdbc.sql("""
					insert into issued_decision_number (body_id, form_code, decision_year, number_key, decision_number,
					                                    case_id, issued_at, document_form)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(body, series, date.getYear(), key, number, step.caseId(), Timestamp.from(clock.instant()), formCode)
				.update();
		}
		catch (DuplicateKeyException e) {
			// a concurrent step took it between the lookup and the insert; its transaction is still
			// open, so the case is not visible yet
			throw new ConflictException(field, "decision-number-unique", Messages.say(
					"refusal.decision-number-unique.just-used" + (field.startsWith("resolution") ? ".resolution" : ""),
					number, date.getYear()));
		}
	}

	/** The sequence's row exists before any step updates it, made in its own transaction so a race on it aborts nothing. */
	private void ensureSequence(String body, String series, int year) {
		boolean exists = jdbc.sql("select count(*) from document_number_sequence where body_id = ? and series = ? and number_year = ?")
			.params(body, series, year)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> jdbc
				.sql("insert into document_number_sequence (body_id, series, number_year, last_number) values (?, ?, ?, 0)")
				.params(body, series, year)
				.update());
		}
		catch (DuplicateKeyException e) {
			// another node made it first: the same row is there now
		}
	}

	private record Holder(String caseId, String form) {
	}

	private Optional<Holder> holder(String body, String series, int year, String key) {
		return jdbc.sql("""
				select case_id, document_form from issued_decision_number
				where body_id = ? and form_code = ? and decision_year = ? and number_key = ?""")
			.params(body, series, year, key)
			.query((rs, row) -> new Holder(rs.getString(1), rs.getString(2)))
			.optional();
	}

	private Optional<String> ofCase(String body, String formCode, int year, String caseId) {
		return jdbc.sql("""
				select decision_number from issued_decision_number
				where body_id = ? and document_form = ? and decision_year = ? and case_id = ?""")
			.params(body, formCode, year, caseId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Refusal of a number the body gave another case: the bundle's message for the field (decision or resolution). */
	private static ConflictException taken(String field, String number, LocalDate date, String caseId) {
		return ConflictException.of(field, "decision-number-unique", number, date.getYear(), caseId);
	}

	/** "QĐ  45" and "qđ 45" are one number: case and runs of spaces do not make another. */
	static String key(String number) {
		return number.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

}
