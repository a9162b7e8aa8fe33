package org.pledgebot.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgebot.chat.Listings;

/**
 * {@link ListingsSqliteTest} on PostgreSQL, a database per test; the second instance is another
 * store on the same database, as a second bot process has.
 */
@ExtendWith(PostgresServer.Resolver.class)
class ListingsPostgresTest extends ListingsSqliteTest {

  private PostgresConfig database;

  @BeforeEach
  void freshDatabase(PostgresServer server) {
    database = server.newDatabase();
  }

  @Override
  Store open(Clock clock) {
    Store store = PostgresStore.open(database, clock);
    opened.add(store);
    return store;
  }

  @Override
  protected Listings secondInstance(Listings first) {
    return open(Clock.systemUTC()).listings(id -> Optional.ofNullable(PLEDGES.get(id)));
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user().orElseThrow(), "");
  }
}
