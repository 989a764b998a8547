package vn.partyadmission.organization;

/**
 * Who decides admissions for a competent committee (24-QĐ, admission-rules.md §2 step 11): its
 * standing committee (a committee above grassroots organizations), or the full executive committee
 * of a grassroots committee delegated the power, which decides as the full committee.
 */
public enum DecidingBody {

	STANDING_COMMITTEE("Ban thường vụ quyết định"),
	FULL_COMMITTEE("Đảng ủy cơ sở được ủy quyền quyết định (tập thể cấp ủy)");

	private final String label;

	DecidingBody(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
