package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * "staffedBodies" in the health details: a body with work and no member, and a task assigned to
 * someone who is no user, appear; they disappear once a member, or the user, is added.
 */
@ApplicationTest
class StaffedBodiesTest {

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	StaffedBodiesHealthIndicator indicator;

	@Test
	void bodyWithoutMember_andAssigneeWithoutLogin_appear_thenDisappearWhenTheyAreStaffed() {
		Fixture.Units u = fixture.create();
		String caseId = walk.toCeremony(u, LocalDate.of(2026, 6, 1));
		String secretaries = Groups.cellSecretary(u.cell);
		// the province's standing committee: only on the route (a missed decision is reported to it)
		String above = Groups.standingCommittee(u.province);
		String mentor = u.prefix + "-mentor";
		tasks.setAssignee(walk.task(caseId, "HoldAdmissionCeremony").getId(), mentor);

		Health before = indicator.health();
		assertThat(before.getStatus()).isEqualTo(Status.UP);
		assertThat(detail(before, "taskGroupsWithoutMembers")).contains(secretaries).doesNotContain(above);
		assertThat(detail(before, "routeGroupsWithoutMembers")).contains(secretaries, above);
		assertThat(detail(before, "assigneesWithoutLogin")).contains(mentor);

		user(u.prefix + "-sec", secretaries);
		user(u.prefix + "-above", above);
		user(mentor, null);

		Health after = indicator.health();
		assertThat(detail(after, "taskGroupsWithoutMembers")).doesNotContain(secretaries);
		assertThat(detail(after, "routeGroupsWithoutMembers")).doesNotContain(secretaries, above)
			.contains(Groups.standingCommittee(u.commune));
		assertThat(detail(after, "assigneesWithoutLogin")).doesNotContain(mentor);
	}

	@SuppressWarnings("unchecked")
	private static Collection<String> detail(Health health, String name) {
		Map<String, Object> details = health.getDetails();
		return (Collection<String>) details.get(name);
	}

	private void user(String userId, String groupId) {
		User user = identity.newUser(userId);
		user.setPassword("Demo-2026-vn");
		identity.saveUser(user);
		if (groupId != null) {
			if (identity.createGroupQuery().groupId(groupId).count() == 0) {
				identity.saveGroup(identity.newGroup(groupId));
			}
			identity.createMembership(userId, groupId);
		}
	}

}
