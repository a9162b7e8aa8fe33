package org.pledgebot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/** A database a contract test runs on: opens stores on it, and plain JDBC connections to look inside. */
interface Backend {

  /** A store on this database, its schema migrated; each call opens another (a restart, or a second instance). */
  Store open(Clock clock);

  default Store open() {
    return open(Clock.systemUTC());
  }

  /** A plain connection, beside the store's. */
  Connection connect() throws SQLException;

  /** What {@link Inspect} reads through. */
  default Inspect inspect() {
    return new Inspect(this::connect);
  }
}
