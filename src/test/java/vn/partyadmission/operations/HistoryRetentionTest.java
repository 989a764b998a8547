package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.partyadmission.support.ApplicationTest;

@ApplicationTest
class HistoryRetentionTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void everyDeployedModelAndDecisionKeepsItsHistoryFiveYears() {
    var repository = engine.getRepositoryService();
    assertThat(repository.createProcessDefinitionQuery().list())
        .isNotEmpty()
        .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(1825);
    assertThat(repository.createDecisionDefinitionQuery().list())
        .isNotEmpty()
        .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1825);
  }

  @Test
  void historyCleanupRunsAtNightVietnamTimeAndIsScheduledAtStart() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
  }
}
