package vn.partyadmission.reorganization;

import org.springframework.security.core.Authentication;

/**
 * Who changes the tree: a signed-in user, whose unit and role decide what they may change, or the
 * application itself (the demo's start-up), which has no user to check.
 */
public record Actor(String name, Authentication user) {

	public static Actor of(Authentication user) {
		return new Actor(user.getName(), user);
	}

	/** The application acting on its own, e.g. the demo loading its reform; never from a request. */
	public static Actor application(String name) {
		return new Actor(name, null);
	}

}
