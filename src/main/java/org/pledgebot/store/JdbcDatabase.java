package org.pledgebot.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What both databases do alike around a connection: a read runs on it as it comes, a write in one
 * transaction (committed whole, or rolled back), and a failure becomes a {@link StoreException}
 * that names the work and the database ({@link #where}: never a password). A subclass says only
 * how work gets a connection ({@link #withConnection}).
 */
abstract class JdbcDatabase implements Database {

  private final String where;

  /** @param where the database as errors name it: a file, or a URL without its parameters */
  JdbcDatabase(String where) {
    this.where = where;
  }

  /** The database as errors name it. */
  final String where() {
    return where;
  }

  /** Runs {@code work} on a connection of this database; throws {@link #closed()} once it is closed. */
  abstract <T> T withConnection(Work<T> work) throws SQLException;

  @Override
  public final <T> T read(String what, Work<T> work) {
    try {
      return withConnection(work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  @Override
  public final <T> T write(String what, Work<T> work) {
    try {
      return withConnection(connection -> inTransaction(connection, work));
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The error for work given to a closed database. */
  final StoreException closed() {
    return new StoreException("database " + where + " is closed");
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(what + " failed on " + where + ": " + e.getMessage(), e);
  }
}
