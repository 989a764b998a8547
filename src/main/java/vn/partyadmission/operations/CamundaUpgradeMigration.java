package vn.partyadmission.operations;

import java.sql.Connection;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One step of Camunda's own upgrade path as a Flyway migration: runs the engine jar's
 * {@code <db>_engine_<from>_to_<to>.sql}. Declared as a bean per engine upgrade (docs/operations.md),
 * in the release that brings the new engine jar.
 *
 * <p>A database created by {@link CamundaSchemaMigration} with the newer jar is already at {@code to}:
 * the step then records itself and changes nothing. A database at any other version is refused,
 * because Camunda supports upgrades only one minor version at a time.
 */
public class CamundaUpgradeMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String from;
  private final String to;

  public CamundaUpgradeMigration(String version, String from, String to) {
    this.version = MigrationVersion.fromVersion(version);
    this.from = from;
    this.to = to;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return "Camunda engine upgrade " + from + " to " + to;
  }

  @Override
  public Integer getChecksum() {
    return (from + ">" + to).hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String current = EngineScripts.schemaVersion(connection);
    if (current != null && isAt(current, to)) {
      return;
    }
    if (current == null || !isAt(current, from)) {
      throw new IllegalStateException("Camunda schema is at " + current + ", this step upgrades " + from + " to " + to
          + "; apply the upgrades in between first");
    }
    EngineScripts.run(connection, script(EngineScripts.databaseType(connection)));
  }

  String script(String databaseType) {
    return "org/camunda/bpm/engine/db/upgrade/" + databaseType + "_engine_" + from + "_to_" + to + ".sql";
  }

  /** "7.24.0" is at minor version "7.24". */
  static boolean isAt(String schemaVersion, String minor) {
    return schemaVersion.equals(minor) || schemaVersion.startsWith(minor + ".");
  }
}
