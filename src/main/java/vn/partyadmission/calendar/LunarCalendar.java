package vn.partyadmission.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar: new moons and solar terms computed for UTC+7 (which is why
 * some years differ from the Chinese calendar), with the astronomical series of J. Meeus as
 * published for this calendar by Hồ Ngọc Đức. Only what the holidays need: a lunar date to a solar one.
 */
final class LunarCalendar {

	private static final double TIME_ZONE = 7.0;

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double EPOCH = 2415021.076998695;

	private LunarCalendar() {
	}

	/** Solar date of a day of a (non-leap) lunar month of the lunar year that starts in {@code lunarYear}. */
	static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
		long a11;
		long b11;
		if (lunarMonth < 11) {
			a11 = lunarMonth11(lunarYear - 1);
			b11 = lunarMonth11(lunarYear);
		}
		else {
			a11 = lunarMonth11(lunarYear);
			b11 = lunarMonth11(lunarYear + 1);
		}
		long k = floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
		int offset = lunarMonth - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			if (offset >= leapOffset) {
				offset += 1;
			}
		}
		long monthStart = newMoonDay(k + offset);
		return fromJulianDay(monthStart + lunarDay - 1);
	}

	/** First day of the lunar new year (Tết) that falls in the solar year. */
	static LocalDate newYear(int year) {
		return toSolar(1, 1, year);
	}

	private static long julianDay(LocalDate date) {
		return date.getLong(JulianFields.JULIAN_DAY);
	}

	private static LocalDate fromJulianDay(long julianDay) {
		return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
	}

	/** Julian day of the k-th new moon after 1900-01-01, in universal time (fractional). */
	private static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return jd1 + c1 - deltaT;
	}

	private static long newMoonDay(long k) {
		return floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
	}

	/** Sun's longitude in radians, normalised to [0, 2π), at a Julian day in universal time. */
	private static double sunLongitude(double julianDay) {
		double t = (julianDay - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		return l - Math.PI * 2 * floor(l / (Math.PI * 2));
	}

	/** Which of the 12 major solar terms the day is in (0..11). */
	private static int solarTerm(long dayNumber) {
		return (int) floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
	}

	/** Julian day of the start of the 11th lunar month (the one holding the winter solstice) of a year. */
	private static long lunarMonth11(int year) {
		long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
		long k = floor(offset / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (solarTerm(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** In a 13-month year, the offset after month 11 of the leap month: the first without a major solar term. */
	private static int leapMonthOffset(long a11) {
		long k = floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = solarTerm(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = solarTerm(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

	private static long floor(double value) {
		return (long) Math.floor(value);
	}

}
