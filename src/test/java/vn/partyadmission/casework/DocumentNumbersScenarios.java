package vn.partyadmission.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.shared.ConflictException;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * Every resolution and record a body issues for a case is numbered in the body's register of the
 * year (issue 16 item 3): a number left out is the body's next free one, a typed one is checked
 * against the register. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DocumentNumbersScenarios {

	static final LocalDate CEREMONY = LocalDate.of(2026, 3, 15);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MemberRegister members;

	@Autowired
	JdbcClient jdbc;

	Fixture.Units u;

	@BeforeEach
	void units() {
		u = fixture.create();
		fixture.candidate(u.id("cand2"), "Vũ Thị Lan", LocalDate.of(2001, 2, 3), u.cell);
		fixture.candidate(u.id("cand3"), "Đỗ Minh Khôi", LocalDate.of(2002, 4, 9), u.cell);
	}

	@Test
	void resolutionsAndRecordsWithoutATypedNumber_takeTheIssuingBodysNextNumberOfTheYear() {
		String first = walk.toCeremony(u, CEREMONY);
		String second = walk.toCeremony(u, start("cand2"), CEREMONY);
		ceremony(first);
		ceremony(second);

		// the cell's resolutions (6-KNĐ, on 2025-12-25) and the grassroots committee's (8-KNĐ, 2026)
		assertThat(List.of(number(first, "6-KNĐ"), number(second, "6-KNĐ"))).containsExactly("01-NQ/CB", "02-NQ/CB");
		assertThat(List.of(number(first, "8-KNĐ"), number(second, "8-KNĐ"))).containsExactly("01-NQ/ĐU", "02-NQ/ĐU");
		// the ceremony's record, in the cell's series of records
		assertThat(List.of(number(first, "BB-KNĐ"), number(second, "BB-KNĐ"))).containsExactly("01-BB/CB", "02-BB/CB");
	}

	@Test
	void aResolutionNumberTheCellUsedThatYear_is409OnTheField_namingTheCase_andWritesNothing() {
		String first = walk.toCeremony(u, CEREMONY);
		assertThat(number(first, "6-KNĐ")).isEqualTo("01-NQ/CB");
		String second = toCellMeeting("cand2");
		int journal = members.journal(u.id("cand2")).size();

		// case and spaces do not make another number
		assertThatThrownBy(() -> walk.complete(second, "HoldCellMeeting", vote(Map.of("resolutionNumber", " 01-nq/CB "))))
			.hasRootCauseInstanceOf(ConflictException.class)
			.hasMessageContaining("resolutionNumber")
			.hasMessageContaining("decision-number-unique")
			.hasMessageContaining("Số nghị quyết")
			.hasMessageContaining(first);
		assertThat(members.journal(u.id("cand2"))).hasSize(journal);
		walk.task(second, "HoldCellMeeting");

		// a number typed by hand is the cell's; the next one left out skips it
		walk.complete(second, "HoldCellMeeting", vote(Map.of("resolutionNumber", "03-NQ/CB")));
		assertThat(number(second, "6-KNĐ")).isEqualTo("03-NQ/CB");
		String third = toCellMeeting("cand3");
		walk.complete(third, "HoldCellMeeting", vote(Map.of()));
		assertThat(number(third, "6-KNĐ")).isEqualTo("02-NQ/CB");
		String fourth = toCellMeetingOf(u.id("other"), u.otherCell);
		walk.complete(fourth, "HoldCellMeeting", walk.unanimous(u.otherCell, LocalDate.of(2025, 12, 25), Map.of()));
		// another cell has its own register: its first number of the year
		assertThat(number(fourth, "6-KNĐ")).isEqualTo("01-NQ/CB");
	}

	Map<String, Object> start(String person) {
		return u.startValues(u.id(person), u.cell, u.id("o1"), u.id("o2"));
	}

	void ceremony(String caseId) {
		walk.complete(caseId, "HoldAdmissionCeremony", Map.of("ceremonyDate", CEREMONY.toString(), "mentorId", u.id("o3"),
				"oathTaken", true));
	}

	Map<String, Object> vote(Map<String, Object> more) {
		return walk.unanimous(u.cell, LocalDate.of(2025, 12, 25), more);
	}

	String toCellMeeting(String person) {
		return toCellMeetingOf(u.id(person), u.cell);
	}

	/** A certified case walked to its cell meeting, the clock on 2025-12-30. */
	String toCellMeetingOf(String personId, String cellId) {
		fixture.official(u.id("x1" + personId), cellId);
		fixture.official(u.id("x2" + personId), cellId);
		Map<String, Object> values = CaseWalker.certified(u.startValues(personId, cellId, u.id("x1" + personId),
				u.id("x2" + personId)));
		walk.engineDay(LocalDate.of(2025, 11, 1));
		String caseId = cases.start(values).id();
		walk.engineDay(LocalDate.of(2025, 12, 30));
		walk.complete(caseId, "ReceiveApplication", Map.of("applicationDate", "2025-11-05", "personalHistoryDate", "2025-11-05"));
		walk.complete(caseId, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", "2025-11-20"));
		walk.complete(caseId, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", "2025-12-01"));
		return caseId;
	}

	/** The number the issuing body's register holds for the case's document of that form. */
	String number(String caseId, String formCode) {
		return jdbc.sql("select decision_number from issued_decision_number where case_id = ? and document_form = ?")
			.params(caseId, formCode)
			.query(String.class)
			.single();
	}

}
