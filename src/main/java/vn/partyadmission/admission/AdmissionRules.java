package vn.partyadmission.admission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rule values an administrator may change with the next regulation (application.yml,
 * admission.rules.*). Age, education and certificate limits are in processes/eligibility.dmn and
 * vote thresholds in processes/vote-rules.dmn; docs/rules.md traces each value to its source.
 *
 * @param introducerMinMonths months an introducer must have worked, studied or lived with the
 * applicant (24-QĐ/TW §3)
 * @param probationMonths length of probation from the ceremony (Charter Art. 5)
 */
@ConfigurationProperties("admission.rules")
public record AdmissionRules(int introducerMinMonths, int probationMonths) {

	public AdmissionRules {
		if (introducerMinMonths <= 0) {
			introducerMinMonths = 12;
		}
		if (probationMonths <= 0) {
			probationMonths = 12;
		}
	}

}
