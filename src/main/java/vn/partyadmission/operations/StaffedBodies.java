package vn.partyadmission.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.partyadmission.casework.CaseFiles;

/**
 * Finds work that nobody can do: a body (Camunda group) that open tasks are offered to, or that an
 * open case's route names, with no member; and a task assigned to someone who is no user (a mentor
 * without a login). Built for national scale: the engine's tables are read with one DISTINCT query
 * each (open tasks' candidate groups and assignees, each answered with the membership and user
 * tables in the same statement), the case files by their distinct routes (about one per cell with
 * open cases), then the memberships of those groups in chunks; never a query per case.
 */
@Component
class StaffedBodies {

	/** Groups per IN list: well under every database's bind limit. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final CaseFiles caseFiles;

	StaffedBodies(JdbcClient jdbc, CaseFiles caseFiles) {
		this.jdbc = jdbc;
		this.caseFiles = caseFiles;
	}

	Unstaffed find() {
		Set<String> taskGroups = new TreeSet<>(jdbc.sql("""
				select distinct l.GROUP_ID_ from ACT_RU_IDENTITYLINK l
				where l.TYPE_ = 'candidate' and l.TASK_ID_ is not null and l.GROUP_ID_ is not null
				and not exists (select 1 from ACT_ID_MEMBERSHIP m where m.GROUP_ID_ = l.GROUP_ID_)""")
			.query(String.class)
			.list());
		Set<String> assignees = new TreeSet<>(jdbc.sql("""
				select distinct t.ASSIGNEE_ from ACT_RU_TASK t
				where t.ASSIGNEE_ is not null
				and not exists (select 1 from ACT_ID_USER u where u.ID_ = t.ASSIGNEE_)""")
			.query(String.class)
			.list());
		Set<String> routeGroups = caseFiles.bodiesOnOpenRoutes();
		routeGroups.removeAll(staffed(new ArrayList<>(routeGroups)));
		return new Unstaffed(taskGroups, routeGroups, assignees);
	}

	private Set<String> staffed(List<String> groups) {
		Set<String> staffed = new TreeSet<>();
		for (int from = 0; from < groups.size(); from += CHUNK) {
			staffed.addAll(jdbc.sql("select distinct GROUP_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ in (:groups)")
				.param("groups", groups.subList(from, Math.min(groups.size(), from + CHUNK)))
				.query(String.class)
				.list());
		}
		return staffed;
	}

	/**
	 * What nobody can work: candidate groups of open tasks without a member, bodies on the routes
	 * of open cases without a member, assignees of open tasks who are no user.
	 */
	record Unstaffed(Set<String> taskGroups, Set<String> routeGroups, Set<String> assignees) {

		boolean none() {
			return taskGroups.isEmpty() && routeGroups.isEmpty() && assignees.isEmpty();
		}

	}

}
