package org.pledgebot.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.base.Backoff;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;
import org.pledgebot.store.AlertRecord.Status;
import org.pledgebot.store.AlertRecord;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.testing.Matching;
import org.pledgebot.testing.Shipped;

class AlertDispatcherTest {

  /** A sender that records what it was asked and answers from a script (default: sent). */
  static final class ScriptedSender implements AlertSender {
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    final Map<Long, Deque<Delivery>> script = new HashMap<>();
    /** Chats whose own limits hold a message, as {@link #chatWait} reports until they are sent to. */
    final Map<Long, Duration> busy = new HashMap<>();
    final List<Long> asked = Collections.synchronizedList(new ArrayList<>());

    @Override
    public synchronized Duration chatWait(long chatId, ChatType chatType) {
      asked.add(chatId);
      return busy.getOrDefault(chatId, Duration.ZERO);
    }

    void will(long chatId, Delivery... deliveries) {
      script.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addAll(List.of(deliveries));
    }

    @Override
    public synchronized Delivery send(long chatId, ChatType chatType, String html, Keyboard keyboard) {
      sent.add(chatId + ": " + html.lines().findFirst().orElse("") + " " + keyboard.buttons());
      busy.remove(chatId); // the real sender waited for it
      Deque<Delivery> next = script.get(chatId);
      return next == null || next.isEmpty() ? new Sent() : next.removeFirst();
    }
  }

  @TempDir Path dir;

