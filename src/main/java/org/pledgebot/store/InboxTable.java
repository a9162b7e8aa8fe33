package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pledgebot.chat.UpdateInbox.Claimed;

/** All SQL on {@code update_inbox}. */
final class InboxTable {

  private InboxTable() {}

  /** Inserts the update unless its id is there; true when this call inserted it. */
  static boolean accept(Connection c, long updateId, String json, Instant leaseUntil) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO update_inbox (update_id, body, lease_until) "
        + "VALUES (?, ?, ?) ON CONFLICT (update_id) DO NOTHING")) {
      s.setLong(1, updateId);
      s.setString(2, json);
      s.setLong(3, Codes.millis(leaseUntil));
      return s.executeUpdate() == 1;
    }
  }

  /** Extends the open leases on {@code ids} that have not run out at {@code now}; returns those extended. */
  static Set<Long> renew(Connection c, Collection<Long> ids, Instant now, Instant until) throws SQLException {
    return Leases.renew(c, "UPDATE update_inbox SET lease_until = ? "
        + "WHERE update_id = ? AND done_at IS NULL AND lease_until >= ?", ids, now, until);
  }

  static boolean done(Connection c, long updateId, Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE update_inbox SET done_at = ? WHERE update_id = ? AND done_at IS NULL")) {
      s.setLong(1, Codes.millis(at));
      s.setLong(2, updateId);
      return s.executeUpdate() == 1;
    }
  }

  /** Open, and leased until before {@code now}. */
  private static final String EXPIRED = "done_at IS NULL AND lease_until < ?";

  /**
   * Leases the expired updates to the caller until {@code until}, oldest id first. On PostgreSQL
   * one statement picks and stamps them, skipping rows another instance is claiming at that very
   * moment ({@code FOR UPDATE SKIP LOCKED}); on SQLite the caller's write transaction holds the
   * only write lock: read, then stamp.
   */
  static List<Claimed> claimExpired(Connection c, Dialect dialect, Instant now, Instant until, int limit)
      throws SQLException {
    List<Claimed> claimed = new ArrayList<>();
    switch (dialect) {
      case SQLITE -> {
        try (PreparedStatement s = c.prepareStatement("SELECT update_id, body, attempts FROM update_inbox WHERE "
            + EXPIRED + " ORDER BY update_id LIMIT ?")) {
          s.setLong(1, Codes.millis(now));
          s.setInt(2, limit);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              claimed.add(new Claimed(r.getLong(1), r.getString(2), r.getInt(3) + 1));
            }
          }
        }
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE update_inbox SET lease_until = ?, attempts = attempts + 1 WHERE update_id = ?")) {
          for (Claimed update : claimed) {
            s.setLong(1, Codes.millis(until));
            s.setLong(2, update.updateId());
            s.addBatch();
          }
          s.executeBatch();
        }
      }
      case POSTGRESQL -> {
        try (PreparedStatement s = c.prepareStatement("UPDATE update_inbox SET lease_until = ?, attempts = attempts + 1 "
            + "WHERE update_id IN (SELECT update_id FROM update_inbox WHERE " + EXPIRED
            + " ORDER BY update_id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING update_id, body, attempts")) {
          s.setLong(1, Codes.millis(until));
          s.setLong(2, Codes.millis(now));
          s.setInt(3, limit);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              claimed.add(new Claimed(r.getLong(1), r.getString(2), r.getInt(3)));
            }
          }
        }
        claimed.sort(Comparator.comparingLong(Claimed::updateId)); // RETURNING keeps no order
      }
    }
    return claimed;
  }

  static int forgetDone(Connection c, Instant before) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM update_inbox WHERE done_at IS NOT NULL AND done_at < ?")) {
      s.setLong(1, Codes.millis(before));
      return s.executeUpdate();
    }
  }
}
