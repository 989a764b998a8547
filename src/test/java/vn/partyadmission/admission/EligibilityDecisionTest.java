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

/** The limits in processes/eligibility.dmn, introduction.dmn and vote-rules.dmn at their boundaries, without an engine. */
class EligibilityDecisionTest {

	static DmnEngine dmn;

	static DmnDecision eligibility;

	static DmnDecision majority;

	static DmnDecision introductionPath;

	static DmnDecision introductionRules;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = Files.newInputStream(Path.of("processes/eligibility.dmn"))) {
			eligibility = dmn.parseDecision("eligibility", in);
		}
		try (InputStream in = Files.newInputStream(Path.of("processes/vote-rules.dmn"))) {
			majority = dmn.parseDecision("requiredMajority", in);
		}
		try (InputStream in = Files.newInputStream(Path.of("processes/introduction.dmn"))) {
			introductionPath = dmn.parseDecision("introductionPath", in);
		}
		try (InputStream in = Files.newInputStream(Path.of("processes/introduction.dmn"))) {
			introductionRules = dmn.parseDecision("introductionRules", in);
		}
	}

	@Test
	void ageFrom18FullYears_countedInMonths() {
		assertThat(violations(215, false, "UPPER_SECONDARY", false, null)).containsExactly("AGE_BELOW_18");
		assertThat(violations(216, false, "UPPER_SECONDARY", false, null)).isEmpty();
	}

	@Test
	void ageIsCountedAtTheCellMeeting_notWhenTheCaseOpens() {
		// 17 years and 11 months may prepare the dossier; 61 years too, the consent comes later
		assertThat(violations("OPEN_CASE", 215, false, "UPPER_SECONDARY", false, false, null)).isEmpty();
		assertThat(violations("OPEN_CASE", 733, false, "UPPER_SECONDARY", false, false, null)).isEmpty();
		assertThat(violations("CELL_MEETING", 215, false, "UPPER_SECONDARY", false, false, null)).containsExactly("AGE_BELOW_18");
		// what does not change with time is refused at once
		assertThat(violations("OPEN_CASE", 215, false, "PRIMARY", false, false, 60))
			.containsExactlyInAnyOrder("EDUCATION_BELOW_LOWER_SECONDARY", "CERTIFICATE_EXPIRED");
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
		assertThat(violations(300, true, "NONE", true, null)).containsExactly("EDUCATION_ILLITERATE");
	}

	@Test
	void literacyAlone_onlyForVillageHeadsEldersAndReputablePeopleInHardshipAreas_withTheProvincialConsent() {
		String meeting = "CELL_MEETING";
		assertThat(violations(meeting, 300, false, "LITERATE", true, true, null))
			.containsExactly("EDUCATION_LITERATE_WITHOUT_CONSENT");
		assertThat(violations(meeting, 300, true, "LITERATE", true, true, null)).isEmpty();
		// anyone else in a hardship area, consent or not
		assertThat(violations(meeting, 300, true, "LITERATE", true, false, null))
			.containsExactly("EDUCATION_LITERATE_NOT_COMMUNITY_LEADER");
		// outside hardship areas a village head needs lower secondary like everyone
		assertThat(violations(meeting, 300, true, "LITERATE", false, true, null))
			.containsExactly("EDUCATION_BELOW_LOWER_SECONDARY");
	}

	@Test
	void introductionPaths_twoMembers_orAUnionsResolutionPlusOneMember() {
		assertThat(needs("TWO_MEMBERS")).containsExactly(2, null);
		assertThat(needs("YOUTH_UNION")).containsExactly(1, "4-KNĐ");
		assertThat(needs("TRADE_UNION")).containsExactly(1, "4A-KNĐ");
	}

	@Test
	void aYouthUnionMemberOfYouthAge_isIntroducedByTheYouthUnion_whichIntroducesOnlyItsMembersOfThatAge() {
		// youth age: up to 30 full years, 371 months
		assertThat(introduction("TWO_MEMBERS", 371, true)).containsExactly("YOUTH_UNION_PATH_REQUIRED");
		assertThat(introduction("TRADE_UNION", 371, true)).containsExactly("YOUTH_UNION_PATH_REQUIRED");
		assertThat(introduction("TWO_MEMBERS", 372, true)).isEmpty();
		assertThat(introduction("TWO_MEMBERS", 300, false)).isEmpty();
		assertThat(introduction("YOUTH_UNION", 300, true)).isEmpty();
		assertThat(introduction("YOUTH_UNION", 300, false)).containsExactly("YOUTH_UNION_MEMBER");
		assertThat(introduction("YOUTH_UNION", 372, true)).containsExactly("YOUTH_UNION_AGE");
		assertThat(introduction("TRADE_UNION", 400, false)).isEmpty();
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
		return violations("CELL_MEETING", ageMonths, consent, education, hardship, false, certificateAgeMonths);
	}

	private List<Object> needs(String path) {
		Map<String, Object> row = dmn.evaluateDecision(introductionPath, Map.of("path", path)).getSingleResult().getEntryMap();
		return java.util.Arrays.asList(((Number) row.get("officialMembers")).intValue(), row.get("unionResolutionForm"));
	}

	private List<String> introduction(String path, int ageMonths, boolean youthUnionMember) {
		return dmn.evaluateDecision(introductionRules, Map.of("path", path, "ageMonths", ageMonths, "youthUnionMember",
				youthUnionMember)).collectEntries("ruleCode");
	}

	private List<String> violations(String checkpoint, int ageMonths, boolean consent, String education, boolean hardship,
			boolean communityLeader, Integer certificateAgeMonths) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("checkpoint", checkpoint);
		inputs.put("communityLeader", communityLeader);
		inputs.put("ageMonths", ageMonths);
		inputs.put("provincialConsent", consent);
		inputs.put("education", education);
		inputs.put("hardshipArea", hardship);
		inputs.put("certificateAgeMonths", certificateAgeMonths);
		return dmn.evaluateDecision(eligibility, inputs).collectEntries("ruleCode");
	}

}
