package vn.partyadmission.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.partyadmission.casework.VoteRules;

/** The limits in processes/eligibility.dmn and vote-rules.dmn at their boundaries, without an engine. */
class EligibilityDecisionTest {

	static DmnEngine dmn;

	static DmnDecision eligibility;

	static DmnDecision majority;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = Files.newInputStream(Path.of("processes/eligibility.dmn"))) {
			eligibility = dmn.parseDecision("eligibility", in);
		}
		try (InputStream in = Files.newInputStream(Path.of("processes/vote-rules.dmn"))) {
			majority = dmn.parseDecision("requiredMajority", in);
		}
	}

	@Test
	void ageFrom18FullYears_countedInMonths() {
		assertThat(violations(215, false, "UPPER_SECONDARY", false, null)).containsExactly("AGE_BELOW_18");
		assertThat(violations(216, false, "UPPER_SECONDARY", false, null)).isEmpty();
	}

	@Test
	void over60_onlyWithTheProvincialStandingCommitteesConsent() {
		assertThat(violations(720, false, "HIGHER", false, null)).isEmpty();
		assertThat(violations(721, false, "HIGHER", false, null)).containsExactly("AGE_OVER_60_WITHOUT_CONSENT");
		assertThat(violations(721, true, "HIGHER", false, null)).isEmpty();
	}

	@Test
	void lowerSecondaryRequired_primaryEnoughInHardshipAreas_literacyWithConsent() {
		assertThat(violations(300, false, "PRIMARY", false, null)).containsExactly("EDUCATION_BELOW_LOWER_SECONDARY");
		assertThat(violations(300, false, "LOWER_SECONDARY", false, null)).isEmpty();
		assertThat(violations(300, false, "PRIMARY", true, null)).isEmpty();
		assertThat(violations(300, false, "LITERATE", true, null)).containsExactly("EDUCATION_LITERATE_WITHOUT_CONSENT");
		assertThat(violations(300, true, "LITERATE", true, null)).isEmpty();
		assertThat(violations(300, true, "NONE", true, null)).containsExactly("EDUCATION_ILLITERATE");
	}

	@Test
	void awarenessCertificateValidFor60Months() {
		assertThat(violations(300, false, "HIGHER", false, 59)).isEmpty();
		assertThat(violations(300, false, "HIGHER", false, 60)).containsExactly("CERTIFICATE_EXPIRED");
	}

	@Test
	void everyViolatedRuleIsReported_notOnlyTheFirst() {
		assertThat(violations(200, false, "PRIMARY", false, 61)).containsExactlyInAnyOrder("AGE_BELOW_18",
				"EDUCATION_BELOW_LOWER_SECONDARY", "CERTIFICATE_EXPIRED");
	}

	@Test
	void cellVoteNeedsTwoThirds_andEscalatesAfterThreeFailures() {
		Map<String, Object> rule = dmn.evaluateDecision(majority, Map.of("body", "CELL_ADMISSION")).getSingleResult().getEntryMap();
		VoteRules.Majority m = new VoteRules.Majority(((Number) rule.get("numerator")).intValue(),
				((Number) rule.get("denominator")).intValue(), ((Number) rule.get("maxFailedVotes")).intValue());

		assertThat(m.maxFailedVotes()).isEqualTo(3);
		assertThat(m.isReachedBy(6, 9)).isTrue();
		assertThat(m.isReachedBy(5, 9)).isFalse();
		assertThat(m.isReachedBy(4, 5)).isTrue();
		assertThat(m.isReachedBy(3, 5)).isFalse();
		assertThat(m.votesNeeded(7)).isEqualTo(5);
	}

	private List<String> violations(int ageMonths, boolean consent, String education, boolean hardship,
			Integer certificateAgeMonths) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("ageMonths", ageMonths);
		inputs.put("provincialConsent", consent);
		inputs.put("education", education);
		inputs.put("hardshipArea", hardship);
		inputs.put("certificateAgeMonths", certificateAgeMonths);
		return dmn.evaluateDecision(eligibility, inputs).collectEntries("ruleCode");
	}

}
