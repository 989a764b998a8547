package vn.partyadmission.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.organization.Groups;
import vn.partyadmission.organization.Organization;
import vn.partyadmission.organization.OrganizationAdded;

/**
 * Each unit's bodies are Camunda groups, created with the unit: a cell's committee (secretary) and
 * members; a committee's executive committee, organizing commission and standing committee. The
 * candidate groups of the models are these ids. A cell's committee may start admission cases and
 * record probation changes; whose case it is, is checked when the case opens.
 */
@Component
public class OrganizationGroups {

	private final IdentityService identity;

	private final CamundaPermissions permissions;

	OrganizationGroups(IdentityService identity, CamundaPermissions permissions) {
		this.identity = identity;
		this.permissions = permissions;
	}

	@EventListener
	void on(OrganizationAdded added) {
		Organization o = added.organization();
		if (o.kind().isCell()) {
			String secretary = group(Groups.cellSecretary(o.id()), "Chi ủy – " + o.name());
			group(Groups.cellMembers(o.id()), "Đảng viên chính thức – " + o.name());
			for (String process : TasklistSetup.STARTED_BY_CELLS) {
				permissions.grantGroup(secretary, Resources.PROCESS_DEFINITION, process, Permissions.CREATE_INSTANCE);
			}
			permissions.grantGroup(secretary, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		}
		else {
			group(Groups.committee(o.id()), "Ban chấp hành – " + o.name());
			if (o.kind().isHigherCommittee()) {
				group(Groups.organizingCommission(o.id()), "Ban tổ chức – " + o.name());
				group(Groups.standingCommittee(o.id()), "Ban thường vụ – " + o.name());
			}
		}
	}

	/** The users in a body's group, by id. */
	public List<String> usersOf(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream().map(User::getId).toList();
	}

	/**
	 * Makes the person a user of the body's group. A person without an account gets one with a
	 * random password that is never shown or stored in clear (the engine's check of a user without
	 * any password fails with an error, not a refusal): nobody can sign in with it until an
	 * administrator sets a first password (Admin, Users), which the password policy checks like any
	 * other. There is no default password. Returns whether the account was created.
	 */
	public boolean assign(String userId, String fullName, String groupId, String groupName) {
		boolean created = false;
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			user = identity.newUser(userId);
			String name = fullName == null || fullName.isBlank() ? userId : fullName.trim();
			int space = name.lastIndexOf(' ');
			user.setFirstName(space > 0 ? name.substring(0, space) : name);
			user.setLastName(space > 0 ? name.substring(space + 1) : "");
			user.setPassword(unusablePassword());
			identity.saveUser(user);
			created = true;
		}
		group(groupId, groupName);
		if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identity.createMembership(userId, groupId);
		}
		return created;
	}

	/** Takes the user out of the body's group; the account itself stays (it may belong to other bodies). */
	public boolean unassign(String userId, String groupId) {
		if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			return false;
		}
		identity.deleteMembership(userId, groupId);
		return true;
	}

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	/** 32 random bytes, with the character classes the password policy asks for; nobody learns it. */
	private static String unusablePassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "Xx9#" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String group(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name.length() > 255 ? name.substring(0, 255) : name);
			group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
			identity.saveGroup(group);
		}
		return id;
	}

}
