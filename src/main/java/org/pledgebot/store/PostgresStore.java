package org.pledgebot.store;

import java.time.Clock;
import java.time.Duration;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.Throttle;

/**
 * The {@link Store} in a PostgreSQL database that several bot instances share, through a small
 * HikariCP pool. The schema is migrated on {@link #open} (Flyway takes a lock, so instances that
 * start together migrate once). Same semantics as {@link SqliteStore}; what several instances
 * need on top: {@link #due} claims rows with {@code FOR UPDATE SKIP LOCKED} and a lease, so two
 * instances never hand out the same alert, and {@link #chatSeen} reads the database rather than a
 * cache another instance could have made stale.
 */
public final class PostgresStore extends JdbcStore {

  private PostgresStore(PostgresDatabase db, Clock clock, Duration lease) {
    super(db, clock, lease);
  }

  /**
   * Telegram's sending limits kept in this database, for every instance that shares it (see
   * {@link PostgresThrottle}); valid until the store closes.
   */
  public Throttle throttle(RateLimits limits) {
    return new PostgresThrottle(db, limits);
  }

  /** Connects, and brings the schema up to date. */
  public static PostgresStore open(PostgresConfig config) {
    return open(config, Clock.systemUTC());
  }

  /** As {@link #open(PostgresConfig)}, with the clock that stamps rows. */
  public static PostgresStore open(PostgresConfig config, Clock clock) {
    return open(config, clock, LEASE);
  }

  /**
   * As {@link #open(PostgresConfig, Clock)}, with the lease {@link #due} claims alerts for: how
   * long the alerts of an instance that was killed wait before another instance sends them.
   */
  public static PostgresStore open(PostgresConfig config, Clock clock, Duration lease) {
    PostgresDatabase db = PostgresDatabase.open(config);
    try {
      Schema.migratePostgres(db.dataSource(), db.where());
      return new PostgresStore(db, clock, lease);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
