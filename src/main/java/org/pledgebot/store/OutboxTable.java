package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;

/** All SQL on {@code outbox}. */
final class OutboxTable {

  private OutboxTable() {}

  /**
   * Queues alerts for a pledge; skips those whose subscription or chat is gone or inactive, and
   * those for a chat already queued for this pledge (UNIQUE (chat_id, pledge_id)), so that a chat
   * is queued once, by the first of its alerts in {@code alerts}. On SQLite one statement per
   * alert, in a batch: each runs in-process. On PostgreSQL one statement for them all, the alerts
   * passed as two arrays: a batch of thousands of statements costs a server execution each.
   */
  static int insert(Connection c, Dialect dialect, String pledgeId, List<NewAlert> alerts, Instant now)
      throws SQLException {
    return switch (dialect) {
      case SQLITE -> insertEach(c, pledgeId, alerts, now);
      case POSTGRESQL -> insertAll(c, pledgeId, alerts, now);
    };
  }

  private static int insertEach(Connection c, String pledgeId, List<NewAlert> alerts, Instant now) throws SQLException {
    int queued = 0;
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO outbox (chat_id, pledge_id, subscription_id, next_attempt, created) "
            + "SELECT s.chat_id, ?, s.id, ?, ? FROM subscriptions s JOIN chats c ON c.id = s.chat_id "
            + "WHERE s.id = ? AND s.chat_id = ? AND c.active = 1 ON CONFLICT (chat_id, pledge_id) DO NOTHING")) {
      for (NewAlert alert : alerts) {
        s.setString(1, pledgeId);
        s.setLong(2, Codes.millis(now));
        s.setLong(3, Codes.millis(now));
        s.setLong(4, alert.subscriptionId());
        s.setLong(5, alert.chatId());
        s.addBatch();
      }
      for (int count : s.executeBatch()) {
        queued += Math.max(count, 0);
      }
    }
    return queued;
  }

  /** The alerts in their order ({@code WITH ORDINALITY}), so that each chat keeps its first one, as {@link #insertEach} does. */
  private static int insertAll(Connection c, String pledgeId, List<NewAlert> alerts, Instant now) throws SQLException {
    if (alerts.isEmpty()) {
      return 0;
    }
    Long[] subscriptions = new Long[alerts.size()];
    Long[] chats = new Long[alerts.size()];
    for (int i = 0; i < alerts.size(); i++) {
      subscriptions[i] = alerts.get(i).subscriptionId();
      chats[i] = alerts.get(i).chatId();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO outbox (chat_id, pledge_id, subscription_id, next_attempt, created) "
            + "SELECT s.chat_id, ?, s.id, ?, ? FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS a(sub, chat, n) "
            + "JOIN subscriptions s ON s.id = a.sub AND s.chat_id = a.chat JOIN chats c ON c.id = s.chat_id "
            + "WHERE c.active = 1 ORDER BY a.n ON CONFLICT (chat_id, pledge_id) DO NOTHING")) {
      s.setString(1, pledgeId);
      s.setLong(2, Codes.millis(now));
      s.setLong(3, Codes.millis(now));
      s.setArray(4, c.createArrayOf("bigint", subscriptions));
      s.setArray(5, c.createArrayOf("bigint", chats));
      return s.executeUpdate();
    }
  }

  /** The columns {@link #queued} reads, from an outbox row {@code o}, its chat {@code c} and subscription {@code s}. */
  private static final String QUEUED_COLUMNS = "o.id, o.chat_id, c.type, c.language, o.pledge_id, o.attempts, o.created, "
      + "s.id, s.chat_id, s.kind, s.value, s.lang, s.created";

  /** Pending, due and claimed by nobody (or by someone whose lease ran out). */
  private static final String DUE =
      "o.status = 'pending' AND o.next_attempt <= ? AND (o.claimed_until IS NULL OR o.claimed_until <= ?)";

  /**
   * Claims the due alerts until {@code until} and returns them, oldest first. On PostgreSQL one
   * statement picks and stamps the rows, skipping those another instance is claiming at that very
   * moment ({@code FOR UPDATE SKIP LOCKED}), so two instances never get the same row. On SQLite
   * the caller's write transaction holds the only write lock: read, then stamp.
   */
  static List<QueuedAlert> claimDue(Connection c, Dialect dialect, Instant now, Instant until, int limit)
      throws SQLException {
    return switch (dialect) {
      case SQLITE -> {
        List<QueuedAlert> due;
        try (PreparedStatement s = c.prepareStatement("SELECT " + QUEUED_COLUMNS + " FROM outbox o "
            + "JOIN chats c ON c.id = o.chat_id LEFT JOIN subscriptions s ON s.id = o.subscription_id "
            + "WHERE " + DUE + " ORDER BY o.id LIMIT ?")) {
          s.setLong(1, Codes.millis(now));
          s.setLong(2, Codes.millis(now));
          s.setInt(3, limit);
          due = queued(s);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET claimed_until = ? WHERE id = ?")) {
          for (QueuedAlert alert : due) {
            s.setLong(1, Codes.millis(until));
            s.setLong(2, alert.id());
            s.addBatch();
          }
          s.executeBatch();
        }
        yield due;
      }
      case POSTGRESQL -> {
        try (PreparedStatement s = c.prepareStatement("WITH claimed AS (UPDATE outbox SET claimed_until = ? "
            + "WHERE id IN (SELECT o.id FROM outbox o WHERE " + DUE + " ORDER BY o.id LIMIT ? FOR UPDATE SKIP LOCKED) "
            + "RETURNING id, chat_id, pledge_id, subscription_id, attempts, created) "
            + "SELECT " + QUEUED_COLUMNS + " FROM claimed o "
            + "JOIN chats c ON c.id = o.chat_id LEFT JOIN subscriptions s ON s.id = o.subscription_id ORDER BY o.id")) {
          s.setLong(1, Codes.millis(until));
          s.setLong(2, Codes.millis(now));
          s.setLong(3, Codes.millis(now));
          s.setInt(4, limit);
          yield queued(s);
        }
      }
    };
  }

  private static List<QueuedAlert> queued(PreparedStatement s) throws SQLException {
    List<QueuedAlert> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long chatId = r.getLong(2);
        r.getLong(8);
        Optional<Subscription> subscription =
            r.wasNull() ? Optional.empty() : Optional.of(SubscriptionsTable.row(r, 8));
        out.add(new QueuedAlert(r.getLong(1), chatId, Codes.type(r.getString(3), chatId), Codes.lang(r.getString(4)),
            r.getString(5), subscription, Codes.lang(r.getString(12)), r.getInt(6), Codes.instant(r.getLong(7))));
      }
    }
    return out;
  }

  /** Ends the claim on these alerts: they are due again for anyone. */
  static int release(Connection c, Collection<Long> ids) throws SQLException {
    int released = 0;
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET claimed_until = NULL WHERE id = ? AND claimed_until IS NOT NULL")) {
      for (long id : ids) {
        s.setLong(1, id);
        s.addBatch();
      }
      for (int count : s.executeBatch()) {
        released += Math.max(count, 0);
      }
    }
    return released;
  }

  /** Extends the claims on {@code ids} that have not run out at {@code now} to {@code until}; returns those extended. */
  static Set<Long> renew(Connection c, Collection<Long> ids, Instant now, Instant until) throws SQLException {
    return Leases.renew(c, "UPDATE outbox SET claimed_until = ? "
        + "WHERE id = ? AND status = 'pending' AND claimed_until > ?", ids, now, until);
  }

  /** Ends every claim: for a SQLite file at open, when no earlier process can still be sending. */
  static int releaseAll(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET claimed_until = NULL WHERE claimed_until IS NOT NULL")) {
      return s.executeUpdate();
    }
  }

  /** When the earliest pending alert is due: its next attempt, or the end of its claim if later. */
  static Optional<Instant> nextDue(Connection c, Dialect dialect) throws SQLException {
    String later = switch (dialect) {
      case SQLITE -> "max";
      case POSTGRESQL -> "greatest";
    };
    try (PreparedStatement s = c.prepareStatement("SELECT min(" + later + "(next_attempt, coalesce(claimed_until, 0))) "
        + "FROM outbox WHERE status = 'pending'");
        ResultSet r = s.executeQuery()) {
      if (r.next()) {
        long next = r.getLong(1);
        if (!r.wasNull()) {
          return Optional.of(Codes.instant(next));
        }
      }
      return Optional.empty();
    }
  }

  /** How many alerts are pending, claimed or not: one scan of the partial index {@code outbox_due}. */
  static long pending(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox WHERE status = 'pending'");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  static boolean markSent(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL "
            + "WHERE id = ? AND status = 'pending'")) {
      s.setLong(1, Codes.millis(at));
      s.setLong(2, id);
      return s.executeUpdate() == 1;
    }
  }

  static boolean retryLater(Connection c, long id, Instant next, String reason) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ?, claimed_until = NULL "
            + "WHERE id = ? AND status = 'pending'")) {
      s.setLong(1, Codes.millis(next));
      s.setString(2, reason);
      s.setLong(3, id);
      return s.executeUpdate() == 1;
    }
  }

  static boolean drop(Connection c, long id, String reason) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE id = ? AND status = 'pending'")) {
      s.setString(1, reason);
      s.setLong(2, id);
      return s.executeUpdate() == 1;
    }
  }

  static int forgetDone(Connection c, Instant before) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE status <> 'pending' AND created < ?")) {
      s.setLong(1, Codes.millis(before));
      return s.executeUpdate();
    }
  }

  static int dropPendingOfChat(Connection c, long chatId, String reason) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE chat_id = ? AND status = 'pending'")) {
      s.setString(1, reason);
      s.setLong(2, chatId);
      return s.executeUpdate();
    }
  }

  /*
   * What the outbox's foreign keys did on delete, done by the store (PostgreSQL's outbox has none
   * since V8: their per-row triggers slowed the insert of a pledge's alerts; SQLite's still do it).
   */

  /** A chat is forgotten: its alerts go with it. */
  static int deleteOfChat(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE chat_id = ?")) {
      s.setLong(1, chatId);
      return s.executeUpdate();
    }
  }

  /** A subscription is deleted: its alerts keep their record without it. */
  static int forgetSubscription(Connection c, long subscriptionId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET subscription_id = NULL WHERE subscription_id = ?")) {
      s.setLong(1, subscriptionId);
      return s.executeUpdate();
    }
  }

  /** Every subscription of a chat is deleted: its alerts keep their record without them. */
  static int forgetSubscriptionsOfChat(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET subscription_id = NULL WHERE chat_id = ? AND subscription_id IS NOT NULL")) {
      s.setLong(1, chatId);
      return s.executeUpdate();
    }
  }

  static int dropPendingOfSubscription(Connection c, long subscriptionId, String reason) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE subscription_id = ? AND status = 'pending'")) {
      s.setString(1, reason);
      s.setLong(2, subscriptionId);
      return s.executeUpdate();
    }
  }
}
