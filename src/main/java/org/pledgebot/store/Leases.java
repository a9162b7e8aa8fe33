package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lease renewal for the tables that lease rows to one instance at a time (inbox, outbox). */
final class Leases {

  private Leases() {
  }

  /**
   * Runs {@code sql} once per id in one batch, with the parameters (until, id, now), and returns
   * the ids whose row it changed: those whose lease had not run out.
   */
  static Set<Long> renew(Connection c, String sql, Collection<Long> ids, Instant now, Instant until)
      throws SQLException {
    List<Long> order = List.copyOf(ids);
    Set<Long> renewed = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (long id : order) {
        s.setLong(1, Codes.millis(until));
        s.setLong(2, id);
        s.setLong(3, Codes.millis(now));
        s.addBatch();
      }
      int[] counts = s.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          renewed.add(order.get(i));
        }
      }
    }
    return renewed;
  }
}
