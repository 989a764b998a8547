package vn.partyadmission.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs the SQL scripts the engine jar ships (create and upgrade) the way the engine itself reads them. */
final class EngineScripts {

  private EngineScripts() {
  }

  /** The engine's name for the database, as used in its script names. */
  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("No Camunda scripts wired for database " + product);
  }

  static boolean engineTablesExist(Connection connection) throws SQLException {
    for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The newest version in the engine's schema log, e.g. "7.24.0"; null when the log is empty. */
  static String schemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet log = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc")) {
      return log.next() ? log.getString(1) : null;
    }
  }

  static void run(Connection connection, String resource) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(resource)) {
        statement.execute(sql);
      }
    }
  }

  /** Statements end with ';' at the end of a line; '--' lines are comments (the engine's own convention). */
  static List<String> statements(String resource) throws IOException {
    InputStream in = EngineScripts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Camunda script " + resource + " is not on the classpath");
    }
    List<String> statements = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder current = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.endsWith(";")) {
          current.append(trimmed, 0, trimmed.length() - 1);
          statements.add(current.toString());
          current.setLength(0);
        } else {
          current.append(trimmed).append('\n');
        }
      }
      if (!current.toString().isBlank()) {
        statements.add(current.toString());
      }
    }
    return statements;
  }
}
