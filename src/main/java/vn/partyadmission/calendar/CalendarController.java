package vn.partyadmission.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.shared.InvalidInputException;

/** The working-day calendar: anyone signed in reads it; administrators record the year's official decisions. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	/** The years a calendar is asked for: the lunar feasts are computed for them, not for any int. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2199;

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/{year}")
	List<CalendarDay> specialDays(@PathVariable int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidInputException.of("year", "calendar-range", FIRST_YEAR, LAST_YEAR, year);
		}
		return calendar.specialDays(year);
	}

	/** Body: {"working": false, "name": "...", "source": "decision number and date"}. */
	@PutMapping("/days/{day}")
	@PreAuthorize("hasAuthority('camunda-admin')")
	CalendarDay decide(@PathVariable LocalDate day, @RequestBody Decision decision, Principal user) {
		CalendarDay decided = new CalendarDay(day, decision.working(), decision.name(), decision.source());
		calendar.decide(decided, user.getName());
		return decided;
	}

	@DeleteMapping("/days/{day}")
	@PreAuthorize("hasAuthority('camunda-admin')")
	ResponseEntity<Void> withdraw(@PathVariable LocalDate day) {
		return calendar.withdraw(day) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	record Decision(boolean working, String name, String source) {
	}

}
