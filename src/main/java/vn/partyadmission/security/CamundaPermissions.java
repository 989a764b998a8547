package vn.partyadmission.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
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
		grant(authorizations.createAuthorizationQuery().groupIdIn(groupId).authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(resource).resourceId(resourceId).singleResult(), Authorization.AUTH_TYPE_GRANT, groupId, null,
				resource, resourceId, permissions);
	}

	void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
		grant(authorizations.createAuthorizationQuery().userIdIn(userId).authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(resource).resourceId(resourceId).singleResult(), Authorization.AUTH_TYPE_GRANT, null, userId,
				resource, resourceId, permissions);
	}

	/** A global grant: every signed-in user. */
	void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		grant(authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY).authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource).resourceId(resourceId).singleResult(), Authorization.AUTH_TYPE_GLOBAL, null, null,
				resource, resourceId, permissions);
	}

	/**
	 * Grants each group and user the permission on each resource type for one resource id (a
	 * process instance and its history). One query reads the grants that id already has, and only
	 * missing ones are written: a routing event names about seven bodies, and a query per body and
	 * resource type was most of a case's authorization statements (docs/performance.md).
	 */
	void grantAll(String resourceId, Map<Resource, Permission> permissions, Collection<String> groupIds,
			Collection<String> userIds) {
		if (groupIds.isEmpty() && userIds.isEmpty()) {
			return;
		}
		List<Authorization> existing = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceId(resourceId)
			.list();
		permissions.forEach((resource, permission) -> {
			for (String groupId : groupIds) {
				grant(find(existing, resource, groupId, null), Authorization.AUTH_TYPE_GRANT, groupId, null, resource,
						resourceId, permission);
			}
			for (String userId : userIds) {
				grant(find(existing, resource, null, userId), Authorization.AUTH_TYPE_GRANT, null, userId, resource,
						resourceId, permission);
			}
		});
	}

	/** Deletes the grants these groups and users have on one resource id, for these resource types. */
	void revokeAll(String resourceId, Collection<Resource> resources, Collection<String> groupIds,
			Collection<String> userIds) {
		if (groupIds.isEmpty() && userIds.isEmpty()) {
			return;
		}
		authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceId(resourceId)
			.list()
			.stream()
			.filter(a -> resources.stream().anyMatch(r -> r.resourceType() == a.getResourceType()))
			.filter(a -> (a.getGroupId() != null && groupIds.contains(a.getGroupId()))
					|| (a.getUserId() != null && userIds.contains(a.getUserId())))
			.forEach(a -> authorizations.deleteAuthorization(a.getId()));
	}

	/**
	 * Saves again the HISTORIC_PROCESS_INSTANCE grants of one instance that have no root process
	 * instance, so that the engine sets it (and the removal time that history cleanup uses).
	 */
	void tieToHistory(String historicProcessInstanceId) {
		authorizations.createAuthorizationQuery()
			.resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
			.resourceId(historicProcessInstanceId)
			.list()
			.stream()
			.filter(a -> a.getRootProcessInstanceId() == null)
			.forEach(authorizations::saveAuthorization);
	}

	private static Authorization find(List<Authorization> existing, Resource resource, String groupId, String userId) {
		return existing.stream()
			.filter(a -> a.getResourceType() == resource.resourceType() && Objects.equals(a.getGroupId(), groupId)
					&& Objects.equals(a.getUserId(), userId))
			.findFirst()
			.orElse(null);
	}

	private void grant(Authorization found, int type, String groupId, String userId, Resource resource, String resourceId,
			Permission... permissions) {
		Authorization authorization = found;
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
