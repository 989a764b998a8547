package vn.partyadmission.operations;

import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Version 1.6: creates Camunda's own tables with the SQL scripts shipped inside the engine jar, so the
 * engine runs with {@code schema-update: false} and every schema change of production goes through
 * Flyway, in order, once, recorded in {@code flyway_schema_history}. Engine upgrades follow as
 * {@link CamundaUpgradeMigration}s (docs/operations.md).
 *
 * <p>Databases whose engine tables were created before this migration existed (by the engine's own
 * {@code schema-update}) already have them: the migration then records itself and changes nothing.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

  /** Camunda's create scripts in the order the engine itself runs them (foreign keys point backwards). */
  static final List<String> COMPONENTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1.6");
  }

  @Override
  public String getDescription() {
    return "Camunda engine schema";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (EngineScripts.engineTablesExist(connection)) {
      return;
    }
    String database = EngineScripts.databaseType(connection);
    for (String component : COMPONENTS) {
      EngineScripts.run(connection, "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql");
    }
  }
}
