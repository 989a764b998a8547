package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.support.ApplicationTest;
import vn.partyadmission.support.CaseWalker;
import vn.partyadmission.support.Fixture;

/**
 * What the engine keeps of a case at history level activity (application.yml, V1_17): who did which
 * step and when, not the last value of every form field; what was decided is in the member journal.
 */
@ApplicationTest
class CaseHistoryTest {

	@Autowired
	CaseWalker walk;

	@Autowired
	Fixture fixture;

	@Autowired
	HistoryService history;

	@Autowired
	MemberRegister members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void admittedCase_keepsItsStepsAndWhoDidThem_butNoVariableSnapshots() {
		Fixture.Units u = fixture.create();
		AdmissionCase admitted = walk.admit(u, LocalDate.of(2026, 1, 20));
		List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(admitted.id())
			.list().stream().map(HistoricProcessInstance::getId).toList();
		assertThat(instances).as("admission and its probation").hasSize(2);

		List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
			.processInstanceId(admitted.processInstanceId()).finished().list();
		assertThat(done).extracting(HistoricTaskInstance::getTaskDefinitionKey)
			.contains("ReceiveApplication", "HoldCellMeeting", "DecideAdmission", "HoldAdmissionCeremony");
		assertThat(done).allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(admitted.processInstanceId()).count())
			.isGreaterThan(done.size());

		assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
			.count()).as("variable history rows of the case").isZero();
		assertThat(members.journal(admitted.personId())).as("the member journal holds what was decided").isNotEmpty();
	}

	@Test
	void databaseRecordedAtAudit_isMovedToActivityByTheMigration() throws Exception {
		String before = level();
		try {
			jdbc.sql("update act_ge_property set value_ = '2' where name_ = 'historyLevel'").update();
			String migration = new ClassPathResource("db/migration/common/V1_17__history_level_activity.sql")
				.getContentAsString(StandardCharsets.UTF_8);
			jdbc.sql(migration.replaceAll("(?m)^--.*$", "").trim().replaceAll(";$", "")).update();
			assertThat(level()).isEqualTo("1");
		}
		finally {
			jdbc.sql("update act_ge_property set value_ = ? where name_ = 'historyLevel'").param(before).update();
		}
	}

	private String level() {
		return jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'").query(String.class).single();
	}

}
