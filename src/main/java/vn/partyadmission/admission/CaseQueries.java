package vn.partyadmission.admission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.partyadmission.casework.IssuedDocuments;
import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.PageOf;

/** Reading cases for the API: lists of a unit's subtree with paging, and one case's timeline. */
@Service
@Transactional(readOnly = true)
class CaseQueries {

	/** Sort keys the API accepts, and the column each means. */
	static final Map<String, String> SORTS = Map.of("openedAt", "c.opened_at", "id", "c.id", "stage", "c.stage",
			"personName", "p.full_name");


	private final JdbcClient jdbc;

	private final MemberRegister members;

	private final HistoryService history;

	private final OrganizationTree tree;

	private final IssuedDocuments documents;

	CaseQueries(JdbcClient jdbc, MemberRegister members, HistoryService history, OrganizationTree tree,
			IssuedDocuments documents) {
		this.tree = tree;
		this.documents = documents;
		this.jdbc = jdbc;
		this.members = members;
		this.history = history;
	}

	record CaseSummary(String id, String personId, String personName, String cellId, String stage, String outcome,
			Instant openedAt, Instant closedAt, String overdueDeadline) {
	}

	/** documentLink: the API download of the newest version of the entry's document, when one is stored. */
	record TimelineEntry(Instant at, String step, String actor, String what, String documentCode, String documentNumber,
			String documentLink) {
	}

	PageOf<CaseSummary> list(String unit, String status, String stage, int page, int size, String sort, boolean descending) {
		String column = SORTS.get(sort);
		if (column == null) {
			throw InvalidInputException.of("sort", "sort-key", sort, SORTS.keySet());
		}
		if (status != null && !status.equals("OPEN") && !status.equals("CLOSED")) {
			throw InvalidInputException.of("status", "case-status", status);
		}
		List<String> units = tree.subtreeIds(unit);
		String where = " where c.cell_id in (:units)"
				+ (status == null ? "" : status.equals("OPEN") ? " and c.closed_at is null" : " and c.closed_at is not null")
				+ (stage == null ? "" : " and c.stage = :stage");
		long total = bind(jdbc.sql("select count(*) from admission_case c" + where), units, stage)
			.query(Long.class).single();
		PageOf.check(page, size, total);
		List<CaseSummary> content = bind(jdbc.sql("""
				select c.id, c.person_id, p.full_name, c.cell_id, c.stage, c.outcome, c.opened_at, c.closed_at,
				       c.overdue_deadline
				from admission_case c join person p on p.id = c.person_id""" + where + " order by " + column
				+ (descending ? " desc" : " asc") + ", c.id limit :size offset :offset"), units, stage)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new CaseSummary(rs.getString("id"), rs.getString("person_id"), rs.getString("full_name"),
					rs.getString("cell_id"), rs.getString("stage"), rs.getString("outcome"),
					rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("closed_at")),
					rs.getString("overdue_deadline")))
			.list();
		return PageOf.of(content, page, size, total);
	}

	/**
	 * Every step of a case: the engine's task history (who worked which step, when) and the member
	 * journal (what changed, by whom, with which document), in time order.
	 */
	List<TimelineEntry> timeline(AdmissionCase c) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(c.id()).list()) {
			entries.add(new TimelineEntry(task.getStartTime().toInstant(), task.getTaskDefinitionKey(), null,
					"Task opened: " + task.getName(), null, null, null));
			if (task.getEndTime() != null) {
				entries.add(new TimelineEntry(task.getEndTime().toInstant(), task.getTaskDefinitionKey(), task.getAssignee(),
						"Task done: " + task.getName(), null, null, null));
			}
		}
		for (JournalEntry e : members.journalOfCase(c.id())) {
			entries.add(new TimelineEntry(e.occurredAt(), e.activityId(), e.actor(), e.change(),
					e.document() == null ? null : e.document().code(), e.document() == null ? null : e.document().number(),
					e.document() == null ? null : documents.latestPdf(c.id(), e.document().code()).orElse(null)));
		}
		entries.sort(Comparator.comparing(TimelineEntry::at));
		return entries;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, List<String> units, String stage) {
		JdbcClient.StatementSpec bound = sql.param("units", units);
		return stage == null ? bound : bound.param("stage", stage);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
