package vn.partyadmission.membership;

import java.time.LocalDate;

/** A person of the register. Names are stored exactly as written, Vietnamese diacritics included. */
public record Person(String id, String fullName, LocalDate dateOfBirth, String gender, String ethnicity,
		Education education, String workplace, String residence, String cellId, boolean youthUnionMember) {
}
