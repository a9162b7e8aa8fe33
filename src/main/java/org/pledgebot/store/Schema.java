package org.pledgebot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The schema's history, applied by Flyway: the SQL resources {@code db/migration/sqlite/V*.sql}
 * and {@code db/migration/postgresql/V*.sql}, one list per database, the same versions in both.
 * Append a version, never edit one: a database records which it has applied, and a store refuses
 * one that has applied a version it does not know.
 */
final class Schema {

  private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

  static final String SQLITE = "classpath:db/migration/sqlite";
  static final String POSTGRESQL = "classpath:db/migration/postgresql";

  /**
   * The version the hand-written runner of the first pledgebot left in {@code PRAGMA user_version}.
   * Such a file has no Flyway history: it is baselined at this version, then migrated.
   */
  static final int LEGACY_VERSION = 1;

  private Schema() {}

  /**
   * Brings a SQLite file up to date, on a connection of its own that does not enforce foreign
   * keys: the rebuild of a table (create, copy, drop, rename) must not cascade its drop. Then
   * stamps the version into {@code PRAGMA user_version}, so that a pledgebot from before Flyway,
   * which reads only that, refuses the file rather than misread it.
   */
  static void migrateSqlite(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(false);
    config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    String where = file.toString();
    try {
      boolean legacy;
      try (Connection c = source.getConnection()) {
        int userVersion = userVersion(c);
        boolean history = sqliteTable(c, "flyway_schema_history");
        if (!history && userVersion > LEGACY_VERSION) {
          throw new StoreException("database " + where + " has schema version " + userVersion
              + ", newer than this pledgebot knows: refusing to touch it");
        }
        legacy = !history && userVersion == LEGACY_VERSION && sqliteTable(c, "chats");
      }
      int version = migrate(source, SQLITE, legacy, where);
      try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("PRAGMA user_version = " + version);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot migrate database " + where + ": " + e.getMessage(), e);
    }
  }

  /** Brings a PostgreSQL database up to date; {@code where} names it in errors. */
  static void migratePostgres(DataSource source, String where) {
    migrate(source, POSTGRESQL, false, where);
  }

  /** Applies the pending versions; returns the version the database is at. */
  private static int migrate(DataSource source, String location, boolean baseline, String where) {
    Flyway flyway = Flyway.configure()
        .dataSource(source)
        .locations(location)
        .baselineOnMigrate(baseline)
        .baselineVersion(String.valueOf(LEGACY_VERSION))
        .baselineDescription("pledgebot before Flyway")
        // a version applied by a newer pledgebot fails validation instead of being ignored
        .ignoreMigrationPatterns(new String[0])
        .load();
    try {
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info("migrated the schema of {} from version {} to {}", where,
            result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion, result.targetSchemaVersion);
      }
      String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
          : flyway.info().current().getVersion().getVersion();
      return Integer.parseInt(version);
    } catch (FlywayException | NumberFormatException e) {
      throw new StoreException("cannot migrate the schema of database " + where + ": " + e.getMessage(), e);
    }
  }

  static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static boolean sqliteTable(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }
}
