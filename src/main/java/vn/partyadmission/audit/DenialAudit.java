package vn.partyadmission.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.partyadmission.shared.NotVisible;

/**
 * Logs every refusal a signed-in user meets: a 403 from the project's API or from Camunda's
 * authorization checks (its REST API and webapps answer AuthorizationException with 403), an
 * AccessDeniedException on its way to Spring Security (method security), and the "not visible"
 * 404 of the project's API. It runs inside Spring Security's chain, where the user is still known.
 * Anonymous requests are challenged to sign in, not denied: they are not logged.
 */
class DenialAudit extends OncePerRequestFilter {

	private final AuditLog audit;

	DenialAudit(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (causedByAccessDenied(e)) {
				record(request, AuditAction.ACCESS_DENIED, "method security");
			}
			throw e;
		}
		if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
			record(request, AuditAction.ACCESS_DENIED, "403");
		}
		else if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND
				&& request.getAttribute(NotVisible.REQUEST_ATTRIBUTE) != null) {
			record(request, AuditAction.NOT_VISIBLE, String.valueOf(request.getAttribute(NotVisible.REQUEST_ATTRIBUTE)));
		}
	}

	private void record(HttpServletRequest request, AuditAction action, String detail) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return;
		}
		audit.record(user.getName(), action, request.getMethod() + " " + request.getRequestURI(), detail,
				request.getRemoteAddr());
	}

	private static boolean causedByAccessDenied(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof AccessDeniedException) {
				return true;
			}
		}
		return false;
	}

}
