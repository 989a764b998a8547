package vn.partyadmission.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national target for the yearly admission rate, new members as a share of total membership
 * (application.yml, reporting.admission-rate.*; docs/rules.md gives the source).
 *
 * @param minPercent the lower end of the yearly target (3 % in Resolution 21-NQ/TW, 2022, for 2020–2025)
 * @param maxPercent the upper end (4 %)
 * @param source the document the values come from, shown beside the rate
 */
@ConfigurationProperties("reporting.admission-rate")
record AdmissionRateTarget(double minPercent, double maxPercent, String source) {

	AdmissionRateTarget {
		if (minPercent <= 0 && maxPercent <= 0) {
			minPercent = 3;
			maxPercent = 4;
		}
		if (maxPercent < minPercent) {
			throw new IllegalArgumentException("reporting.admission-rate: max-percent " + maxPercent
					+ " is below min-percent " + minPercent);
		}
		if (source == null || source.isBlank()) {
			source = "Nghị quyết 21-NQ/TW ngày 16/6/2022";
		}
	}

}
