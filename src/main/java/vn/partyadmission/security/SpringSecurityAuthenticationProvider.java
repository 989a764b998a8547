package vn.partyadmission.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security user to Camunda, with the groups the identity service holds for it.
 * Camunda creates this class by name, so it cannot take Spring beans.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		String userId = authentication.getName();
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.toList();
		AuthenticationResult result = AuthenticationResult.successful(userId);
		result.setGroups(groups);
		return result;
	}

}
