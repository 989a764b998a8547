package vn.partyadmission.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there are no default users: the first administrator comes from the
 * environment (ADMISSION_ADMIN_USER, ADMISSION_ADMIN_PASSWORD); its password follows the password
 * policy (PasswordRules) and is no demo password.
 */
@Component
@Profile("!demo")
public class AdministratorBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final String userId;

	private final String password;

	AdministratorBootstrap(IdentityService identity, AuthorizationService authorizations,
			@Value("${admission.admin.user:}") String userId, @Value("${admission.admin.password:}") String password) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.userId = userId;
		this.password = password;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createAdministrator() {
		if (userId.isBlank()) {
			if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
				log.warn("No administrator exists. Set ADMISSION_ADMIN_USER and ADMISSION_ADMIN_PASSWORD to create one.");
			}
			return;
		}
		User user = identity.newUser(userId);
		user.setFirstName("Administrator");
		user.setLastName(userId);
		checkPassword(user);
		if (identity.createUserQuery().userId(userId).count() == 0) {
			user.setPassword(password);
			identity.saveUser(user);
			log.info("Administrator '{}' created", userId);
		}
		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
			group.setName("Administrators");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
			identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
		}
		grantAdministratorsEverything(authorizations);
	}

	/**
	 * The policy every other route applies (PasswordRules), checked before anything is written; a
	 * password with "demo" in it is public (README) and refused too. Vietnamese, as the operator reads it.
	 */
	private void checkPassword(User user) {
		PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(PasswordRules.POLICY, password, user);
		List<String> broken = new ArrayList<>(result.getViolatedRules().stream()
			.map(rule -> PasswordRules.message(rule, false) + " [" + rule.getPlaceholder() + "]")
			.toList());
		if (password.toLowerCase(Locale.ROOT).contains("demo")) {
			broken.add("mật khẩu không được chứa \"demo\": mật khẩu demo là công khai [DEMO_PASSWORD]");
		}
		if (!broken.isEmpty()) {
			throw new IllegalStateException("ADMISSION_ADMIN_PASSWORD bị từ chối: " + String.join("; ", broken));
		}
	}

	/** ALL on every resource for the camunda-admin group, as Camunda's own admin-user setting grants. */
	public static void grantAdministratorsEverything(AuthorizationService authorizations) {
		for (Resource resource : Resources.values()) {
			if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
				.resourceId(Authorization.ANY).count() == 0) {
				Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				all.setGroupId(Groups.CAMUNDA_ADMIN);
				all.setResource(resource);
				all.setResourceId(Authorization.ANY);
				all.addPermission(Permissions.ALL);
				authorizations.saveAuthorization(all);
			}
		}
	}

}
