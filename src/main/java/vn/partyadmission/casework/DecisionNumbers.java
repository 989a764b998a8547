package vn.partyadmission.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.shared.Messages;

/**
 * Decision numbers a deciding body issued: one number per body (the case's competent committee),
 * form and year of the decision. The table's primary key decides between two concurrent uses;
 * the lookup before it only names the case that holds the number.
 */
@Service
public class DecisionNumbers {

	private final JdbcClient jdbc;

	private final Clock clock;

	DecisionNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that the case's competent committee issued this number on this date; a number the
	 * body already issued that year for another case is a 409 on {@code decisionNumber}. Call it
	 * before anything else of the decision is written, so a refusal leaves nothing behind.
	 */
	public void issue(Step step, String formCode, String number, LocalDate date) {
		String body = step.route().competentCommitteeId();
		String key = key(number);
		Optional<String> holder = holder(body, formCode, date.getYear(), key);
		if (holder.isPresent()) {
			if (holder.get().equals(step.caseId())) {
				return;
			}
			throw taken(number, date, holder.get());
		}
		try {
			jdbc.sql("""
					insert into issued_decision_number (body_id, form_code, decision_year, number_key, decision_number,
					                                    case_id, issued_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(body, formCode, date.getYear(), key, number, step.caseId(), Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException e) {
			// a concurrent decision took it between the lookup and the insert; its transaction is
			// still open, so the case is not visible yet
			throw new ConflictException("decisionNumber", "decision-number-unique",
					Messages.say("refusal.decision-number-unique.just-used", number, date.getYear()));
		}
	}

	private Optional<String> holder(String body, String formCode, int year, String key) {
		return jdbc.sql("""
				select case_id from issued_decision_number
				where body_id = ? and form_code = ? and decision_year = ? and number_key = ?""")
			.params(body, formCode, year, key)
			.query(String.class)
			.optional();
	}

	private static ConflictException taken(String number, LocalDate date, String caseId) {
		return ConflictException.of("decisionNumber", "decision-number-unique", number, date.getYear(), caseId);
	}

	/** "QĐ  45" and "qđ 45" are one number: case and runs of spaces do not make another. */
	static String key(String number) {
		return number.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

}
