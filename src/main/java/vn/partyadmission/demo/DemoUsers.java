package vn.partyadmission.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.partyadmission.admission.AdmissionProcess;
import vn.partyadmission.security.AdministratorBootstrap;

/**
 * Demo users in several units of the reformed district, their groups, the authorizations they
 * need in Tasklist, and the basic Tasklist filters. Idempotent: runs at each start.
 */
@Component
@Profile("demo")
class DemoUsers {

	/** user id → groups (organization bodies) */
	static final Map<String, List<String>> USERS = Map.ofEntries(
			Map.entry("admin", List.of(Groups.CAMUNDA_ADMIN)),
			Map.entry("secretary.hophoa1", List.of("xa.tamduong.hophoa1.secretary", "xa.tamduong.hophoa1.members")),
			Map.entry("secretary.anhoa1", List.of("xa.hoangan.anhoa1.secretary", "xa.hoangan.anhoa1.members")),
			Map.entry("committee.agency1", List.of("xa.tamduong.agency1.committee")),
			Map.entry("committee.agency1office", List.of("xa.tamduong.agency1.office.committee")),
			Map.entry("secretary.agency1office1", List.of("xa.tamduong.agency1.office.c1.secretary", "xa.tamduong.agency1.office.c1.members")),
			Map.entry("organizing.tamduong", List.of("xa.tamduong.organizing")),
			Map.entry("standing.tamduong", List.of("xa.tamduong.standing")),
			Map.entry("organizing.hoangan", List.of("xa.hoangan.organizing")),
			Map.entry("standing.hoangan", List.of("xa.hoangan.standing")));

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	DemoUsers(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	void create(String password) {
		USERS.forEach((userId, groups) -> {
			if (identity.createUserQuery().userId(userId).count() == 0) {
				User user = identity.newUser(userId);
				user.setFirstName(userId.substring(0, userId.indexOf('.') < 0 ? userId.length() : userId.indexOf('.')));
				user.setLastName(userId.contains(".") ? userId.substring(userId.indexOf('.') + 1) : "");
				user.setPassword(password);
				identity.saveUser(user);
			}
			for (String groupId : groups) {
				if (identity.createGroupQuery().groupId(groupId).count() == 0) {
					Group group = identity.newGroup(groupId);
					group.setName(groupId);
					group.setType(Groups.CAMUNDA_ADMIN.equals(groupId) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
					identity.saveGroup(group);
				}
				if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
					identity.createMembership(userId, groupId);
				}
			}
		});
		AdministratorBootstrap.grantAdministratorsEverything(authorizations);
		grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantEveryone(Resources.PROCESS_DEFINITION, AdmissionProcess.KEY, Permissions.READ);
		for (String secretary : List.of("xa.tamduong.hophoa1.secretary", "xa.hoangan.anhoa1.secretary",
				"xa.tamduong.agency1.office.c1.secretary")) {
			grantGroup(secretary, Resources.PROCESS_DEFINITION, AdmissionProcess.KEY, Permissions.CREATE_INSTANCE);
			grantGroup(secretary, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		}
		filter("My tasks", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), -10);
		filter("My unit's tasks", tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks(), -5);
	}

	private void filter(String name, TaskQuery query, int priority) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filters.newTaskFilter(name).setQuery(query)
			.setProperties(Map.of("priority", priority, "description", name, "refresh", true));
		filters.saveFilter(filter);
		grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
	}

	private void grantEveryone(Resource resource, String resourceId, Permission permission) {
		if (authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY).resourceType(resource)
			.resourceId(resourceId).count() == 0) {
			Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			auth.setResource(resource);
			auth.setResourceId(resourceId);
			auth.addPermission(permission);
			authorizations.saveAuthorization(auth);
		}
	}

	private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
		if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
			.hasPermission(permission).count() == 0) {
			Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			auth.setGroupId(groupId);
			auth.setResource(resource);
			auth.setResourceId(resourceId);
			auth.addPermission(permission);
			authorizations.saveAuthorization(auth);
		}
	}

}
