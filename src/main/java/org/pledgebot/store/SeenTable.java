package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** All SQL on {@code seen_pledges}. */
final class SeenTable {

  private SeenTable() {}

  static Map<String, String> all(Connection c) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT pledge_id, content_hash FROM seen_pledges ORDER BY pledge_id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  /** Records a pledge as seen; false when it was seen before (nothing changes then). */
  static boolean insert(Connection c, String pledgeId, String hash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO seen_pledges (pledge_id, content_hash, first_seen, updated) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (pledge_id) DO NOTHING")) {
      s.setString(1, pledgeId);
      s.setString(2, hash);
      s.setLong(3, Codes.millis(now));
      s.setLong(4, Codes.millis(now));
      return s.executeUpdate() == 1;
    }
  }

  /** Records every pledge of {@code hashById} as seen, in one batch; those seen before stay as they are. */
  static void insertAll(Connection c, Map<String, String> hashById, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO seen_pledges (pledge_id, content_hash, first_seen, updated) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (pledge_id) DO NOTHING")) {
      for (Map.Entry<String, String> pledge : hashById.entrySet()) {
        s.setString(1, pledge.getKey());
        s.setString(2, pledge.getValue());
        s.setLong(3, Codes.millis(now));
        s.setLong(4, Codes.millis(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  static boolean updateHash(Connection c, String pledgeId, String hash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE seen_pledges SET content_hash = ?, updated = ? WHERE pledge_id = ?")) {
      s.setString(1, hash);
      s.setLong(2, Codes.millis(now));
      s.setString(3, pledgeId);
      return s.executeUpdate() == 1;
    }
  }
}
