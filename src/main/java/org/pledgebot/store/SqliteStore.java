package org.pledgebot.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

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
    return open(dbFile, clock, LEASE);
  }

  /** As {@link #open(Path, Clock)}, with the lease {@link #due} claims alerts for. */
  public static SqliteStore open(Path dbFile, Clock clock, Duration lease) {
    SqliteDatabase db = SqliteDatabase.open(dbFile);
    try {
      Schema.migrateSqlite(dbFile);
      db.write("releasing the alerts claimed before this start", OutboxTable::releaseAll);
      return new SqliteStore(db, clock, lease);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
