package org.pledgebot.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Looks inside a store's database (a SQLite file or a PostgreSQL database) over a connection of its own, for tests in other packages:
 * the outbox rows and a chat's row, which the {@link Store} contract does not expose. The reading
 * itself is {@link Inspect}'s, shared with the store contract tests.
 */
public final class StoreInspector {

  private final Inspect inspect;

  /** Inspects the database in {@code file}, as given to {@link SqliteStore#open}. */
  public StoreInspector(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    this.inspect = new Inspect(() -> DriverManager.getConnection(url, config.toProperties()));
  }

  /** Inspects the PostgreSQL database of {@code config}, as given to {@link PostgresStore#open}. */
  public StoreInspector(PostgresConfig config) {
    this.inspect = new Inspect(() -> DriverManager.getConnection(config.url(), config.user().orElse(null),
        config.password().orElse(null)));
  }

  /** The schema version the file is at. */
  public int schemaVersion() {
    return inspect.schemaVersion();
  }

  /** What is stored about a chat. */
  public Optional<ChatInfo> chat(long chatId) {
    return inspect.chat(chatId);
  }

  /** The alerts queued for a chat, in any state, oldest first. */
  public List<AlertRecord> alertsOfChat(long chatId) {
    return inspect.alertsOfChat(chatId);
  }

  /** The alerts queued for a pledge, in any state, oldest first. */
  public List<AlertRecord> alertsOfPledge(String pledgeId) {
    return inspect.alertsOfPledge(pledgeId);
  }

  /** How many alerts are in a state. */
  public int alertCount(AlertRecord.Status status) {
    return inspect.alertCount(status);
  }
}
