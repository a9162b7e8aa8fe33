package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the contract tests read beside the {@link Store} contract, in plain JDBC that both
 * SQLite and PostgreSQL answer: the outbox rows, a chat's row, the schema version.
 */
final class Inspect {

  /** Opens a connection to the database under test. */
  interface Connector {
    Connection connect() throws SQLException;
  }

  /** Work on a connection. */
  interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private static final String RECORD_COLUMNS =
      "id, chat_id, pledge_id, subscription_id, status, attempts, next_attempt, created, sent_at, last_error";

  private final Connector connector;

  Inspect(Connector connector) {
    this.connector = connector;
  }

  <T> T with(Query<T> query) {
    try (Connection c = connector.connect()) {
      return query.run(c);
    } catch (SQLException e) {
      throw new AssertionError("inspecting the database failed: " + e.getMessage(), e);
    }
  }

  /** Runs statements, for setting up what the store cannot write. */
  void execute(String... sql) {
    with(c -> {
      try (Statement s = c.createStatement()) {
        for (String statement : sql) {
          s.execute(statement);
        }
      }
      return null;
    });
  }

  List<AlertRecord> alertsOfChat(long chatId) {
    return records("SELECT " + RECORD_COLUMNS + " FROM outbox WHERE chat_id = " + chatId + " ORDER BY id");
  }

  List<AlertRecord> alertsOfPledge(String pledgeId) {
    return with(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + RECORD_COLUMNS + " FROM outbox WHERE pledge_id = ? ORDER BY id")) {
        s.setString(1, pledgeId);
        return records(s);
      }
    });
  }

  int alertCount(AlertRecord.Status status) {
    return (int) number("SELECT count(*) FROM outbox WHERE status = '" + status.code() + "'");
  }

  /** The claim on an alert, if any. */
  Optional<Instant> claimedUntil(long alertId) {
    return with(c -> {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT claimed_until FROM outbox WHERE id = " + alertId)) {
        if (!r.next()) {
          throw new AssertionError("no alert " + alertId);
        }
        long until = r.getLong(1);
        return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(until));
      }
    });
  }

  Optional<ChatInfo> chat(long chatId) {
    return with(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
          "SELECT type, language, active, blocked_at, created FROM chats WHERE id = " + chatId)) {
        if (!r.next()) {
          return Optional.empty();
        }
        long blocked = r.getLong(4);
        Optional<Instant> blockedAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(blocked));
        return Optional.of(new ChatInfo(chatId, Codes.type(r.getString(1), chatId), Codes.lang(r.getString(2)),
            r.getInt(3) == 1, blockedAt, Instant.ofEpochMilli(r.getLong(5))));
      }
    });
  }

  /** The version Flyway applied last. */
  int schemaVersion() {
    return Integer.parseInt(text("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1"));
  }

  long number(String sql) {
    return with(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        return r.next() ? r.getLong(1) : 0;
      }
    });
  }

  String text(String sql) {
    return with(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        return r.next() ? r.getString(1) : null;
      }
    });
  }

  private List<AlertRecord> records(String sql) {
    return with(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        return records(s);
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
        Optional<Instant> sentAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(sent));
        out.add(new AlertRecord(r.getLong(1), r.getLong(2), r.getString(3), subscriptionId,
            AlertRecord.Status.of(r.getString(5)), r.getInt(6), Instant.ofEpochMilli(r.getLong(7)),
            Instant.ofEpochMilli(r.getLong(8)), sentAt, Optional.ofNullable(r.getString(10))));
      }
    }
    return out;
  }
}