  private StoreInspector inspect() {
    return new StoreInspector(dir.resolve("pledgebot.db"));
  }

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final ScriptedSender sender = new ScriptedSender();
  private final Map<String, Pledge> pledges = new HashMap<>();
  private SqliteStore store;
  private NewPledges newPledges;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("pledgebot.db"), clock);
    newPledges = new NewPledges(store, Matching.ALL_WORDS, () -> {});
    newPledges.synced(new Corpus(List.of(), List.of()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private AlertDispatcher dispatcher(AlertDispatcher.Settings settings) {
    return new AlertDispatcher(store, sender, new AlertText(Shipped.thesaurus()),
        id -> Optional.ofNullable(pledges.get(id)), settings, clock);
  }

  private AlertDispatcher dispatcher() {
    return dispatcher(new AlertDispatcher.Settings(10, 3,
        Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofMillis(200), Duration.ofSeconds(5),
        Duration.ofDays(30), 1, Duration.ZERO));
  }

  private void newPledge(String id, String... themes) {
    Pledge pledge = Shipped.pledge(id, "Text of " + id + ".", themes);
    pledges.put(id, pledge);
    newPledges.offer(pledge);
  }

  private Status status(long chatId, String pledgeId) {
    return inspect().alertsOfChat(chatId).stream().filter(a -> a.pledgeId().equals(pledgeId)).findFirst()
        .map(AlertRecord::status).orElseThrow();
  }

  @Test
  void sendsEachDueAlertOnceInTheSubscribersLanguage() throws Exception {
    Subscription en = store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    store.setLanguage(2, Lang.FR);
    store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    store.subscribe(3, ChatType.PRIVATE, new Target.Query("zz", Lang.FR), Lang.EN);
    newPledge("ZZ", "open-data");

    assertEquals(3, dispatcher().dispatchDue());
    assertEquals(List.of(
        "1: \uD83D\uDD14 <b>New pledge: Name of ZZ</b> (country) [Button[label=Unsubscribe, data=unsub:" + en.id() + "]]",
        "2: \uD83D\uDD14 <b>Nouvel engagement : Name of ZZ</b> (pays) [Button[label=Se désabonner, data=unsub:"
            + (en.id() + 1) + "]]",
        "3: \uD83D\uDD14 <b>Nouvel engagement : Name of ZZ</b> (pays) [Button[label=Se désabonner, data=unsub:"
            + (en.id() + 2) + "]]"), sender.sent);
    assertEquals(0, dispatcher().dispatchDue(), "nothing is sent twice");
    assertEquals(3, inspect().alertCount(Status.SENT));
    assertEquals(Optional.of(clock.instant()), inspect().alertsOfChat(1).get(0).sentAt());
  }

  @Test
  void forgetDoneDeletesOldSentAndDroppedAlertsButNotPendingOnes() {
    for (long chat = 1; chat <= 3; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    newPledge("AA", "open-data");
    store.markSent(inspect().alertsOfChat(1).get(0).id(), clock.instant());
    store.drop(inspect().alertsOfChat(2).get(0).id(), "test");
    clock.advance(Duration.ofDays(31));
    newPledge("BB", "open-data");
    store.markSent(inspect().alertsOfChat(1).get(1).id(), clock.instant());

    assertEquals(2, store.forgetDone(clock.instant().minus(Duration.ofDays(30))));
    assertEquals(List.of("BB"), inspect().alertsOfChat(1).stream().map(AlertRecord::pledgeId).toList(), "recent stays");
    assertEquals(List.of("BB"), inspect().alertsOfChat(2).stream().map(AlertRecord::pledgeId).toList());
    assertEquals(List.of("AA", "BB"), inspect().alertsOfChat(3).stream().map(AlertRecord::pledgeId).toList(),
        "pending alerts stay, however old");
  }

  @Test
  void dispatcherForgetsDoneAlertsPastTheirKeepingTimeOnceADay() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    AlertDispatcher dispatcher = dispatcher();
    newPledge("AA", "open-data");
    dispatcher.dispatchDue();
    clock.advance(Duration.ofDays(29));
    newPledge("BB", "open-data");
    dispatcher.dispatchDue();
    assertEquals(2, inspect().alertCount(Status.SENT), "AA is 29 days old: kept");

    clock.advance(Duration.ofDays(2));
    dispatcher.dispatchDue();
    assertEquals(List.of("BB"), inspect().alertsOfChat(1).stream().map(AlertRecord::pledgeId).toList(),
        "AA is 31 days old: forgotten");
  }

  @Test
  void blockedChatIsMarkedInactiveAndAllItsPendingAlertsDropped() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    newPledge("BB", "open-data");
    sender.will(1, new AlertSender.Blocked("Forbidden: bot was blocked by the user"));

    dispatcher().dispatchDue();
    assertFalse(inspect().chat(1).orElseThrow().active());
    assertEquals(Status.DROPPED, status(1, "AA"));
    assertEquals(Status.DROPPED, status(1, "BB"));
    assertTrue(inspect().alertsOfChat(1).get(1).lastError().orElseThrow().contains("blocked"));
    assertEquals(Status.SENT, status(2, "AA"));
    assertEquals(Status.SENT, status(2, "BB"));
    assertEquals(3, sender.sent.size(), "BB was never tried for chat 1");
  }

  @Test
  void retriesAfterTheLongerOfServerWaitAndBackoffThenGivesUp() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    AlertDispatcher dispatcher = dispatcher();
    sender.will(1, new AlertSender.Retry(Duration.ofSeconds(1), "500"),
        new AlertSender.Retry(Duration.ofSeconds(30), "429: retry after 30"),
        new AlertSender.Retry(Duration.ZERO, "network down"));
    Instant start = clock.instant();

    assertEquals(1, dispatcher.dispatchDue());
    AlertRecord first = inspect().alertsOfChat(1).get(0);
    assertEquals(start.plusSeconds(5), first.nextAttempt(), "backoff 5 s beats the server's 1 s");
    assertEquals(0, dispatcher.dispatchDue(), "not due yet");

    clock.advance(Duration.ofSeconds(5));
    assertEquals(1, dispatcher.dispatchDue());
    assertEquals(clock.instant().plusSeconds(30), inspect().alertsOfChat(1).get(0).nextAttempt(),
        "the server's 30 s beat backoff 10 s");
    assertEquals(Optional.of(clock.instant().plusSeconds(30)), store.nextDue());

    clock.advance(Duration.ofSeconds(30));
    assertEquals(1, dispatcher.dispatchDue());
    AlertRecord last = inspect().alertsOfChat(1).get(0);
    assertEquals(Status.DROPPED, last.status(), "third failure of three attempts: given up");
    assertTrue(last.lastError().orElseThrow().contains("gave up after 3 attempts: network down"));
  }

  @Test
  void failedIsDroppedWithItsReason() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    sender.will(1, new AlertSender.Failed("Bad Request: can't parse entities"));
    dispatcher().dispatchDue();
    AlertRecord alert = inspect().alertsOfChat(1).get(0);
    assertEquals(Status.DROPPED, alert.status());
    assertEquals(Optional.of("Bad Request: can't parse entities"), alert.lastError());
  }

  @Test
  void alertOfAPledgeThatLeftTheCorpusIsDropped() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    pledges.remove("AA");
    assertEquals(1, dispatcher().dispatchDue());
    assertEquals(Status.DROPPED, status(1, "AA"));
    assertEquals(List.of(), sender.sent);
  }

  @Test
  void senderExceptionsAreRetriesNotCrashes() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    AlertSender throwing = (chatId, type, html, keyboard) -> {
      throw new IllegalStateException("boom");
    };
    new AlertDispatcher(store, throwing, new AlertText(Shipped.thesaurus()),
        id -> Optional.ofNullable(pledges.get(id)), AlertDispatcher.Settings.defaults(), clock).dispatchDue();
    AlertRecord alert = inspect().alertsOfChat(1).get(0);
    assertEquals(Status.PENDING, alert.status());
    assertEquals(1, alert.attempts());
    assertTrue(alert.lastError().orElseThrow().contains("boom"));
  }

  @Test
  void aBatchTakesOneAlertPerChatSoThatOtherChatsAreNotHeldUp() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    newPledge("BB", "open-data");
    store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("CC", "open-data");
    dispatcher().dispatchDue();
    assertEquals(List.of("1", "2", "1", "1"), sender.sent.stream().map(s -> s.substring(0, 1)).toList(),
        "first batch: chat 1 (AA) and chat 2 (CC); chat 1's BB and CC wait for the next batches");
  }

  @Test
  void chatsThatMustWaitGoAfterTheFreeOnes() throws Exception {
    for (long chat = 1; chat <= 4; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    newPledge("AA", "open-data");
    sender.busy.put(1L, Duration.ofMillis(800)); // an answer just went to chat 1
    sender.busy.put(3L, Duration.ofSeconds(40)); // a group that used its quota
    assertEquals(4, dispatcher().dispatchDue());
    assertEquals(List.of("2", "4", "1", "3"), sender.sent.stream().map(s -> s.substring(0, 1)).toList(),
        "2 and 4 at once; then, all others sent, the chat free soonest and the last one");
    assertEquals(4, inspect().alertCount(Status.SENT));
  }

  @Test
  void aBatchOfChatsThatAllMustWaitIsStillSent() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    newPledge("AA", "open-data");
    sender.busy.put(1L, Duration.ofSeconds(1));
    assertEquals(1, dispatcher().dispatchDue(), "the sender waits for the chat; the dispatcher does not spin");
    assertEquals(List.of(1L, 1L), sender.asked, "asked once in the batch, once to pick the soonest");
  }

  @Test
  void backoffDoublesUpToTheCap() {
    AlertDispatcher d = dispatcher();
    assertEquals(Duration.ofSeconds(5), d.backoff(1));
    assertEquals(Duration.ofSeconds(10), d.backoff(2));
    assertEquals(Duration.ofSeconds(40), d.backoff(4));
    assertEquals(Duration.ofMinutes(1), d.backoff(5));
    assertEquals(Duration.ofMinutes(1), d.backoff(60));
  }

  @Test
  void threadDeliversWhenWokenAndCloseFinishesTheSendInFlight() throws Exception {
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AlertSender slow = (chatId, type, html, keyboard) -> {
      inFlight.countDown();
      release.await();
      return new AlertSender.Sent();
    };
    AlertDispatcher dispatcher = new AlertDispatcher(store, slow, new AlertText(Shipped.thesaurus()),
        id -> Optional.ofNullable(pledges.get(id)), new AlertDispatcher.Settings(10, 3,
            Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofSeconds(60),
            Duration.ofSeconds(10), Duration.ofDays(30), 1, Duration.ZERO), clock);
    dispatcher.start();
    newPledge("AA", "open-data");
    dispatcher.wake();
    assertTrue(inFlight.await(5, TimeUnit.SECONDS), "woken, not waiting for the 60 s poll");
    Thread closer = new Thread(dispatcher::close);
    closer.start();
    Thread.sleep(200);
    assertTrue(closer.isAlive(), "close waits for the send in flight");
    release.countDown();
    closer.join(5_000);
    assertFalse(closer.isAlive());
    assertEquals(Status.SENT, status(1, "AA"), "the send in flight was recorded");
    assertEquals(Status.PENDING, status(2, "AA"), "the rest stays queued for the next start");
  }

  /**
   * A lease shorter than the wait: eight alerts, one send at a time, each send 150 ms, so the last
   * waits about a second in its batch while the claim lasts 300 ms. Another instance looks for due
   * alerts all along and must find none: the dispatcher renews what it holds.
   */
  @Test
  void claimsAreRenewedWhileAlertsWaitSoNoOtherInstanceTakesThem() throws Exception {
    // the eight sends take 3.2 s, three leases: without renewal every third of a lease the claims
    // run out while the alerts wait; a lease of a second leaves room for a busy machine's pauses
    try (SqliteStore shared = SqliteStore.open(dir.resolve("lease.db"), java.time.Clock.systemUTC(),
        Duration.ofMillis(1_000))) {
      for (long chat = 1; chat <= 8; chat++) {
        shared.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      }
      NewPledges queued = new NewPledges(shared, Matching.ALL_WORDS, () -> {});
      queued.synced(new Corpus(List.of(), List.of()));
      Pledge pledge = Shipped.pledge("LL", "Text of LL.", "open-data");
      pledges.put("LL", pledge);
      queued.offer(pledge);
      List<Long> sentTo = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch allSent = new CountDownLatch(8);
      CountDownLatch claimed = new CountDownLatch(1);
      AlertSender slow = (chatId, type, html, keyboard) -> {
        claimed.countDown();
        Thread.sleep(400);
        sentTo.add(chatId);
        allSent.countDown();
        return new AlertSender.Sent();
      };
      AlertDispatcher dispatcher = new AlertDispatcher(shared, slow, new AlertText(Shipped.thesaurus()),
          id -> Optional.ofNullable(pledges.get(id)), new AlertDispatcher.Settings(10, 3,
              Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofSeconds(60),
              Duration.ofSeconds(5), Duration.ofDays(30), 1, Duration.ZERO), java.time.Clock.systemUTC());
      List<QueuedAlert> takenByAnother = new ArrayList<>();
      try {
        dispatcher.start();
        dispatcher.wake();
        assertTrue(claimed.await(5, TimeUnit.SECONDS), "the dispatcher claimed the batch");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (allSent.getCount() > 0 && System.nanoTime() < deadline) {
          List<QueuedAlert> due = shared.due(Instant.now(), 100);
          takenByAnother.addAll(due);
          shared.release(due.stream().map(QueuedAlert::id).toList());
          Thread.sleep(20);
        }
      } finally {
        dispatcher.close();
      }
      assertEquals(List.of(), takenByAnother.stream().map(QueuedAlert::chatId).toList(),
          "no alert was due for another instance while the dispatcher held it");
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), sentTo.stream().sorted().toList(), "each chat once");
    }
  }

  /** The store as outbox, counting the transactions that record outcomes. */
  private static final class CountingOutbox extends ForwardingOutbox {
    final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());

    CountingOutbox(Outbox store) {
      super(store);
    }

    @Override
    public int record(List<Outcome> outcomes) {
      groups.add(outcomes.size());
      return super.record(outcomes);
    }
  }


  @Test
  void severalSendsInFlightNeverTwoToOneChatEachChatInOrderOutcomesInGroups() throws Exception {
    int chats = 12;
    int sends = 4;
    for (long chat = 1; chat <= chats; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    newPledge("AA", "open-data");
    newPledge("BB", "open-data");
    newPledge("CC", "open-data");
    Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    Map<Long, List<String>> received = new ConcurrentHashMap<>();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch allSlotsBusy = new CountDownLatch(sends);
    AlertSender concurrent = (chatId, type, html, keyboard) -> {
      if (!inFlight.add(chatId)) {
        violations.add("two sends at once to chat " + chatId);
      }
      most.accumulateAndGet(inFlight.size(), Math::max);
      allSlotsBusy.countDown();
      allSlotsBusy.await(5, TimeUnit.SECONDS); // the first sends wait until every slot is taken
      Thread.sleep(2);
      received.computeIfAbsent(chatId, c -> Collections.synchronizedList(new ArrayList<>()))
          .add(html.substring(html.indexOf("Name of ") + 8, html.indexOf("Name of ") + 10));
      inFlight.remove(chatId);
      return new AlertSender.Sent();
    };
    CountingOutbox outbox = new CountingOutbox(store);
    AlertDispatcher dispatcher = new AlertDispatcher(outbox, concurrent, new AlertText(Shipped.thesaurus()),
        id -> Optional.ofNullable(pledges.get(id)), new AlertDispatcher.Settings(100, 3,
            Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofMillis(200),
            Duration.ofSeconds(5), Duration.ofDays(30), sends, Duration.ofSeconds(10)), clock);

    assertEquals(3 * chats, dispatcher.dispatchDue());
    assertEquals(List.of(), violations);
    assertEquals(sends, most.get(), "as many sends in flight as allowed, never more");
    for (long chat = 1; chat <= chats; chat++) {
      assertEquals(List.of("AA", "BB", "CC"), received.get(chat), "chat " + chat + " in the order queued, once each");
    }
    assertEquals(3 * chats, inspect().alertCount(Status.SENT), "every outcome recorded before dispatchDue returns");
    assertEquals(3 * chats, outbox.groups.stream().mapToInt(Integer::intValue).sum());
    assertTrue(outbox.groups.size() < 3 * chats, "outcomes recorded in groups: " + outbox.groups);
    // a full group is written by the send that filled it, which keeps its slot meanwhile: while one
    // group is written, at most one more fills
    assertTrue(outbox.groups.stream().allMatch(n -> n < 2 * sends), "groups are bounded: " + outbox.groups);
    assertEquals(0, dispatcher.dispatchDue(), "nothing is sent twice");
    dispatcher.close();
  }
}
