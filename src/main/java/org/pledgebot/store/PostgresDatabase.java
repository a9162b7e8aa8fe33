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
final class PostgresDatabase extends JdbcDatabase {

  /** Connections per bot instance: the dispatcher, the watcher and a few chats at once. */
  static final int POOL_SIZE = 6;

  /** How long a caller waits for a free connection, or for the server at start. */
  static final long CONNECTION_TIMEOUT_MS = 10_000;

  private final HikariDataSource pool;

  private PostgresDatabase(HikariDataSource pool, String where) {
    super(where);
    this.pool = pool;
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

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  <T> T withConnection(Work<T> work) throws SQLException {
    if (pool.isClosed()) {
      throw closed();
    }
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    }
  }

  /** In auto-commit, as {@link #read}: one round trip instead of the statement's and the commit's. */
  @Override
  public <T> T writeOne(String what, Work<T> work) {
    return read(what, work);
  }

  @Override
  public void close() {
    pool.close();
  }
}
