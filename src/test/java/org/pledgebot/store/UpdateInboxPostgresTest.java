package org.pledgebot.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgebot.chat.UpdateInbox;
import org.pledgebot.chat.UpdateInboxContract;

/**
 * The {@link UpdateInbox} contract on PostgreSQL, a database per test; the second instance is
 * another store, with its own pool, on the same database, as a second bot process has.
 */
@ExtendWith(PostgresServer.Resolver.class)
class UpdateInboxPostgresTest extends UpdateInboxContract {

  private final List<Store> opened = new ArrayList<>();
  private PostgresConfig database;

  @BeforeEach
  void freshDatabase(PostgresServer server) {
    database = server.newDatabase();
  }

  private Store open() {
    Store store = PostgresStore.open(database);
    opened.add(store);
    return store;
  }

  @Override
  protected UpdateInbox inbox() {
    return open().updates();
  }

  @Override
  protected UpdateInbox secondInstance(UpdateInbox first) {
    return opened.size() > 1 ? opened.get(1).updates() : open().updates();
  }

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }
}
