package vn.partyadmission.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold for every person of a load, read straight from the database: the member record's
 * status is the one the process has reached (by the activities it completed), the status lines of
 * the journal form an unbroken chain from the first line to the record (no gap), no line is written
 * twice, an open case has a running process and a closed one none, and a start that did not
 * complete left nothing behind.
 */
final class CaseConsistency {

	private final JdbcClient jdbc;

	CaseConsistency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Report(int persons, int cases, int openCases, List<String> inconsistencies) {
	}

	Report check(Collection<String> personIds) {
		List<String> found = new ArrayList<>();
		int cases = 0;
		int open = 0;
		for (String personId : personIds) {
			String status = jdbc.sql("select status from member_record where person_id = ?").param(personId)
				.query(String.class).optional().orElse(null);
			if (status == null) {
				found.add(personId + ": no member record");
				continue;
			}
			checkJournal(personId, status, found);
			List<Map<String, Object>> rows = jdbc.sql("""
					select id, process_instance_id, closed_at, outcome from admission_case where person_id = ?""")
				.param(personId).query().listOfRows();
			if (rows.size() > 1) {
				found.add(personId + ": " + rows.size() + " cases for one start");
			}
			if (rows.isEmpty()) {
				long lines = jdbc.sql("select count(*) from member_journal where person_id = ?").param(personId)
					.query(Long.class).single();
				if (!status.equals("SOURCE_CANDIDATE") || lines != 1) {
					found.add(personId + ": no case, yet status " + status + " and " + lines + " journal lines");
				}
				continue;
			}
			cases++;
			Map<String, Object> c = rows.get(0);
			if (c.get("closed_at") == null) {
				open++;
			}
			checkCase(personId, status, (String) c.get("id"), (String) c.get("process_instance_id"),
					c.get("closed_at") != null, (String) c.get("outcome"), found);
		}
		long orphans = jdbc.sql("""
				select count(*) from act_hi_procinst p where p.proc_def_key_ = 'admission'
				and not exists (select 1 from admission_case c where c.process_instance_id = p.id_)""")
			.query(Long.class).single();
		if (orphans > 0) {
			found.add(orphans + " admission process instances without a case");
		}
		return new Report(personIds.size(), cases, open, found);
	}

	private void checkJournal(String personId, String status, List<String> found) {
		List<Map<String, Object>> lines = jdbc.sql("""
				select id, case_id, activity_id, from_status, to_status, change from member_journal
				where person_id = ? order by id""").param(personId).query().listOfRows();
		String previous = null;
		Map<String, Integer> seen = new HashMap<>();
		for (Map<String, Object> line : lines) {
			String key = line.get("case_id") + "|" + line.get("activity_id") + "|" + line.get("change");
			if (seen.merge(key, 1, Integer::sum) == 2) {
				found.add(personId + ": journal line written twice: " + line.get("change"));
			}
			String to = (String) line.get("to_status");
			if (to == null) {
				continue;
			}
			if (!Objects.equals(line.get("from_status"), previous)) {
				found.add(personId + ": journal gap, line " + line.get("id") + " moves " + line.get("from_status") + " -> "
						+ to + " after " + previous);
			}
			previous = to;
		}
		if (!Objects.equals(previous, status)) {
			found.add(personId + ": record says " + status + ", journal ends at " + previous);
		}
	}

	private void checkCase(String personId, String status, String caseId, String processInstanceId, boolean closed,
			String outcome, List<String> found) {
		boolean historic = jdbc.sql("select count(*) from act_hi_procinst where id_ = ?").param(processInstanceId)
			.query(Long.class).single() == 1;
		if (!historic) {
			found.add(caseId + ": its process instance " + processInstanceId + " does not exist");
			return;
		}
		boolean running = jdbc.sql("select count(*) from act_ru_execution where id_ = ?").param(processInstanceId)
			.query(Long.class).single() == 1;
		if (running == closed) {
			found.add(caseId + ": case " + (closed ? "closed" : "open") + " but process " + (running ? "running" : "ended"));
		}
		Set<String> done = Set.copyOf(jdbc.sql("""
				select distinct a.act_id_ from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
				where p.business_key_ = ? and a.end_time_ is not null
				  and coalesce(a.act_inst_state_, 0) <> 2""").param(caseId).query(String.class).list());
		String expected = done.contains("RecordNotAdmitted") ? "REJECTED"
				// a probation that ended before the course was recorded can only end in removal
				: done.contains("DecideRecognition") ? (done.contains("RecordNewMemberCourseMissed") ? "REMOVED" : "OFFICIAL")
				// a ceremony cancelled by its deadline (state 2, excluded above) is held late, once consented
				: done.contains("HoldAdmissionCeremony") || done.contains("HoldLateAdmissionCeremony") ? "PROBATIONARY"
				: done.contains("DecideAdmission") ? "ADMITTED"
				: done.contains("ReceiveApplication") ? "APPLICANT"
				: "AWARENESS_CERTIFIED";
		if (!expected.equals(status)) {
			found.add(caseId + ": process has completed " + done + " so " + personId + " should be " + expected
					+ ", record says " + status);
		}
		if (closed && !status.equals(outcome)) {
			found.add(caseId + ": closed with outcome " + outcome + " but " + personId + " is " + status);
		}
	}

}
