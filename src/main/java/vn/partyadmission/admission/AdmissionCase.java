package vn.partyadmission.admission;

import java.time.Instant;
import java.time.LocalDate;

public record AdmissionCase(String id, String personId, String cellId, String competentCommitteeId,
		String processInstanceId, IntroductionPath introductionPath, String unionResolutionNumber, String stage,
		String outcome, String openedBy, Instant openedAt, Instant closedAt, String overdueDeadline,
		LocalDate overdueSince) {

	public boolean isOpen() {
		return closedAt == null;
	}

}
