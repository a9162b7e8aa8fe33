package org.pledgebot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a store's SQL runs: one SQLite file ({@link SqliteDatabase}) or a PostgreSQL pool ({@link PostgresDatabase}). */
interface Database extends AutoCloseable {

  /** A unit of work on a connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Which SQL the database speaks, where the two differ. */
  Dialect dialect();

  /** Runs {@code work} outside any explicit transaction: for reads of one statement or a few. */
  <T> T read(String what, Work<T> work);

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  <T> T write(String what, Work<T> work);

  /**
   * Runs {@code work}, one statement that writes, in its own transaction. A server database runs
   * it in auto-commit: the statement is its transaction, and no separate commit costs a round trip.
   */
  default <T> T writeOne(String what, Work<T> work) {
    return write(what, work);
  }

  @Override
  void close();
}
