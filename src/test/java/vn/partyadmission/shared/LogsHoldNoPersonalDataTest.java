package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * The application log holds no personal data: across a whole admission, refused input included,
 * neither the candidate's nor the mentor's name nor a date of birth appears in it. (Person ids,
 * the register's keys, may: they name no one outside the register.)
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataTest {

	static final String NAME = "Nguyễn Thị Thu Hường";

	static final LocalDate BORN = LocalDate.of(2000, 1, 15);

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Test
	void admissionFromStartToCeremony_withRefusedInput_logsNoNameAndNoDateOfBirth(CapturedOutput log) {
		Fixture.Units u = fixture.create();
		LoggerFactory.getLogger(getClass()).info("log capture probe");
		// a candidate too young to be admitted: whatever refuses it must not log her birth date
		LocalDate youngBorn = LocalDate.now().minusYears(17);
		fixture.candidate(u.id("young"), "Hoàng Thị Mỹ Duyên", youngBorn, u.cell);
		try {
			cases.start(u.startValues(u.id("young"), u.cell, u.id("o1"), u.id("o2")));
		}
		catch (RuntimeException refused) {
			// refused at the start or later: either way nothing personal may reach the log
		}
		AdmissionCase admitted = walk.admit(u, LocalDate.of(2026, 1, 20));
		AdmissionCase other = cases.start(u.startValues(u.id("imcand"), u.intermediateCell, u.id("im1"), u.id("im2")));
		assertThatThrownBy(() -> walk.complete(other.id(), "RecordAwarenessCertificate", Map.of("certificateNumber", "",
				"certificateDate", "2999-01-01")))
			.isInstanceOf(RuntimeException.class);

		assertThat(log.getAll()).as("the log was captured").contains("log capture probe");
		assertThat(admitted.id()).isNotBlank();
		for (String personal : new String[] { NAME, "Hoàng Thị Mỹ Duyên", "Đảng viên " + u.id("o3"), BORN.toString(),
				BORN.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), youngBorn.toString() }) {
			assertThat(log.getAll()).as("log mentions %s", personal).doesNotContain(personal);
		}
	}

}
