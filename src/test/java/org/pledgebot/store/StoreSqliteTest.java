package org.pledgebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/** The {@link Store} contract on SQLite, and what only the SQLite file does. */
class StoreSqliteTest extends StoreTest {

  @TempDir Path dir;

  private Path dbFile() {
    return dir.resolve("data").resolve("pledgebot.db");
  }

  @Override
  Backend backend() {
    return new Backend() {
      @Override
      public Store open(Clock clock) {
        return SqliteStore.open(dbFile(), clock);
      }

      @Override
      public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dbFile());
      }
    };
  }

  @Test
  void anEmptyFileGetsTheTablesInWalModeAndItsVersionInUserVersion() throws Exception {
    SqliteStore.open(dbFile()).close();
    try (Connection c = backend().connect(); Statement s = c.createStatement()) {
      assertEquals("wal", text(s, "PRAGMA journal_mode"));
      assertEquals(String.valueOf(LATEST), text(s, "PRAGMA user_version"),
          "a pledgebot from before Flyway reads this and refuses the file");
      StringBuilder names = new StringBuilder();
      try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (r.next()) {
          names.append(r.getString(1)).append(' ');
        }
      }
      assertEquals("chats flyway_schema_history listings meta outbox seen_pledges sqlite_sequence subscriptions update_inbox ",
          names.toString());
    }
  }

  @Test
  void refusesAFileFromANewerVersionBeforeFlyway() throws Exception {
    Files.createDirectories(dbFile().getParent());
    try (Connection c = backend().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(dbFile()));
    assertTrue(e.getMessage().contains("99") && e.getMessage().contains(dbFile().getFileName().toString()),
        e.getMessage());
  }

  /** The tables of the first version, as the hand-written runner left them, and their rows. */
  private static final Map<String, String> OLD_COLUMNS = Map.of(
      "chats", "id, type, language, active, blocked_at, created",
      "subscriptions", "id, chat_id, kind, value, lang, created",
      "seen_pledges", "pledge_id, content_hash, first_seen, updated",
      "outbox", "id, chat_id, pledge_id, subscription_id, status, attempts, next_attempt, created, sent_at, last_error",
      "meta", "key, value");

  @Test
  void upgradesAFileWrittenBeforeFlywayWithoutLosingARow() throws Exception {
    Files.createDirectories(dbFile().getParent());
    try (Connection c = backend().connect(); Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      for (String sql : statements(resource("/db/migration/sqlite/V1__initial.sql"))) {
        s.executeUpdate(sql);
      }
      s.executeUpdate("PRAGMA user_version = 1");
      s.executeUpdate("INSERT INTO chats (id, type, language, active, blocked_at, created) VALUES "
          + "(1, 'private', 'fr', 1, NULL, 1000), (2, 'group', 'en', 0, 5000, 2000), (-1003, NULL, NULL, 1, NULL, 3000)");
      s.executeUpdate("INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES "
          + "(1, 'theme', 'open-data', 'fr', 1100), (1, 'query', 'données ouvertes', 'fr', 1200), "
          + "(2, 'pledger', 'GB', 'en', 2100), (-1003, 'theme', 'fiscal-openness', 'en', 3100), "
          + "(1, 'theme', 'gone', 'fr', 1300)");
      s.executeUpdate("DELETE FROM subscriptions WHERE value = 'gone'"); // its id 5 must never come back
      s.executeUpdate("INSERT INTO seen_pledges VALUES ('GB', 'h1', 10, 10), ('NO', 'h2', 20, 30)");
      s.executeUpdate("INSERT INTO outbox (chat_id, pledge_id, subscription_id, status, attempts, next_attempt, created, "
          + "sent_at, last_error) VALUES (1, 'GB', 1, 'pending', 1, 50, 40, NULL, '429'), "
          + "(2, 'GB', 3, 'dropped', 0, 40, 40, NULL, 'chat blocked the bot'), "
          + "(-1003, 'NO', NULL, 'sent', 1, 45, 45, 46, NULL)");
      s.executeUpdate("INSERT INTO meta VALUES ('seen_initialised', '1970-01-01T00:00:00Z')");
    }
    Map<String, List<String>> before = dump();

    try (Store store = SqliteStore.open(dbFile())) {
      assertEquals(before, dump(), "every row of every table, as it was");
      assertEquals(LATEST, backend().inspect().schemaVersion());
      assertEquals("1 2 3 4 5 6 7 8 9", backend().inspect().text(
          "SELECT group_concat(version, ' ') FROM (SELECT version FROM flyway_schema_history ORDER BY installed_rank)"),
          "baselined at the old version, then migrated");

      List<Subscription> chat1 = store.list(1);
      assertEquals(List.of("open-data", "données ouvertes"),
          chat1.stream().map(sub -> Codes.value(sub.target())).toList());
      assertEquals(Optional.of(Lang.FR), store.language(1));
      List<QueuedAlert> due = store.due(Instant.ofEpochMilli(60), 10);
      assertEquals(1, due.size());
      assertEquals(Optional.of(chat1.get(0)), due.get(0).subscription());
      Subscription added = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("public-integrity"), Lang.EN);
      assertEquals(6, added.id(), "AUTOINCREMENT kept its mark across the rebuild: 5 is never reused");

      backend().inspect().execute("INSERT INTO chats (id, language, created) VALUES (4, 'es', 0)",
          "INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES (4, 'query', 'datos abiertos', 'es', 0)");
      assertEquals(1, backend().inspect().number("SELECT count(*) FROM subscriptions WHERE lang = 'es'"));

      store.forget(1);
      assertEquals(0, backend().inspect().number("SELECT count(*) FROM subscriptions WHERE chat_id = 1"),
          "the rebuilt chats table is still the one subscriptions cascade from");
      assertEquals(0, backend().inspect().number("SELECT count(*) FROM outbox WHERE chat_id = 1"));
    }
    try (Connection c = backend().connect(); Statement s = c.createStatement()) {
      assertEquals("ok", text(s, "PRAGMA integrity_check"));
      try (ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
        assertFalse(r.next(), "no row points at a missing parent");
      }
      assertEquals("2", text(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
          + "AND name IN ('subscriptions_target', 'subscriptions_match')"), "the indexes are back");
    }
  }

  private Map<String, List<String>> dump() {
    Map<String, List<String>> out = new TreeMap<>();
    OLD_COLUMNS.forEach((table, columns) -> out.put(table, backend().inspect().with(c -> {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + columns + " FROM " + table
          + " ORDER BY 1")) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            row.append(r.getString(i)).append('|');
          }
          rows.add(row.toString());
        }
      }
      return rows;
    })));
    return out;
  }

  @Test
  void openingEndsTheClaimsOfTheProcessBefore() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = SqliteStore.open(dbFile(), Clock.fixed(t0, ZoneOffset.UTC))) {
      store.initialise(Map.of());
      Subscription s = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.recordNew("GB", "h", List.of(new NewAlert(1, s.id())));
      assertEquals(1, store.due(t0, 10).size());
      assertEquals(List.of(), store.due(t0, 10));
    }
    try (Store store = SqliteStore.open(dbFile())) {
      assertEquals(1, store.due(t0, 10).size(), "one process owns the file: the last one is gone");
    }
  }

  @Test
  void candidatesAreReadInIdOrderWithoutSortingThem() throws Exception {
    // the candidates are most of the table: going through an index and sorting them cost 5x more
    try (Store store = SqliteStore.open(dbFile());
        Connection c = backend().connect();
        PreparedStatement s = c.prepareStatement(
            "EXPLAIN QUERY PLAN " + SubscriptionsTable.candidatesSql(Dialect.SQLITE, 2))) {
      s.setString(1, "GB");
      s.setString(2, "open-data");
      s.setString(3, "natural-resources");
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append(r.getString("detail")).append('\n');
        }
      }
      assertTrue(plan.toString().startsWith("SCAN s\n"), plan.toString());
      assertFalse(plan.toString().contains("TEMP B-TREE"), plan.toString());
    }
  }

  @Test
  void theConnectionHasACacheForTheOutboxIndexes() {
    try (SqliteDatabase db = SqliteDatabase.open(dbFile())) {
      int cache = db.read("reading the cache size", c -> {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA cache_size")) {
          return r.next() ? r.getInt(1) : 0;
        }
      });
      assertEquals(SqliteDatabase.CACHE_KIB, cache);
    }
  }

  private static String text(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next(), sql);
      return r.getString(1);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StoreSqliteTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The statements of a script as the hand-written runner split them: at semicolons that end a line. */
  private static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
      if (code.isBlank()) {
        continue;
      }
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return out;
  }
}
