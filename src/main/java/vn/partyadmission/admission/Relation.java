package vn.partyadmission.admission;

/** How an introducer knows the applicant: worked, studied or lived together (24-QĐ/TW added residence). */
public enum Relation {

	WORK, STUDY, RESIDENCE

}
