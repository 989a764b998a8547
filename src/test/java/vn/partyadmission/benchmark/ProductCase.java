package vn.partyadmission.benchmark;

import java.time.LocalDate;
import java.util.Map;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * One admission case from start to official member through the application's own services, as
 * the scenario tests walk it (CaseWalker: find the step's task as the UI does, complete it with
 * the form's values; timers fired by id). Dates lie after today, so the job executor, which runs
 * as in production, never takes a timer away from the walk.
 */
final class ProductCase {

	static final LocalDate CEREMONY = LocalDate.of(2028, 1, 20);

	private final CaseWalker walk;

	private final AdmissionCases cases;

	private final MutableClock clock;

	ProductCase(Node node) {
		this.walk = node.bean(CaseWalker.class);
		this.cases = node.bean(AdmissionCases.class);
		this.clock = node.bean(MutableClock.class);
	}

	void run(Fixture.Units u, String personId) {
		LocalDate c = CEREMONY;
		clock.set(c.minusDays(120));
		Map<String, Object> values = u.startValues(personId, u.cell, u.id("o1"), u.id("o2"));
		values.put("certificateNumber", "CN-8/2027");
		values.put("certificateDate", c.minusMonths(5).toString());
		String id = cases.start(values).id();
		clock.set(c);
		walk.complete(id, "ReceiveApplication", Map.of("applicationDate", day(c, -110), "personalHistoryDate", day(c, -110)));
		walk.complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", day(c, -100)));
		walk.complete(id, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", day(c, -90)));
		walk.complete(id, "HoldCellMeeting", walk.unanimous(u.cell, c.minusDays(80), Map.of()));
		walk.complete(id, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", day(c, -70),
				"committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(id, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));
		walk.complete(id, "DecideAdmission", Map.of("admissionDecision", "ADMIT", "decisionNumber", CaseWalker.decisionNumber(id),
				"decisionDate", day(c, -10)));
		walk.complete(id, "HoldAdmissionCeremony", Map.of("ceremonyDate", c.toString(), "mentorId", u.id("o3"),
				"oathTaken", true));
		for (int quarter = 1; quarter <= 3; quarter++) {
			walk.fire(id, "QuarterPassed");
			walk.complete(id, "WriteMentorNote", Map.of("mentorNote", "Quarter " + quarter));
		}
		clock.set(LocalDate.of(2028, 6, 1));
		walk.complete(id, "RecordNewMemberCourse", Map.of("courseCertificateNumber", "BD-55", "courseCertificateDate", "2028-05-15"));
		clock.set(LocalDate.of(2029, 1, 20));
		walk.fire(id, "ProbationEnded");
		walk.complete(id, "RecordSelfReview", Map.of("selfReviewDate", "2029-01-20"));
		walk.complete(id, "AssessProbationaryMember", Map.of("assessmentDate", "2029-01-20", "assessmentSummary",
				"Fulfils the standards", "recommendation", "RECOGNIZE"));
		walk.complete(id, "CollectRecognitionComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2029-01-20"));
		clock.set(LocalDate.of(2029, 1, 26));
		walk.complete(id, "HoldRecognitionMeeting", walk.unanimous(u.cell, LocalDate.of(2029, 1, 25),
				Map.of("proposal", "RECOGNIZE")));
		walk.complete(id, "ResolveRecognitionByGrassrootsCommittee", Map.of("resolutionDate", "2029-01-26", "proposal", "RECOGNIZE", "committeeMembers", 9, "attendees", 9,
				"votesFor", 9, "votesAgainst", 0));
		clock.set(LocalDate.of(2029, 3, 1));
		walk.complete(id, "DecideRecognition", Map.of("recognitionDecision", "RECOGNIZE", "decisionNumber", CaseWalker.decisionNumber(id),
				"decisionDate", "2029-02-26"));
		String outcome = cases.find(id).orElseThrow().outcome();
		if (!"OFFICIAL".equals(outcome)) {
			throw new IllegalStateException("case " + id + " ended as " + outcome + ", not OFFICIAL");
		}
	}

	private static String day(LocalDate ceremony, int offset) {
		return ceremony.plusDays(offset).toString();
	}

}
