package org.pledgebot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A small HikariCP pool on one PostgreSQL database. Reads run in auto-commit; each write is one
 * READ COMMITTED transaction on one pooled connection. Errors name the URL without its parameters
 * and never the password.
 */
final class PostgresDatabase implements Database {

  /** Connections per bot instance: the dispatcher, the watcher and a few chats at once. */
  static final int POOL_SIZE = 6;

  /** How long a caller waits for a free connection, or for the server at start. */
  static final long CONNECTION_TIMEOUT_MS = 10_000;

  private final HikariDataSource pool;
  private final String where;

  private PostgresDatabase(HikariDataSource pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  static PostgresDatabase open(PostgresConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("pledgebot-store");
    hikari.setJdbcUrl(config.url());
    config.user().ifPresent(hikari::setUsername);
    config.password().ifPresent(hikari::setPassword);
    hikari.setMaximumPoolSize(POOL_SIZE);
    hikari.setMinimumIdle(1);
    hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    hikari.addDataSourceProperty("ApplicationName", "pledgebot");
    try {
      return new PostgresDatabase(new HikariDataSource(hikari), config.redactedUrl());
    } catch (RuntimeException e) {
      throw new StoreException("cannot open database " + config.redactedUrl() + ": " + e.getMessage(), e);
    }
  }

  /** The pool, for the schema migrations. */
  DataSource dataSource() {
    return pool;
  }

  /** The database as errors name it: its URL without parameters. */
  String where() {
    return where;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public <T> T read(String what, Work<T> work) {
    checkOpen();
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  @Override
  public <T> T write(String what, Work<T> work) {
    checkOpen();
    try (Connection connection = pool.getConnection()) {
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
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private void checkOpen() {
    if (pool.isClosed()) {
      throw new StoreException("database " + where + " is closed");
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(what + " failed on " + where + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    pool.close();
  }
}
