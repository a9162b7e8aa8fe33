package org.pledgebot.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.NewPledges.Change;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Fingerprint;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.AlertRecord;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.testing.Matching;
import org.pledgebot.testing.Shipped;

class NewPledgesTest {

  @TempDir Path dir;

  private final AtomicInteger wakes = new AtomicInteger();

  private StoreInspector inspect() {
    return new StoreInspector(dir.resolve("pledgebot.db"));
  }

  private Store store() {
    return SqliteStore.open(dir.resolve("pledgebot.db"));
  }

  private NewPledges newPledges(Store store) {
    return new NewPledges(store, Matching.ALL_WORDS, wakes::incrementAndGet);
  }

  @Test
  void firstStartRecordsTheCorpusAndAlertsNobody() {
    Corpus corpus = Shipped.corpus();
    try (Store store = store()) {
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Pledger("NO"), Lang.EN);
      newPledges(store).synced(corpus);
      assertEquals(corpus.pledges().size(), store.seenPledges().orElseThrow().size());
      assertEquals(0, inspect().alertCount(AlertRecord.Status.PENDING));
      assertEquals(0, wakes.get());
    }
  }

  @Test
  void newPledgeAlertsEachMatchingChatOnceEvenWithSeveralMatchingSubscriptions() {
    try (Store store = store()) {
      NewPledges alerts = newPledges(store);
      alerts.synced(Shipped.corpus());
      Subscription a1 = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      store.subscribe(1, ChatType.PRIVATE, new Target.Pledger("ZZ"), Lang.EN);
      store.subscribe(1, ChatType.PRIVATE, new Target.Query("budget", Lang.EN), Lang.EN);
      Subscription b = store.subscribe(2, ChatType.GROUP, new Target.Query("budget data", Lang.EN), Lang.EN);
      Subscription c = store.subscribe(3, ChatType.PRIVATE, new Target.Pledger("ZZ"), Lang.EN);
      store.subscribe(4, ChatType.PRIVATE, new Target.Theme("natural-resources"), Lang.EN);
      store.subscribe(5, ChatType.PRIVATE, new Target.Query("pétrole", Lang.FR), Lang.EN);

      Pledge zz = Shipped.pledge("ZZ", "We open budget data to peers.", "open-data", "budget-transparency");
      NewPledges.Outcome outcome = alerts.offer(zz);
      assertEquals(new NewPledges.Outcome("ZZ", Change.NEW, 3), outcome);
      assertEquals(1, wakes.get());
      List<AlertRecord> queued = inspect().alertsOfPledge("ZZ");
      assertEquals(List.of(1L, 2L, 3L), queued.stream().map(AlertRecord::chatId).toList());
      assertEquals(List.of(Optional.of(a1.id()), Optional.of(b.id()), Optional.of(c.id())),
          queued.stream().map(AlertRecord::subscriptionId).toList(), "each chat's oldest matching subscription");

      assertEquals(Change.UNCHANGED, alerts.offer(zz).change());
      assertEquals(3, inspect().alertsOfPledge("ZZ").size());
    }
  }

  @Test
  void editsAlertNobody() {
    try (Store store = store()) {
      NewPledges alerts = newPledges(store);
      alerts.synced(Shipped.corpus());
      store.subscribe(1, ChatType.PRIVATE, new Target.Pledger("NO"), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Theme("public-integrity"), Lang.EN);
      Pledge norway = Shipped.corpus().pledges().stream().filter(p -> p.id().equals("NO")).findFirst().orElseThrow();
      Pledge edited = new Pledge(norway.id(), norway.kind(), norway.name(), norway.aliases(), norway.themes(),
          Map.of(Lang.EN, "A rewritten pledge."), norway.url(), norway.sources(), norway.published(),
          norway.basis());
      assertEquals(Change.EDITED, alerts.offer(edited).change());
      assertEquals(0, inspect().alertCount(AlertRecord.Status.PENDING));
      String hash = store.seenPledges().orElseThrow().get("NO");
      assertEquals(Fingerprint.of(edited), hash);
    }
  }

  @Test
  void aBotThatWasDownCatchesUpOnStart() {
    Corpus corpus = Shipped.corpus();
    try (Store store = store()) {
      newPledges(store).synced(corpus);
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    List<Pledge> more = new ArrayList<>(corpus.pledges());
    more.add(Shipped.pledge("ZZ", "New.", "open-data"));
    try (Store store = store()) {
      newPledges(store).synced(new Corpus(more, List.of()));
      assertEquals(1, inspect().alertsOfPledge("ZZ").size());
    }
    try (Store store = store()) {
      newPledges(store).synced(new Corpus(more, List.of()));
      assertEquals(1, inspect().alertsOfPledge("ZZ").size(), "a restart queues nothing twice");
    }
  }

  @Test
  void removedAndReaddedPledgeIsNotNewsAgain() {
    try (Store store = store()) {
      NewPledges alerts = newPledges(store);
      alerts.synced(new Corpus(List.of(), List.of()));
      store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Pledge zz = Shipped.pledge("ZZ", "New.", "open-data");
      assertEquals(Change.NEW, alerts.offer(zz).change());
      alerts.deleted("ZZ");
      assertEquals(Change.UNCHANGED, alerts.offer(zz).change());
      assertEquals(1, inspect().alertsOfPledge("ZZ").size());
    }
  }

  @Test
  void offerBeforeSyncIsAMistake() {
    try (Store store = store()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> newPledges(store).offer(Shipped.pledge("ZZ", "x", "open-data")));
      assertTrue(e.getMessage().contains("ZZ"));
    }
  }

  @Test
  void eachDistinctQuestionIsTestedOnce() {
    AtomicInteger tests = new AtomicInteger();
    QueryMatch counting = pledge -> query -> {
      tests.incrementAndGet();
      return Matching.ALL_WORDS.over(pledge).test(query);
    };
    List<Subscription> subs = new ArrayList<>();
    for (int chat = 0; chat < 50; chat++) {
      subs.add(new Subscription(chat, chat, new Target.Query("budget", Lang.EN), java.time.Instant.EPOCH));
    }
    List<PledgeLedger.NewAlert> out = new SubscriptionMatcher(counting)
        .match(Shipped.pledge("ZZ", "budget", "open-data"), subs);
    assertEquals(50, out.size());
    assertEquals(1, tests.get());
  }

  @Test
  void savedQuestionsMatchByTheSearchRule() {
    try (Store store = store()) {
      SavedQueries queries = new SavedQueries(new org.pledgebot.search.PledgeMatcher(Shipped.thesaurus()));
      NewPledges alerts = new NewPledges(store, queries, wakes::incrementAndGet);
      alerts.synced(Shipped.corpus());
      store.subscribe(1, ChatType.PRIVATE, new Target.Query("revolving door", Lang.EN), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Query("pantouflage", Lang.FR), Lang.EN);
      store.subscribe(3, ChatType.PRIVATE, new Target.Query("fisheries transparency", Lang.EN), Lang.EN);
      store.subscribe(4, ChatType.PRIVATE, new Target.Query("revolving door", Lang.EN), Lang.EN);

      Pledge integrity = Shipped.pledge("ZZ",
          "ZZ offers peers its rules on the revolving door between public office and lobbying.", "public-integrity");
      assertEquals(3, alerts.offer(integrity).alertsQueued());
      assertEquals(List.of(1L, 2L, 4L), inspect().alertsOfPledge("ZZ").stream().map(AlertRecord::chatId).toList(),
          "a theme named in either language matches; an unrelated question does not");
      assertEquals(3, queries.size(), "each distinct question compiled once");
    }
  }

  @Test
  void warmingCompilesEverySubscribedQuestionBeforeTheFirstPledge() {
    try (Store store = store()) {
      store.subscribe(1, ChatType.PRIVATE, new Target.Query("revolving door", Lang.EN), Lang.EN);
      store.subscribe(2, ChatType.PRIVATE, new Target.Query("pantouflage", Lang.FR), Lang.EN);
      store.subscribe(3, ChatType.PRIVATE, new Target.Query("revolving door", Lang.EN), Lang.EN);
      SavedQueries queries = new SavedQueries(new org.pledgebot.search.PledgeMatcher(Shipped.thesaurus()));
      assertEquals(2, queries.warm(store.questions()));
      assertEquals(2, queries.size());

      NewPledges alerts = new NewPledges(store, queries, wakes::incrementAndGet);
      alerts.synced(Shipped.corpus());
      alerts.offer(Shipped.pledge("ZZ", "ZZ shares its rules on the revolving door.", "public-integrity"));
      assertEquals(2, queries.size(), "the first pledge compiled nothing more");
      assertEquals(List.of(1L, 2L, 3L), inspect().alertsOfPledge("ZZ").stream().map(AlertRecord::chatId).toList());
    }
  }
}
