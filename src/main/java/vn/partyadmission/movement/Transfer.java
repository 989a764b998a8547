package vn.partyadmission.movement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer of Party membership (chuyển sinh hoạt đảng) as recorded: from the person's cell to a
 * cell of the register ({@code toCellId}) or to an organization outside it ({@code destination}).
 */
public record Transfer(long id, String personId, String personName, String caseId, Kind kind, String fromCellId,
		String toCellId, String destination, Status status, String letterNumber, LocalDate sentOn, LocalDate until,
		String note, String sentBy, Instant sentAt, String confirmedBy, Instant confirmedAt, String newMentorId) {

	/**
	 * OFFICIAL (chính thức): the person's Party life, record and open case move to the receiving cell.
	 * TEMPORARY (tạm thời): the person stays a member of the home cell and joins the activities of the
	 * receiving one for a time; nothing of the record moves (docs/member-life.md).
	 */
	public enum Kind {
		OFFICIAL, TEMPORARY
	}

	/**
	 * SENT: waiting for the receiving committee; CONFIRMED: received; OUTSIDE: sent to an organization
	 * outside the register, in effect when sent; CANCELLED: the person's case ended before it was received.
	 */
	public enum Status {
		SENT, CONFIRMED, OUTSIDE, CANCELLED
	}

}
