package vn.partyadmission.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.partyadmission.organization.CaseRouting;

/**
 * case_file holds route and progress as JSON: the models read them whole, and no report queries
 * inside them (reports read admission_case and the register). case_process binds each process
 * instance of a case (admission, its probation) to it.
 */
@Repository
class CaseFileRepository {

	private static final TypeReference<LinkedHashMap<String, Object>> PROGRESS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	CaseFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseFile file) {
		jdbc.sql("insert into case_file (case_id, person_id, cell_id, route, progress) values (?, ?, ?, ?, ?)")
			.params(file.caseId(), file.personId(), file.cellId(), write(file.route()), write(file.progressForStorage()))
			.update();
	}

	void bind(String processInstanceId, String caseId) {
		jdbc.sql("insert into case_process (process_instance_id, case_id) values (?, ?)")
			.params(processInstanceId, caseId)
			.update();
	}

	Optional<CaseFile> findByProcessInstance(String processInstanceId) {
		return jdbc.sql("""
				select f.case_id, f.person_id, f.route, f.progress, f.closed_at
				from case_process p join case_file f on f.case_id = p.case_id
				where p.process_instance_id = ?""")
			.param(processInstanceId)
			.query((rs, row) -> new CaseFile(rs.getString("case_id"), rs.getString("person_id"),
					rs.getTimestamp("closed_at") == null, read(rs.getString("route"), CaseRouting.class),
					read(rs.getString("progress"), PROGRESS)))
			.optional();
	}

	/**
	 * The distinct routes of open cases: one scan of the open case files, a few hundred bytes per
	 * distinct route, and routes differ by cell, so the answer is at most one per cell with open cases.
	 */
	List<CaseRouting> openRoutes() {
		return jdbc.sql("select distinct route from case_file where closed_at is null")
			.query(String.class)
			.list()
			.stream()
			.map(route -> read(route, CaseRouting.class))
			.toList();
	}

	void saveProgress(CaseFile file) {
		jdbc.sql("update case_file set progress = ? where case_id = ?")
			.params(write(file.progressForStorage()), file.caseId())
			.update();
	}

	void saveRoute(CaseFile file) {
		jdbc.sql("update case_file set cell_id = ?, route = ? where case_id = ?")
			.params(file.cellId(), write(file.route()), file.caseId())
			.update();
	}

	void close(String caseId, Instant at) {
		jdbc.sql("update case_file set closed_at = ? where case_id = ? and closed_at is null")
			.params(Timestamp.from(at), caseId)
			.update();
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("case file not writable", e);
		}
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("case file not readable", e);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("case file not readable", e);
		}
	}

}
