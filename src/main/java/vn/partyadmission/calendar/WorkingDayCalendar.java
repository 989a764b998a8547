package vn.partyadmission.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.shared.Inputs;
import vn.partyadmission.shared.InvalidInputException;

/**
 * Working days for deadlines stated "within N working days" (24-QĐ/TW). Public holidays follow
 * Labour Code 2019 Art. 112: 1 January; Tết, five days (by default the last day of the lunar
 * year and the first four of the new one); Hùng Kings' day (10th day of the 3rd lunar month);
 * 30 April; 1 May; National Day, 2 September and an adjacent day. A holiday on a weekend gives a
 * compensatory day on the next working day. The government fixes the exact days each year: an
 * administrator records those decisions as {@link CalendarDay}s, which override the computed calendar.
 */
@Service
public class WorkingDayCalendar {

	static final String LABOUR_CODE = "Labour Code 2019 Art. 112";

	/** Computed holidays per year: a pure function of the year, the same on every node. */
	private final Map<Integer, Map<LocalDate, CalendarDay>> computed = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkingDayCalendar(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(day, decisions(day, day));
	}

	/** The {@code workingDays}-th working day after {@code from}: the last day of a deadline. */
	public LocalDate addWorkingDays(LocalDate from, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("working days must not be negative: " + workingDays);
		}
		// a generous window: even 90 working days with Tết fit in 150 calendar days
		Map<LocalDate, CalendarDay> decisions = decisions(from, from.plusDays(workingDays * 2L + 60));
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day, decisions)) {
				counted++;
			}
		}
		return day;
	}

	/** Every day of a year that differs from an ordinary week: computed holidays and official decisions. */
	public List<CalendarDay> specialDays(int year) {
		Map<LocalDate, CalendarDay> days = new TreeMap<>(holidays(year));
		days.putAll(decisions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		return List.copyOf(days.values());
	}

	/** Records an official decision: a day off (e.g. a bridge day) or a make-up working day. */
	@Transactional
	public void decide(CalendarDay day, String enteredBy) {
		if (day.name() == null || day.name().isBlank()) {
			throw InvalidInputException.of("name", "required");
		}
		if (day.source() == null || day.source().isBlank()) {
			throw InvalidInputException.of("source", "required");
		}
		// what the columns hold (name 200, source 300) and PostgreSQL can store (no U+0000)
		Inputs in = new Inputs(Map.of("name", day.name(), "source", day.source()));
		in.text("name");
		in.text("source");
		in.check(day.name().length() <= 200, "name", "max-length", 200, day.name().length());
		in.check(day.source().length() <= 300, "source", "max-length", 300, day.source().length());
		in.throwIfInvalid();
		jdbc.sql("delete from calendar_day where calendar_date = ?").param(day.day()).update();
		jdbc.sql("insert into calendar_day (calendar_date, working, name, source, entered_by, entered_at) values (?, ?, ?, ?, ?, ?)")
			.params(day.day(), day.working(), day.name(), day.source(), enteredBy, Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	public boolean withdraw(LocalDate day) {
		return jdbc.sql("delete from calendar_day where calendar_date = ?").param(day).update() > 0;
	}

	private boolean isWorkingDay(LocalDate day, Map<LocalDate, CalendarDay> decisions) {
		CalendarDay decided = decisions.get(day);
		if (decided != null) {
			return decided.working();
		}
		return !isWeekend(day) && !holidays(day.getYear()).containsKey(day);
	}

	private Map<LocalDate, CalendarDay> decisions(LocalDate from, LocalDate to) {
		Map<LocalDate, CalendarDay> days = new TreeMap<>();
		jdbc.sql("select calendar_date, working, name, source from calendar_day where calendar_date between ? and ?")
			.params(from, to)
			.query((rs, row) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class), rs.getBoolean("working"),
					rs.getString("name"), rs.getString("source")))
			.list()
			.forEach(d -> days.put(d.day(), d));
		return days;
	}

	Map<LocalDate, CalendarDay> holidays(int year) {
		return computed.computeIfAbsent(year, WorkingDayCalendar::computeHolidays);
	}

	private static Map<LocalDate, CalendarDay> computeHolidays(int year) {
		Map<LocalDate, CalendarDay> days = new TreeMap<>();
		holiday(days, LocalDate.of(year, 1, 1), "New Year's Day (Tết Dương lịch)");
		LocalDate tet = LunarCalendar.newYear(year);
		holiday(days, tet.minusDays(1), "Tết: last day of the lunar year");
		for (int i = 0; i < 4; i++) {
			holiday(days, tet.plusDays(i), "Tết: day " + (i + 1) + " of the lunar new year");
		}
		holiday(days, LunarCalendar.toSolar(10, 3, year), "Hùng Kings' Commemoration (Giỗ Tổ Hùng Vương)");
		holiday(days, LocalDate.of(year, 4, 30), "Reunification Day (30/4)");
		holiday(days, LocalDate.of(year, 5, 1), "International Labour Day (1/5)");
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holiday(days, nationalDay, "National Day (2/9)");
		// the adjacent day is decided yearly; by default the one that joins a weekend
		DayOfWeek weekday = nationalDay.getDayOfWeek();
		LocalDate adjacent = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY ? nationalDay.plusDays(1)
				: nationalDay.minusDays(1);
		holiday(days, adjacent, "National Day (adjacent day)");
		compensate(days);
		return days;
	}

	/** A holiday on Saturday or Sunday is taken on the next working day (Labour Code 2019 Art. 111-112). */
	private static void compensate(Map<LocalDate, CalendarDay> days) {
		List<CalendarDay> onWeekends = days.values().stream().filter(d -> isWeekend(d.day())).toList();
		for (CalendarDay holiday : onWeekends) {
			LocalDate day = holiday.day().plusDays(1);
			while (isWeekend(day) || days.containsKey(day)) {
				day = day.plusDays(1);
			}
			days.put(day, new CalendarDay(day, false, "Compensatory day for " + holiday.name(), LABOUR_CODE));
		}
	}

	private static void holiday(Map<LocalDate, CalendarDay> days, LocalDate day, String name) {
		days.put(day, new CalendarDay(day, false, name, LABOUR_CODE));
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
