package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.MutableClock;

/**
 * The Tasklist filters as a cell secretary and two standing-committee members see them, through the
 * engine's FilterService as each user: everyone lands on their own and their bodies' work, claimed or
 * not, and a decision one member claimed stays in sight of the other. A database made with the
 * former English filters gets the current ones in place, without duplicates.
 */
@ApplicationTest
class TasklistFiltersTest {

	static final String PASSWORD = "Demo-2026-vn";

	@Autowired
	Fixture fixture;

	@Autowired
	CaseWalker walk;

	@Autowired
	AdmissionCases cases;

	@Autowired
	MutableClock clock;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	TasklistSetup setup;

	@Test
	void secretaryAndCommitteeLandOnTheirWork_andAClaimedDecisionStaysListedForTheOtherMember() {
		Fixture.Units u = fixture.create();
		String secretaryGroup = Groups.cellSecretary(u.cell);
		String standingGroup = Groups.standingCommittee(u.commune);
		String secretary = member(u.prefix + "-sec", secretaryGroup);
		String first = member(u.prefix + "-st1", standingGroup);
		String second = member(u.prefix + "-st2", standingGroup);

		LocalDate ceremony = LocalDate.of(2026, 6, 1);
		clock.set(ceremony.minusDays(120));
		Map<String, Object> values = u.startValues();
		values.put("certificateNumber", "CN-8/2025");
		values.put("certificateDate", ceremony.minusMonths(5).toString());
		String id = cases.start(values).id();
		clock.set(ceremony);

		// the secretary's cell step is in her first filter, and stays there once she claims it
		String receive = walk.task(id, "ReceiveApplication").getId();
		assertThat(ids(secretary, secretaryGroup, TasklistSetup.MINE)).contains(receive);
		assertThat(ids(first, standingGroup, TasklistSetup.MINE)).doesNotContain(receive);
		tasks.claim(receive, secretary);
		assertThat(ids(secretary, secretaryGroup, TasklistSetup.MINE)).contains(receive);
		assertThat(ids(secretary, secretaryGroup, TasklistSetup.ASSIGNED)).contains(receive);

		walk.complete(id, "ReceiveApplication", Map.of("applicationDate", ceremony.minusDays(110).toString(),
				"personalHistoryDate", ceremony.minusDays(110).toString()));
		walk.complete(id, "VerifyBackground", Map.of("backgroundVerified", true, "verificationConclusion", "Clear",
				"verificationDate", ceremony.minusDays(100).toString()));
		walk.complete(id, "CollectComments", Map.of("commentsSummary", "Agreed", "commentsDate", ceremony.minusDays(90).toString()));
		walk.complete(id, "HoldCellMeeting", walk.unanimous(u.cell, ceremony.minusDays(80), Map.of()));
		walk.complete(id, "ResolveByGrassrootsCommittee", Map.of("resolutionDate", ceremony.minusDays(70).toString(), "committeeMembers", 9, "attendees", 9, "votesFor", 9, "votesAgainst", 0));
		walk.complete(id, "AppraiseByOrganizingCommission", Map.of("appraisalOutcome", "FORWARD"));

		String decision = walk.task(id, "DecideAdmission").getId();
		assertThat(ids(first, standingGroup, TasklistSetup.DECISIONS)).contains(decision);
		assertThat(ids(second, standingGroup, TasklistSetup.DECISIONS)).contains(decision);
		assertThat(ids(secretary, secretaryGroup, TasklistSetup.MINE)).doesNotContain(decision);
		assertThat(ids(secretary, secretaryGroup, TasklistSetup.DECISIONS)).doesNotContain(decision);

		// one member prepares the decision: the committee still sees it, in both its filters
		tasks.claim(decision, first);
		assertThat(ids(first, standingGroup, TasklistSetup.ASSIGNED)).contains(decision);
		assertThat(ids(first, standingGroup, TasklistSetup.MINE)).contains(decision);
		assertThat(ids(second, standingGroup, TasklistSetup.DECISIONS)).contains(decision);
		assertThat(ids(second, standingGroup, TasklistSetup.MINE)).contains(decision);
		assertThat(ids(second, standingGroup, TasklistSetup.ASSIGNED)).doesNotContain(decision);
	}

	@Test
	void firstFilterIsTheUsersOwnWork_namedAndLabelledInVietnamese() {
		List<Filter> all = filters.createTaskFilterQuery().list();
		Filter first = all.stream().min((a, b) -> Integer.compare(priority(a), priority(b))).orElseThrow();

		assertThat(first.getName()).isEqualTo(TasklistSetup.MINE);
		assertThat(all).extracting(Filter::getName)
			.contains(TasklistSetup.MINE, TasklistSetup.ASSIGNED, TasklistSetup.OVERDUE, TasklistSetup.DECISIONS)
			.doesNotContain("My tasks", "My unit's tasks", "Overdue", "Awaiting my committee's decision");
		assertThat(first.getProperties().get("variables").toString()).contains("Hồ sơ", "Người được đề nghị", "Chi bộ");
	}

	@Test
	void aDatabaseWithTheFormerEnglishFilters_getsTheCurrentOnesInPlace_withoutDuplicates() {
		filters.createTaskFilterQuery().list().forEach(f -> filters.deleteFilter(f.getId()));
		List<String> former = List.of("My tasks", "My unit's tasks", "Overdue", "Awaiting my committee's decision");
		for (String name : former) {
			filters.saveFilter(filters.newTaskFilter(name).setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
				.setProperties(Map.of("priority", 0, "description", "old", "refresh", true)));
		}
		String formerUnitFilter = filters.createFilterQuery().filterName("My unit's tasks").singleResult().getId();

		setup.setUp();
		setup.setUp();

		List<Filter> all = filters.createTaskFilterQuery().list();
		assertThat(all).extracting(Filter::getName)
			.containsExactlyInAnyOrder(TasklistSetup.MINE, TasklistSetup.ASSIGNED, TasklistSetup.OVERDUE, TasklistSetup.DECISIONS);
		Filter mine = filters.getFilter(formerUnitFilter);
		assertThat(mine.getName()).isEqualTo(TasklistSetup.MINE);
		assertThat(mine.getProperties()).containsEntry(TasklistSetup.KEY, "mine").containsEntry("priority", -20);
	}

	private List<String> ids(String user, String group, String filterName) {
		String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
		identity.setAuthentication(user, List.of(group));
		try {
			return filters.<Task> list(filterId).stream().map(Task::getId).toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private String member(String userId, String groupId) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			identity.saveGroup(identity.newGroup(groupId));
		}
		User user = identity.newUser(userId);
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		identity.createMembership(userId, groupId);
		return userId;
	}

	private static int priority(Filter filter) {
		return filter.getProperties().get("priority") instanceof Number n ? n.intValue() : 0;
	}

}
