package vn.partyadmission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.partyadmission.calendar.Deadlines;
import vn.partyadmission.shared.Dates;

/** Dates of probation for the model's timers: quarters from the ceremony, and the end of the 12 months. */
@Component("probationSchedule")
public class ProbationSchedule {

	static final int MONTHS_PER_NOTE = 3;

	private final Deadlines deadlines;

	private final Clock clock;

	ProbationSchedule(Deadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** The day the next quarterly note falls due: 3, 6, 9 months after the ceremony. */
	public LocalDate noteDay(Object ceremonyDate, Object notesWritten) {
		return Dates.toLocalDate(ceremonyDate).plusMonths((long) MONTHS_PER_NOTE * (((Number) notesWritten).intValue() + 1));
	}

	public Date noteDue(Object ceremonyDate, Object notesWritten) {
		return startOf(noteDay(ceremonyDate, notesWritten));
	}

	/** The mentor has the MENTOR_NOTE working days of deadlines.dmn to write it. */
	public Date noteDeadline(Object ceremonyDate, Object notesWritten) {
		return deadlines.due("MENTOR_NOTE", noteDay(ceremonyDate, notesWritten), 0);
	}

	/** Probation ends at the start of the day 12 months after the ceremony. */
	public Date end(Object probationEndDate) {
		return startOf(Dates.toLocalDate(probationEndDate));
	}

	private Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
	}

}
