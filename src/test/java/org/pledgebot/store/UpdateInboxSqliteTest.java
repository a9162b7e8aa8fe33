package org.pledgebot.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.chat.UpdateInbox;
import org.pledgebot.chat.UpdateInboxContract;

/** The {@link UpdateInbox} contract on the SQLite store: one process, so one view of it. */
class UpdateInboxSqliteTest extends UpdateInboxContract {

  @TempDir Path dir;

  private final List<Store> opened = new ArrayList<>();

  @Override
  protected UpdateInbox inbox() {
    Store store = SqliteStore.open(dir.resolve("pledgebot.db"));
    opened.add(store);
    return store.updates();
  }

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }
}
