package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.partyadmission.support.PostgresApplicationTest;

@PostgresApplicationTest
class CamundaSchemaOnPostgresTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngine engine;

  @Test
  void engineTablesComeFromFlywayAndTheEngineNeverAltersTheSchema() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
        .isEqualTo("false");
    assertThat(jdbc.queryForObject(
        "select success from flyway_schema_history where version = '1.6'", Boolean.class)).isTrue();
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");
  }

  @Test
  void everyTableOfCamundasCreateScriptsExists() throws Exception {
    Set<String> scripted = new TreeSet<>();
    Pattern createTable = Pattern.compile("(?i)^create table (\\w+)");
    for (String component : CamundaSchemaMigration.COMPONENTS) {
      for (String statement : EngineScripts.statements("org/camunda/bpm/engine/db/create/activiti.postgres.create." + component + ".sql")) {
        Matcher matcher = createTable.matcher(statement);
        if (matcher.find()) {
          scripted.add(matcher.group(1).toLowerCase());
        }
      }
    }
    Set<String> present = new TreeSet<>(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'act\\_%'",
        String.class));
    assertThat(scripted).hasSizeGreaterThan(40);
    assertThat(present).isEqualTo(scripted);
  }

  @Test
  void schemaMigrationOnADatabaseThatHasTheEngineTablesChangesNothing() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      Integer before = jdbc.queryForObject("select count(*) from act_ge_property", Integer.class);
      new CamundaSchemaMigration().migrate(context(connection));
      assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isEqualTo(before);
    }
  }

  @Test
  void upgradeStepToTheVersionTheDatabaseIsAlreadyAtIsSkipped() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      new CamundaUpgradeMigration("99.1", "7.23", "7.24").migrate(context(connection));
      assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");
    }
  }

  @Test
  void upgradeStepFromAnotherVersionIsRefusedBeforeItRunsAnything() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThatThrownBy(() -> new CamundaUpgradeMigration("99.1", "7.25", "7.26").migrate(context(connection)))
          .hasMessageContaining("Camunda schema is at 7.24.0");
    }
  }

  @Test
  void upgradeStepReadsCamundasOwnScriptFromTheEngineJar() throws Exception {
    String script = new CamundaUpgradeMigration("99.1", "7.23", "7.24").script("postgres");
    assertThat(EngineScripts.statements(script)).isNotEmpty();
  }

  private static Context context(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
