package org.pledgebot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection behind a lock. SQLite serialises writers anyway, and the bot's traffic
 * is small, so a single connection keeps transactions simple and obviously correct.
 */
final class SqliteDatabase extends JdbcDatabase {

  static final int BUSY_TIMEOUT_MS = 5_000;

  /** The page cache, as SQLite takes it: negative means KiB (32 MB) rather than pages. */
  static final int CACHE_KIB = -32_768;

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private SqliteDatabase(Path file, Connection connection) {
    super(file.toString());
    this.file = file;
    this.connection = connection;
  }

  static SqliteDatabase open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // FULL: a commit survives power loss too, not only a killed process; commits are few.
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      // the default 2 MB cache cannot hold the outbox indexes that a new pledge's thousands of
      // alerts are inserted into: the insert then re-reads and spills pages (twice as slow)
      config.setCacheSize(CACHE_KIB);
      config.enforceForeignKeys(true);
      // IMMEDIATE: take the write lock at BEGIN, so a transaction never fails half-way with BUSY
      // when another process (a second bot by mistake, the sqlite3 shell) holds it.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      return new SqliteDatabase(file, connection);
    } catch (Exception e) {
      throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  <T> T withConnection(Work<T> work) throws SQLException {
    lock.lock();
    try {
      if (closed) {
        throw closed();
      }
      return work.run(connection);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        connection.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close database " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
