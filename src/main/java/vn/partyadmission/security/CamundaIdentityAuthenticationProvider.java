package vn.partyadmission.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (salted hashes in ACT_ID_USER): one user
 * store, so the webapps never meet a Spring user unknown to Camunda. Authorities are the
 * user's Camunda groups.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	CamundaIdentityAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId != null && lockedBefore(userId)) {
			// Camunda holds an account off after a wrong password (its login delay): the login page says so
			throw new LockedException("Locked");
		}
		if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
			.map(g -> new SimpleGrantedAuthority(g.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
	}

	private boolean lockedBefore(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
				&& entity.getLockExpirationTime().after(ClockUtil.getCurrentTime());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
