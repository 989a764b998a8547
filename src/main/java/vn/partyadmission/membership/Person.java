package vn.partyadmission.membership;

import java.time.LocalDate;

/**
 * A person of the register. Names are stored exactly as written, Vietnamese diacritics included.
 *
 * @param villageHead village head (trưởng thôn) or residential-group leader (tổ trưởng dân phố)
 * @param sector where the person works, for the reports (see {@link Sector})
 */
public record Person(String id, String fullName, LocalDate dateOfBirth, String gender, String ethnicity,
		Education education, String workplace, String residence, String cellId, boolean youthUnionMember,
		boolean villageHead, Sector sector) {

	public Person(String id, String fullName, LocalDate dateOfBirth, String gender, String ethnicity,
			Education education, String workplace, String residence, String cellId, boolean youthUnionMember) {
		this(id, fullName, dateOfBirth, gender, ethnicity, education, workplace, residence, cellId, youthUnionMember,
				false, Sector.OTHER);
	}

}
