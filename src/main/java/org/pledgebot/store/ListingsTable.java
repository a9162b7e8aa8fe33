package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** All SQL on {@code listings}. */
final class ListingsTable {

  private ListingsTable() {}

  /** Inserts a listing; false when the chat has one under this key already (a key drawn twice). */
  static boolean insert(Connection c, long chatId, String key, String body, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO listings (chat_id, key, body, created) "
        + "VALUES (?, ?, ?, ?) ON CONFLICT (chat_id, key) DO NOTHING")) {
      s.setLong(1, chatId);
      s.setString(2, key);
      s.setString(3, body);
      s.setLong(4, Codes.millis(now));
      return s.executeUpdate() == 1;
    }
  }

  /** Deletes the chat's listings but its newest {@code keep}. */
  static int trim(Connection c, long chatId, int keep) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM listings WHERE chat_id = ? AND key NOT IN "
        + "(SELECT key FROM listings WHERE chat_id = ? ORDER BY created DESC, key LIMIT ?)")) {
      s.setLong(1, chatId);
      s.setLong(2, chatId);
      s.setInt(3, keep);
      return s.executeUpdate();
    }
  }

  /** The body kept under {@code key} for {@code chatId}, if created at {@code since} or later. */
  static Optional<String> get(Connection c, long chatId, String key, Instant since) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT body FROM listings WHERE chat_id = ? AND key = ? AND created >= ?")) {
      s.setLong(1, chatId);
      s.setString(2, key);
      s.setLong(3, Codes.millis(since));
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /** Deletes every listing created before {@code before}. */
  static int forget(Connection c, Instant before) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM listings WHERE created < ?")) {
      s.setLong(1, Codes.millis(before));
      return s.executeUpdate();
    }
  }
}
