package vn.partyadmission.shared;

/**
 * What the user may not see is answered as if it did not exist: a 404 problem that names only
 * what the user asked for.
 */
public class NotVisible extends RuntimeException {

	/** Set on the request when a NotVisible was answered, so the audit log can tell it from a plain 404. */
	public static final String REQUEST_ATTRIBUTE = NotVisible.class.getName();

	public NotVisible() {
		this(Messages.say("not-found"));
	}

	public NotVisible(String detail) {
		super(detail, null, false, false);
	}

	/** For a unit: the same answer whether it does not exist or is another unit's. */
	public static NotVisible unit(String unitId) {
		return new NotVisible(Messages.say("not-found.unit", unitId));
	}

}
