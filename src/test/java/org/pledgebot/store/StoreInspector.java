package org.pledgebot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgebot.alerts.Subscription;
import org.sqlite.SQLiteConfig;

/**
 * What tests look at in a store's database file, read over a connection of its own (plain JDBC,
 * beside the store's): the bot itself never needs these views, so they live with the tests.
 */
public final class StoreInspector {

  private static final String RECORD_COLUMNS =
      "id, chat_id, pledge_id, subscription_id, status, attempts, next_attempt, created, sent_at, last_error";

  private final Path file;

  /** Inspects the database in {@code file}, as given to {@link Store#open}. */
  public StoreInspector(Path file) {
    this.file = file;
  }

  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(Query<T> query) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
      return query.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("inspecting " + file + ": " + e.getMessage(), e);
    }
  }

  /** The schema version the file is at. */
  public int schemaVersion() {
    return read(Migrations::version);
  }

  /** What is stored about a chat. */
  public Optional<ChatInfo> chat(long chatId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT type, language, active, blocked_at, created FROM chats WHERE id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          long blocked = r.getLong(4);
          Optional<Instant> blockedAt = r.wasNull() ? Optional.empty() : Optional.of(Codes.instant(blocked));
          return Optional.of(new ChatInfo(chatId, Codes.type(r.getString(1), chatId), Codes.lang(r.getString(2)),
              r.getInt(3) == 1, blockedAt, Codes.instant(r.getLong(5))));
        }
      }
    });
  }

  /** One subscription by id, whichever chat it belongs to. */
  public Optional<Subscription> subscription(long subscriptionId) {
    return read(c -> SubscriptionsTable.byId(c, subscriptionId));
  }

  /** The alerts queued for a chat, in any state, oldest first. */
  public List<AlertRecord> alertsOfChat(long chatId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + RECORD_COLUMNS + " FROM outbox WHERE chat_id = ? ORDER BY id")) {
        s.setLong(1, chatId);
        return records(s);
      }
    });
  }

  /** The alerts queued for a pledge, in any state, oldest first. */
  public List<AlertRecord> alertsOfPledge(String pledgeId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + RECORD_COLUMNS + " FROM outbox WHERE pledge_id = ? ORDER BY id")) {
        s.setString(1, pledgeId);
        return records(s);
      }
    });
  }

  /** How many alerts are in a state. */
  public int alertCount(AlertRecord.Status status) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox WHERE status = ?")) {
        s.setString(1, status.code());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
  }

  private static List<AlertRecord> records(PreparedStatement s) throws SQLException {
    List<AlertRecord> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long subscription = r.getLong(4);
        Optional<Long> subscriptionId = r.wasNull() ? Optional.empty() : Optional.of(subscription);
        long sent = r.getLong(9);
        Optional<Instant> sentAt = r.wasNull() ? Optional.empty() : Optional.of(Codes.instant(sent));
        out.add(new AlertRecord(r.getLong(1), r.getLong(2), r.getString(3), subscriptionId,
            AlertRecord.Status.of(r.getString(5)), r.getInt(6), Codes.instant(r.getLong(7)),
            Codes.instant(r.getLong(8)), sentAt, Optional.ofNullable(r.getString(10))));
      }
    }
    return out;
  }
}
