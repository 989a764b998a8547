package vn.partyadmission.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.PartyAdmissionApplication;
import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.JournalEntry;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.TestClockConfiguration;

/**
 * Two application nodes (two Spring contexts, each with its own engine and job executor) on one
 * PostgreSQL, as Camunda 7 scales: due timers fire exactly once across the nodes (the split between
 * the nodes is printed, not asserted: on a busy machine one node may take them all), and a case
 * started on one node is worked on the other without a journal line written twice.
 */
class TwoNodesTest {

	static final int TIMERS = 1000;

	static final LocalDate TODAY = TestClockConfiguration.TODAY;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		nodeA = node("a");
		nodeB = node("b");
		nodeA.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
			.addClasspathResource("cluster/timer-probe.bpmn")
			.deploy();
	}

	@AfterAll
	static void stopNodes() throws Exception {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(PartyAdmissionApplication.class, ProbeConfiguration.class,
				TestClockConfiguration.class)
			.profiles("test")
			// command-line arguments: they outrank the test profile, which switches the job executor off
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=5000",
					"--server.port=0", "--camunda.bpm.job-execution.enabled=true",
					"--camunda.bpm.generate-unique-process-engine-name=true", "--spring.application.name=node-" + name);
	}

	@Configuration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		/** Each firing is written down with the node that ran it, so duplicates show. */
		@Bean
		JavaDelegate timerProbe(JdbcClient jdbc, org.springframework.core.env.Environment env) {
			jdbc.sql("create table if not exists timer_probe (process_instance_id varchar(64), node varchar(20))").update();
			return execution -> jdbc.sql("insert into timer_probe (process_instance_id, node) values (?, ?)")
				.params(execution.getProcessInstanceId(), env.getProperty("spring.application.name"))
				.update();
		}

	}

	@Test
	void thousandDueTimersFireExactlyOnceAcrossTwoNodes() throws Exception {
		ProcessEngine a = nodeA.getBean(ProcessEngine.class);
		// all fall due at once, after they are all created, so both nodes' job executors compete for them
		Instant dueAt = Instant.now().plusSeconds(20);
		Date due = Date.from(dueAt);
		for (int i = 0; i < TIMERS; i++) {
			a.getRuntimeService().startProcessInstanceByKey("timerProbe", Map.of("due", due));
		}
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		while (Instant.now().isBefore(dueAt)) {
			Thread.sleep(100);
		}
		Instant start = Instant.now();
		while (a.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("timerProbe").count() > 0
				&& Duration.between(start, Instant.now()).toSeconds() < 240) {
			Thread.sleep(250);
		}
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		long fired = jdbc.sql("select count(*) from timer_probe").query(Long.class).single();
		long distinct = jdbc.sql("select count(distinct process_instance_id) from timer_probe").query(Long.class).single();
		List<Map<String, Object>> perNode = jdbc.sql("select node, count(*) as fired from timer_probe group by node")
			.query().listOfRows();
		System.out.printf("%d timers drained by two nodes in %.1f s (%.0f jobs/s); fired %d, distinct %d, per node %s%n",
				TIMERS, seconds, TIMERS / seconds, fired, distinct, perNode);

		// the promise is "each timer exactly once"; which node fires how many depends on how busy the
		// machine is (one node may acquire every job), so the split is a figure to read, not a rule
		System.out.printf("split between nodes: %s%n", perNode);
		assertThat(distinct).as("timers fired").isEqualTo(TIMERS);
		assertThat(fired).as("duplicate firings (side effects written twice)").isEqualTo(TIMERS);
		assertThat(a.getManagementService().createJobQuery().processDefinitionKey("timerProbe").count())
			.as("timer jobs left").isZero();
	}

	@Test
	void caseStartedOnNodeA_isWorkedOnNodeB_andEveryJournalLineIsWrittenOnce() {
		Fixture.Units u = nodeA.getBean(Fixture.class).create();
		AdmissionCase opened = nodeA.getBean(AdmissionCases.class).start(u.startValues());
		ProcessEngine b = nodeB.getBean(ProcessEngine.class);

		Task certificate = b.getTaskService().createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
		b.getTaskService().complete(certificate.getId(), Map.of("certificateNumber", "CN-2", "certificateDate",
				TODAY.minusMonths(1).toString()));
		Task application = b.getTaskService().createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
		b.getTaskService().complete(application.getId(), Map.of("applicationDate", TODAY.toString(),
				"personalHistoryDate", TODAY.toString()));

		List<JournalEntry> journal = nodeA.getBean(MemberRegister.class).journalOfCase(opened.id());
		assertThat(journal).extracting(JournalEntry::change).doesNotHaveDuplicates();
		assertThat(journal).extracting(e -> e.document() == null ? "" : e.document().code()).contains("CN-NTVĐ", "1-KNĐ", "2-KNĐ");
		assertThat(nodeA.getBean(MemberRegister.class).findRecord(u.id("cand")).orElseThrow().status().name())
			.isEqualTo("APPLICANT");
	}

}
