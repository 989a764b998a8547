package vn.partyadmission.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins from Spring Security's events. Only interactive (form) sign-ins are logged as LOGIN:
 * HTTP Basic authenticates every API request, and a row per request would bury the rest. Every
 * refused sign-in is logged, form or Basic, with the user name that was tried.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.LOGIN, null, "form login",
				clientIp(event.getAuthentication()));
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, null,
				event.getException().getClass().getSimpleName(), clientIp(event.getAuthentication()));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null,
				clientIp(event.getAuthentication()));
	}

	/** Form login and Basic both attach the request's details, the client address among them. */
	private static String clientIp(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
