package vn.partyadmission.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import vn.partyadmission.shared.Dates;
import vn.partyadmission.shared.Inputs;

/**
 * Deadlines of the procedure in working days, as the models state them: due dates and timers are
 * {@code ${deadlines.due('ADMISSION_DECISION', cellResolutionDate, decisionExtensionDays)}}.
 * The number of days per deadline and the longest extension come from processes/deadlines.dmn.
 */
@Component("deadlines")
public class Deadlines {

	/** A deadline's rule: working days, and the longest extension allowed (0: none). */
	public record Rule(int workingDays, int maxExtensionWorkingDays) {
	}

	private final DecisionService decisions;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	Deadlines(DecisionService decisions, WorkingDayCalendar calendar, Clock clock) {
		this.decisions = decisions;
		this.calendar = calendar;
		this.clock = clock;
	}

	public Rule rule(String deadline) {
		DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey("deadline")
			.variables(Map.of("deadline", deadline))
			.evaluate()
			.getSingleResult();
		if (rule == null) {
			throw new IllegalArgumentException("no deadline '" + deadline + "' in deadlines.dmn");
		}
		return new Rule(((Number) rule.get("workingDays")).intValue(),
				((Number) rule.get("maxExtensionWorkingDays")).intValue());
	}

	/**
	 * An extension is granted once, from 1 to the rule's longest extension, in working days
	 * (24-QĐ/TW §4.3); the refusal names the field.
	 */
	public void checkExtension(Inputs in, String deadline, String decisionField, int alreadyExtended, Integer days) {
		Rule rule = rule(deadline);
		in.check(alreadyExtended == 0, decisionField, "extend-once", alreadyExtended);
		if (days != null) {
			in.check(days >= 1 && days <= rule.maxExtensionWorkingDays(), "extensionWorkingDays", "extension-limit",
					rule.maxExtensionWorkingDays(), days);
		}
	}

	/** The last day of a deadline counted from {@code from}, with an extension in working days. */
	public LocalDate dueDay(String deadline, LocalDate from, int extensionWorkingDays) {
		return calendar.addWorkingDays(from, rule(deadline).workingDays() + extensionWorkingDays);
	}

	/**
	 * For the models: the end of the deadline's last day, in the Vietnamese time zone. Accepts the
	 * start as an ISO date string, a LocalDate or a Date, and a null extension as none.
	 */
	public Date due(String deadline, Object from, Object extensionWorkingDays) {
		int extension = extensionWorkingDays == null ? 0 : ((Number) extensionWorkingDays).intValue();
		LocalDate last = dueDay(deadline, Dates.toLocalDate(from), extension);
		return endOf(last);
	}

	Date endOf(LocalDate day) {
		return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
	}

}
