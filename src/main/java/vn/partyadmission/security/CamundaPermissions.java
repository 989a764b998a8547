package vn.partyadmission.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants in Camunda's authorization service. Camunda keeps one row per grantee,
 * resource type and resource id, so a new permission is added to that row.
 */
@Component
class CamundaPermissions {

	private final AuthorizationService authorizations;

	CamundaPermissions(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		grant(authorizations.createAuthorizationQuery().groupIdIn(groupId), Authorization.AUTH_TYPE_GRANT, groupId, null,
				resource, resourceId, permissions);
	}

	void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
		grant(authorizations.createAuthorizationQuery().userIdIn(userId), Authorization.AUTH_TYPE_GRANT, null, userId,
				resource, resourceId, permissions);
	}

	/** A global grant: every signed-in user. */
	void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		grant(authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY), Authorization.AUTH_TYPE_GLOBAL, null,
				null, resource, resourceId, permissions);
	}

	private void grant(AuthorizationQuery grantee, int type, String groupId, String userId, Resource resource,
			String resourceId, Permission... permissions) {
		Authorization authorization = grantee.authorizationType(type).resourceType(resource).resourceId(resourceId)
			.singleResult();
		boolean changed = false;
		if (authorization == null) {
			authorization = authorizations.createNewAuthorization(type);
			authorization.setGroupId(groupId);
			if (type != Authorization.AUTH_TYPE_GLOBAL) {
				authorization.setUserId(userId);
			}
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			changed = true;
		}
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizations.saveAuthorization(authorization);
		}
	}

}
