package org.pledgebot.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pledgebot.alerts.Subscription;

/**
 * The {@link Store} in one SQLite file ({@code PLEDGEBOT_DATA/pledgebot.db}), for one bot
 * process: the embedded default. The schema is migrated on {@link #open}.
 *
 * <p>One process owns the file, so opening it also ends every claim that {@link #due} left
 * behind: the process that made them is gone, and its alerts are due again at once rather than
 * after the lease.
 */
public final class SqliteStore extends JdbcStore {

  private SqliteStore(SqliteDatabase db, Clock clock, Duration lease) {
    super(db, clock, lease);
  }

  /** Opens (creating if need be) the database file and brings its schema up to date. */
  public static SqliteStore open(Path dbFile) {
    return open(dbFile, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps rows. */
  public static SqliteStore open(Path dbFile, Clock clock) {
    SqliteDatabase db = SqliteDatabase.open(dbFile);
    try {
      Schema.migrateSqlite(dbFile);
      db.write("releasing the alerts claimed before this start", OutboxTable::releaseAll);
      return new SqliteStore(db, clock, LEASE);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** What is stored about a chat; for inspection, not part of the {@link Store} contract. */
  public Optional<ChatInfo> chat(long chatId) {
    return db.read("reading chat " + chatId, c -> ChatsTable.find(c, chatId));
  }

  /** One subscription by id, whichever chat it belongs to; for inspection. */
  public Optional<Subscription> subscription(long subscriptionId) {
    return db.read("reading subscription " + subscriptionId, c -> SubscriptionsTable.byId(c, subscriptionId));
  }

  /** The alerts queued for a chat, in any state, oldest first; for inspection. */
  public List<AlertRecord> alertsOfChat(long chatId) {
    return db.read("reading the alerts of chat " + chatId, c -> OutboxTable.ofChat(c, chatId));
  }

  /** The alerts queued for a pledge, in any state, oldest first; for inspection. */
  public List<AlertRecord> alertsOfPledge(String pledgeId) {
    return db.read("reading the alerts of pledge " + pledgeId, c -> OutboxTable.ofPledge(c, pledgeId));
  }

  /** How many alerts are in a state; for inspection. */
  public int alertCount(AlertRecord.Status status) {
    return db.read("counting " + status + " alerts", c -> OutboxTable.count(c, status));
  }
}
