package org.pledgebot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history: migration N is the SQL resource {@code migrations/NNN-*.sql}, applied in
 * order, each in its own transaction together with {@code PRAGMA user_version = N}.
 */
final class Migrations {

  /** In order; append, never edit or reorder: a database records how many it has applied. */
  static final List<String> SCRIPTS = List.of("001-initial.sql");

  private Migrations() {}

  /** The schema version of an up-to-date database. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings the database up to date; returns the version it was at before. */
  static int apply(Database db) {
    int before = db.read("reading the schema version", Migrations::version);
    if (before > latest()) {
      throw new StoreException("database " + db.file() + " has schema version " + before
          + ", newer than this pledgebot knows (" + latest() + "): refusing to touch it");
    }
    for (int version = before + 1; version <= latest(); version++) {
      String script = SCRIPTS.get(version - 1);
      List<String> statements = statements(script);
      int target = version;
      db.write("applying migration " + script, connection -> {
        // re-check inside the write lock: another process may have migrated meanwhile
        if (version(connection) >= target) {
          return null;
        }
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements) {
            statement.executeUpdate(sql);
          }
          statement.executeUpdate("PRAGMA user_version = " + target);
        }
        return null;
      });
    }
    return before;
  }

  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** The statements of a script: comments dropped, split at semicolons that end a line. */
  static List<String> statements(String script) {
    String text;
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new StoreException("migration resource migrations/" + script + " is missing from the build");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + script + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
      if (code.isBlank()) {
        continue;
      }
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new StoreException("migration " + script + " ends without a semicolon: " + current.toString().strip());
    }
    return out;
  }
}
