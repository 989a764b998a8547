package vn.partyadmission.audit;

/** What an audit row records. */
public enum AuditAction {

	/** An interactive sign-in through the login form. */
	LOGIN,
	/** A sign-in refused: wrong password, unknown or locked user; form or HTTP Basic. */
	LOGIN_FAILED,
	LOGOUT,
	/** A request answered 403, by Spring Security, the project's API or Camunda's authorization checks. */
	ACCESS_DENIED,
	/** A request for something outside the user's units, answered 404 as if it did not exist. */
	NOT_VISIBLE,
	/** A vote, resolution or decision on a case, written in the engine step's transaction. */
	DECISION

}
