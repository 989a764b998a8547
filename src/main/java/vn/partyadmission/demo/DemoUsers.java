package vn.partyadmission.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.Person;
import vn.partyadmission.security.AdministratorBootstrap;
import vn.partyadmission.security.DemoAccounts;

/**
 * Demo users in several units of the reformed district, with their groups; the units' groups,
 * permissions and Tasklist filters come from the security module. Idempotent: runs at each start.
 */
@Component
@Profile("demo")
class DemoUsers {

	/** An official member of the first Hợp Hòa village cell, the demo mentor. */
	static final String MENTOR = "p00003";

	/** An official member of cell 1 under the intermediate committee, the mentor on the longer path. */
	static final String INTERMEDIATE_PATH_MENTOR = "p00432";

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
			Map.entry("standing.hoangan", List.of("xa.hoangan.standing")),
			// the cells and communes where DemoReports opens cases: every body they go to has someone
			Map.entry("secretary.kimlong1", List.of("xa.tamduong.kimlong1.secretary", "xa.tamduong.kimlong1.members")),
			Map.entry("secretary.hoangdan1", List.of("xa.hoangan.hoangdan1.secretary", "xa.hoangan.hoangdan1.members")),
			Map.entry("secretary.duyphien1", List.of("xa.hoithinh.duyphien1.secretary", "xa.hoithinh.duyphien1.members")),
			Map.entry("secretary.dongtinh1", List.of("xa.tamduongbac.dongtinh1.secretary", "xa.tamduongbac.dongtinh1.members")),
			Map.entry("organizing.tamduongbac", List.of("xa.tamduongbac.organizing")),
			Map.entry("standing.tamduongbac", List.of("xa.tamduongbac.standing")),
			Map.entry("organizing.hoithinh", List.of("xa.hoithinh.organizing")),
			Map.entry("standing.hoithinh", List.of("xa.hoithinh.standing")),
			// the province's standing committee: a commune that misses its decision deadline reports to it
			Map.entry("standing.phutho", List.of("phutho.standing")),
			// a mentor signs in with the person id the ceremony names as mentor
			Map.entry(MENTOR, List.of("xa.tamduong.hophoa1.members")),
			Map.entry(INTERMEDIATE_PATH_MENTOR, List.of("xa.tamduong.agency1.office.c1.members")));

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final MemberRegister members;

	DemoUsers(IdentityService identity, AuthorizationService authorizations, MemberRegister members) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.members = members;
	}

	void create(String password) {
		USERS.forEach((userId, groups) -> {
			User user = identity.createUserQuery().userId(userId).singleResult();
			if (user == null) {
				user = identity.newUser(userId);
				String name = members.findPerson(userId).map(Person::fullName).orElse(userId);
				user.setFirstName(name.contains(" ") ? name.substring(0, name.lastIndexOf(' ')) : name);
				user.setLastName(name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : "(demo)");
				user.setEmail(DemoAccounts.MARKER_EMAIL);
			}
			// set at each start, so a demo database made before the password policy signs in with the
			// password the README gives; it follows the policy like any other
			user.setPassword(password);
			identity.saveUser(user);
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
	}

}
