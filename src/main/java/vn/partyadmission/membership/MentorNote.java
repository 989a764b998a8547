package vn.partyadmission.membership;

import java.time.LocalDate;

/** The mentor's note on a probationary member for one quarter of probation. */
public record MentorNote(int quarter, String mentorId, String note, LocalDate writtenOn) {
}
