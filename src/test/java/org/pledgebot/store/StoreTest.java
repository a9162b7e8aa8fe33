package org.pledgebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/**
 * The {@link Store} contract, run against each database by a subclass: {@link StoreSqliteTest}
 * and {@link StorePostgresTest}. Each test starts on a database of its own, empty.
 */
abstract class StoreTest {

  /** The latest schema version, the same on both databases. */
  static final int LATEST = 9;

  /** The database of the current test. */
  abstract Backend backend();

  private Store open() {
    return backend().open();
  }

  private Inspect inspect() {
    return backend().inspect();
  }

  @Test
  void migratesAnEmptyDatabaseAndReopensIdempotently() {
    try (Store store = open()) {
      assertEquals(LATEST, inspect().schemaVersion());
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    try (Store store = open()) {
      assertEquals(LATEST, inspect().schemaVersion());
      assertEquals(1, store.list(1).size(), "reopening keeps the data and applies nothing twice");
    }
    assertEquals(LATEST, inspect().number("SELECT count(*) FROM flyway_schema_history"));
  }

  @Test
  void refusesADatabaseMigratedByANewerVersion() {
    open().close();
    inspect().with(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank, version, "
          + "description, type, script, checksum, installed_by, execution_time, success) "
          + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, ?)")) {
        s.setBoolean(1, true);
        return s.executeUpdate();
      }
    });
    StoreException e = assertThrows(StoreException.class, this::open);
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  @Test
  void storesAnyTwoLetterLanguageAndNothingElse() {
    open().close();
    inspect().execute("INSERT INTO chats (id, language, created) VALUES (1, 'de', 0)",
        "INSERT INTO chats (id, language, created) VALUES (3, 'es', 0)",
        "INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES (1, 'query', 'datos abiertos', 'es', 0)");
    assertEquals("es", inspect().text("SELECT lang FROM subscriptions WHERE chat_id = 1"));
    for (String bad : List.of("ES", "spa", "e", "1s")) {
      assertThrows(AssertionError.class,
          () -> inspect().execute("INSERT INTO chats (id, language, created) VALUES (2, '" + bad + "', 0)"), bad);
      assertThrows(AssertionError.class, () -> inspect().execute(
          "INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES (1, 'query', 'x', '" + bad + "', 0)"),
          bad);
    }
    try (Store store = open()) {
      assertEquals(Optional.empty(), store.language(1), "a language this bot does not speak reads as none");
      assertEquals(Optional.of(Lang.ES), store.language(3), "Spanish is spoken");
    }
  }

  @Test
  void subscribeListUnsubscribe() {
    try (Store store = open()) {
      Subscription theme = store.subscribe(7, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription again = store.subscribe(7, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      assertEquals(theme, again, "subscribing twice returns the first");
      Subscription query = store.subscribe(7, ChatType.PRIVATE, new Target.Query("  open   budgets ", Lang.EN), Lang.EN);
      assertEquals(new Target.Query("open budgets", Lang.EN), query.target());
      assertEquals(query, store.subscribe(7, ChatType.PRIVATE, new Target.Query("open budgets", Lang.EN), Lang.EN));
      Subscription french = store.subscribe(7, ChatType.PRIVATE, new Target.Query("open budgets", Lang.FR), Lang.EN);
      Subscription pledger = store.subscribe(7, ChatType.PRIVATE, new Target.Pledger("NO"), Lang.EN);
      store.subscribe(8, ChatType.GROUP, new Target.Pledger("NO"), Lang.EN);

      assertEquals(List.of(theme, query, french, pledger), store.list(7));
      assertFalse(store.unsubscribe(8, theme.id()), "another chat's subscription");
      assertTrue(store.unsubscribe(7, theme.id()));
      assertFalse(store.unsubscribe(7, theme.id()));
      assertEquals(List.of(query, french, pledger), store.list(7));
      assertEquals(3, store.unsubscribeAll(7));
      assertEquals(List.of(), store.list(7));
      assertEquals(1, store.list(8).size());

      Subscription renewed = store.subscribe(7, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      assertTrue(renewed.id() > pledger.id(), "ids are never reused");
    }
  }

  @Test
  void forgetDeletesEverythingAboutAChat() {
    try (Store store = open()) {
      store.setLanguage(5, Lang.FR);
      Subscription s = store.subscribe(5, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.initialise(Map.of());
      store.recordNew("GB", "h", List.of(new NewAlert(5, s.id())));
      assertEquals(1, inspect().alertsOfChat(5).size());

      store.forget(5);
      assertEquals(Optional.empty(), store.language(5));
      assertEquals(List.of(), store.list(5));
      assertEquals(List.of(), inspect().alertsOfChat(5));
      assertEquals(Optional.empty(), inspect().chat(5));
    }
  }

  @Test
  void languageSurvivesReopen() {
    try (Store store = open()) {
      assertEquals(Optional.empty(), store.language(3));
      store.setLanguage(3, Lang.FR);
      store.setLanguage(4, Lang.EN);
      store.setLanguage(4, Lang.FR);
    }
    try (Store store = open()) {
      assertEquals(Optional.of(Lang.FR), store.language(3));
      assertEquals(Optional.of(Lang.FR), store.language(4));
    }
  }

  @Test
  void subscriptionRemembersTheLanguageItWasMadeIn() {
    try (Store store = open()) {
      store.setLanguage(9, Lang.FR);
      Subscription theme = store.subscribe(9, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.initialise(Map.of());
      store.recordNew("GB", "h", List.of(new NewAlert(9, theme.id())));
      QueuedAlert alert = store.due(Instant.now(), 10).get(0);
      assertEquals(Optional.of(Lang.FR), alert.subscriptionLanguage());
      assertEquals(Optional.of(Lang.FR), alert.chatLanguage());
      assertEquals(Optional.of(theme), alert.subscription());
      assertEquals(ChatType.PRIVATE, alert.chatType());
    }
  }

  @Test
  void seenPledgesAreUninitialisedUntilTheFirstStart() {
    try (Store store = open()) {
      assertEquals(Optional.empty(), store.seenPledges());
      store.initialise(Map.of());
      assertEquals(Optional.of(Map.of()), store.seenPledges(), "initialised even with an empty corpus");
      store.updateSeen("GB", "x");
      assertEquals(Optional.of(Map.of()), store.seenPledges(), "updating an unknown pledge adds nothing");
    }
    try (Store store = open()) {
      store.initialise(Map.of("GB", "h1", "NO", "h2"));
      store.updateSeen("GB", "h3");
      assertEquals(Optional.of(Map.of("GB", "h3", "NO", "h2")), store.seenPledges());
    }
  }

  @Test
  void outboxQueuesAChatOncePerPledgeAndDeliversExactlyOnce() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = open()) {
      store.initialise(Map.of());
      Subscription a1 = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription a2 = store.subscribe(1, ChatType.PRIVATE, new Target.Pledger("GB"), Lang.EN);
      Subscription b = store.subscribe(2, ChatType.GROUP, new Target.Pledger("GB"), Lang.EN);

      int queued = store.recordNew("GB", "h",
          List.of(new NewAlert(1, a1.id()), new NewAlert(1, a2.id()), new NewAlert(2, b.id())));
      assertEquals(2, queued);
      assertEquals(0, store.recordNew("GB", "h", List.of(new NewAlert(1, a1.id()))), "already seen: nothing");
      List<AlertRecord> gb = inspect().alertsOfPledge("GB");
      assertEquals(2, gb.size());
      assertEquals(Optional.of(a1.id()), gb.get(0).subscriptionId(), "the first matching subscription is kept");

      List<QueuedAlert> due = store.due(Instant.now(), 10);
      assertEquals(List.of(1L, 2L), due.stream().map(QueuedAlert::chatId).toList());
      store.markSent(due.get(0).id(), t0);
      store.markSent(due.get(0).id(), t0.plusSeconds(1));
      store.retryLater(due.get(1).id(), Instant.now().plusSeconds(3600), "429");
      assertEquals(List.of(), store.due(Instant.now(), 10), "sent is never due again, retry waits");
      assertEquals(1, store.due(Instant.now().plusSeconds(3601), 10).size());
      assertEquals(Optional.of(t0), inspect().alertsOfChat(1).get(0).sentAt());
      assertEquals(1, inspect().alertsOfChat(2).get(0).attempts());
    }
  }

  @Test
  void recordWritesAGroupOfOutcomesInOneTransaction() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = backend().open(Clock.fixed(t0, ZoneOffset.UTC))) {
      store.initialise(Map.of());
      List<NewAlert> alerts = new ArrayList<>();
      for (long chat = 1; chat <= 5; chat++) {
        alerts.add(new NewAlert(chat, store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("t"), Lang.EN).id()));
      }
      store.recordNew("GB", "h", alerts);
      store.recordNew("NO", "h", List.of(alerts.get(3))); // chat 4 has a second alert pending
      List<QueuedAlert> due = store.due(t0, 5);
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), due.stream().map(QueuedAlert::chatId).toList());

      int changed = store.record(List.of(
          Outcome.sent(due.get(0).id(), 1, t0),
          Outcome.later(due.get(1).id(), 2, t0.plusSeconds(60), "429: retry after 60"),
          Outcome.dropped(due.get(2).id(), 3, "Bad Request: can't parse entities"),
          Outcome.blocked(due.get(3).id(), 4, "Forbidden: bot was blocked by the user"),
          Outcome.sent(due.get(0).id(), 1, t0.plusSeconds(1))));
      assertEquals(5, changed, "1 sent, 1 rescheduled, 1 dropped, chat 4's two alerts dropped; the repeat changes nothing");
      assertEquals(AlertRecord.Status.SENT, inspect().alertsOfChat(1).get(0).status());
      assertEquals(Optional.of(t0), inspect().alertsOfChat(1).get(0).sentAt(), "the first outcome stands");
      AlertRecord later = inspect().alertsOfChat(2).get(0);
      assertEquals(AlertRecord.Status.PENDING, later.status());
      assertEquals(t0.plusSeconds(60), later.nextAttempt());
      assertEquals(1, later.attempts());
      assertEquals(Optional.empty(), inspect().claimedUntil(later.id()), "rescheduled: the claim ends");
      assertEquals(AlertRecord.Status.DROPPED, inspect().alertsOfChat(3).get(0).status());
      assertTrue(inspect().alertsOfChat(4).stream().allMatch(a -> a.status() == AlertRecord.Status.DROPPED));
      assertFalse(inspect().chat(4).orElseThrow().active());
      assertEquals(AlertRecord.Status.PENDING, inspect().alertsOfChat(5).get(0).status(), "no outcome: still claimed");
      assertEquals(List.of(), store.due(t0, 10));
      assertEquals(0, store.record(List.of()));
    }
  }

  @Test
  void recordIsAllOrNothing() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = backend().open(Clock.fixed(t0, ZoneOffset.UTC))) {
      store.initialise(Map.of());
      Subscription s = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("t"), Lang.EN);
      store.recordNew("GB", "h", List.of(new NewAlert(1, s.id())));
      QueuedAlert alert = store.due(t0, 1).get(0);
      Instant unwritable = Instant.MAX; // beyond epoch milliseconds: fails in the middle of the transaction
      assertThrows(RuntimeException.class, () -> store.record(List.of(Outcome.sent(alert.id(), 1, t0),
          Outcome.later(alert.id(), 1, unwritable, "429"))), "an outcome that cannot be written fails the whole group");
      assertEquals(AlertRecord.Status.PENDING, inspect().alertsOfChat(1).get(0).status(), "the sent one rolled back too");
    }
  }

  @Test
  void dueClaimsWhatItHandsOutUntilReleasedOrTheLeaseRunsOut() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = backend().open(Clock.fixed(t0, ZoneOffset.UTC))) {
      store.initialise(Map.of());
      List<NewAlert> alerts = new ArrayList<>();
      for (long chat = 1; chat <= 3; chat++) {
        alerts.add(new NewAlert(chat, store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("t"), Lang.EN).id()));
      }
      store.recordNew("GB", "h", alerts);
      List<QueuedAlert> first = store.due(t0, 2);
      assertEquals(List.of(1L, 2L), first.stream().map(QueuedAlert::chatId).toList());
      assertEquals(Optional.of(t0.plus(JdbcStore.LEASE)), inspect().claimedUntil(first.get(0).id()));
      assertEquals(List.of(3L), store.due(t0, 10).stream().map(QueuedAlert::chatId).toList(),
          "claimed alerts are not handed out again");
      assertEquals(List.of(), store.due(t0.plus(JdbcStore.LEASE).minusMillis(1), 10));
      assertEquals(Optional.of(t0.plus(JdbcStore.LEASE)), store.nextDue(), "the next is due when its claim ends");

      store.release(List.of(first.get(1).id()));
      assertEquals(List.of(2L), store.due(t0, 10).stream().map(QueuedAlert::chatId).toList(), "released: due at once");
      store.markSent(first.get(0).id(), t0);
      assertEquals(List.of(2L, 3L), store.due(t0.plus(JdbcStore.LEASE), 10).stream().map(QueuedAlert::chatId).toList(),
          "a claim that ran out is handed out again, a sent alert never");
    }
  }

  @Test
  void pendingCountsTheAlertsNeitherSentNorDroppedClaimedOrNot() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store store = backend().open(Clock.fixed(t0, ZoneOffset.UTC))) {
      assertEquals(OptionalLong.of(0), store.pending(), "an empty outbox");
      store.initialise(Map.of());
      List<NewAlert> alerts = new ArrayList<>();
      for (long chat = 1; chat <= 4; chat++) {
        alerts.add(new NewAlert(chat, store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("t"), Lang.EN).id()));
      }
      store.recordNew("GB", "h", alerts);
      assertEquals(OptionalLong.of(4), store.pending());
      List<QueuedAlert> claimed = store.due(t0, 3);
      assertEquals(OptionalLong.of(4), store.pending(), "claimed is still pending");
      store.markSent(claimed.get(0).id(), t0);
      store.drop(claimed.get(1).id(), "gone");
      store.retryLater(claimed.get(2).id(), t0.plusSeconds(60), "429");
      assertEquals(OptionalLong.of(2), store.pending(), "sent and dropped are not; a retry is");
      assertEquals(List.of(4L), store.due(t0, 10).stream().map(QueuedAlert::chatId).toList(),
          "counting claimed nothing");
    }
  }

  @Test
  void deletingSubscriptionsKeepsTheirSentAlertsWithoutThem() {
    try (Store store = open()) {
      store.initialise(Map.of());
      Subscription one = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription two = store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.recordNew("GB", "h", List.of(new NewAlert(1, one.id()), new NewAlert(2, two.id())));
      for (AlertRecord alert : inspect().alertsOfChat(1)) {
        store.markSent(alert.id(), Instant.parse("2026-01-01T00:00:00Z"));
      }
      assertTrue(store.unsubscribe(1, one.id()));
      assertEquals(1, store.unsubscribeAll(2));
      assertEquals(List.of(Optional.empty()), inspect().alertsOfChat(1).stream().map(AlertRecord::subscriptionId).toList(),
          "the sent alert stays, its subscription cleared");
      assertEquals(List.of(Optional.empty()), inspect().alertsOfChat(2).stream().map(AlertRecord::subscriptionId).toList());
    }
  }

  @Test
  void alertsSkipSubscriptionsRemovedMeanwhile() {
    try (Store store = open()) {
      store.initialise(Map.of());
      Subscription s = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.unsubscribe(1, s.id());
      assertEquals(0, store.recordNew("GB", "h", List.of(new NewAlert(1, s.id()))));
      assertEquals(Optional.of(Map.of("GB", "h")), store.seenPledges(), "the pledge is seen all the same");
    }
  }

  @Test
  void blockedChatLosesItsPendingAlertsAndGetsNoNewOnesUntilItComesBack() {
    try (Store store = open()) {
      store.initialise(Map.of());
      Subscription s = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription other = store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.recordNew("GB", "h", List.of(new NewAlert(1, s.id()), new NewAlert(2, other.id())));
      store.recordNew("NO", "h", List.of(new NewAlert(1, s.id())));

      assertEquals(2, store.markBlocked(1, "Forbidden: bot was blocked by the user"));
      assertFalse(inspect().chat(1).orElseThrow().active());
      assertTrue(inspect().alertsOfChat(1).stream().allMatch(a -> a.status() == AlertRecord.Status.DROPPED));
      assertEquals(List.of(2L), store.due(Instant.now(), 10).stream().map(QueuedAlert::chatId).toList());
      assertEquals(List.of(other), store.candidates("SE", List.of("open-data")), "inactive chats are no candidates");
      assertEquals(0, store.recordNew("SE", "h", List.of(new NewAlert(1, s.id()))));

      store.chatSeen(1, ChatType.PRIVATE);
      assertTrue(inspect().chat(1).orElseThrow().active());
      assertEquals(List.of(s, other), store.candidates("FI", List.of("open-data")));
    }
  }

  @Test
  void unsubscribingDropsTheAlertsItCaused() {
    try (Store store = open()) {
      store.initialise(Map.of());
      Subscription s = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.recordNew("GB", "h", List.of(new NewAlert(1, s.id())));
      assertTrue(store.unsubscribe(1, s.id()));
      AlertRecord alert = inspect().alertsOfChat(1).get(0);
      assertEquals(AlertRecord.Status.DROPPED, alert.status());
      assertEquals(Optional.empty(), alert.subscriptionId());
      assertEquals(Optional.empty(), store.nextDue());
    }
  }

  @Test
  void questionsAreTheDistinctQuestionsOfActiveChats() {
    try (Store store = open()) {
      store.subscribe(1, ChatType.PRIVATE, new Target.Query("open data", Lang.EN), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Query("open data", Lang.EN), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Query("open data", Lang.FR), Lang.EN);
      store.subscribe(3, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.subscribe(4, ChatType.PRIVATE, new Target.Query("pantouflage", Lang.FR), Lang.EN);
      store.markBlocked(4, "Forbidden: bot was blocked by the user");
      assertEquals(Set.of(new Target.Query("open data", Lang.EN), new Target.Query("open data", Lang.FR)),
          Set.copyOf(store.questions()));
      assertEquals(2, store.questions().size(), "each question once, a blocked chat's left out");
    }
  }

  @Test
  void candidatesFilterThemesAndPledgersButKeepEveryQuery() {
    try (Store store = open()) {
      Subscription od = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("natural-resources"), Lang.EN);
      Subscription gb = store.subscribe(2, ChatType.PRIVATE, new Target.Pledger("GB"), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Pledger("NO"), Lang.EN);
      Subscription q = store.subscribe(3, ChatType.PRIVATE, new Target.Query("anything", Lang.FR), Lang.EN);
      assertEquals(List.of(od, gb, q), store.candidates("GB", List.of("open-data", "public-integrity")));
      assertEquals(List.of(q), store.candidates("XX", List.of()));
    }
  }

  @Test
  void candidatesOfManyChatsAndKindsComeOldestFirst() {
    try (Store store = open()) {
      List<Subscription> expected = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        long chat = i % 7 == 6 ? -100 - i % 5 : 1 + i % 11;
        ChatType type = chat < 0 ? ChatType.GROUP : ChatType.PRIVATE;
        Target target = switch (i % 4) {
          case 0 -> new Target.Theme(i % 8 == 0 ? "open-data" : "natural-resources");
          case 1 -> new Target.Pledger(i % 3 == 0 ? "GB" : "NO");
          default -> new Target.Query("question " + i, i % 2 == 0 ? Lang.EN : Lang.FR);
        };
        Subscription s = store.subscribe(chat, type, target, Lang.EN);
        boolean wanted = target instanceof Target.Query
            || target.equals(new Target.Theme("open-data")) || target.equals(new Target.Pledger("GB"));
        if (wanted && chat != 3) {
          expected.add(s);
        }
      }
      store.markBlocked(3, "Forbidden: bot was blocked by the user");
      assertEquals(expected, store.candidates("GB", List.of("open-data")));
    }
  }

  @Test
  void survivesConcurrentWriters() throws Exception {
    try (Store store = open()) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long chat = t;
        Thread thread = new Thread(() -> {
          for (int i = 0; i < 50; i++) {
            store.subscribe(chat, ChatType.PRIVATE, new Target.Query("q" + i, Lang.EN), Lang.EN);
            store.subscribe(chat, ChatType.PRIVATE, new Target.Query("q" + i, Lang.EN), Lang.EN);
          }
        });
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      for (long chat = 0; chat < 4; chat++) {
        assertEquals(50, store.list(chat).size());
      }
    }
  }

  @Test
  void aBlockedChatStaysBlockedAcrossRestartsUntilItWrites() {
    try (Store store = open()) {
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.markBlocked(1, "Forbidden: bot was blocked by the user");
      store.chatSeen(2, ChatType.PRIVATE);
      assertEquals(Optional.empty(), inspect().chat(2), "an active or unknown chat costs no write");
    }
    try (Store store = open()) {
      assertFalse(inspect().chat(1).orElseThrow().active());
      store.chatSeen(1, ChatType.PRIVATE);
      assertTrue(inspect().chat(1).orElseThrow().active());
    }
  }

  @Test
  void closedStoreFailsWithAStoreException() {
    Store store = open();
    store.close();
    StoreException read = assertThrows(StoreException.class, () -> store.list(1));
    assertTrue(read.getMessage().matches("database \\S+ is closed"), read.getMessage());
    StoreException write = assertThrows(StoreException.class, () -> store.setLanguage(1, Lang.FR));
    assertEquals(read.getMessage(), write.getMessage());
  }
}
