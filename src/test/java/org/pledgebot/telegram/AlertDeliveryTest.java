package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.QueryMatch;
import org.pledgebot.alerts.Target;
import org.pledgebot.base.Backoff;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.ChatType;
import org.pledgebot.pace.RateLimiter;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.Throttle;
import org.pledgebot.store.AlertRecord.Status;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.StoreInspector;

/** Alerts through the real TelegramBots client to a fake Bot API that enforces Telegram's limits. */
@Timeout(60)
class AlertDeliveryTest {

  @TempDir Path dir;

  private StoreInspector inspect() {
    return new StoreInspector(dir.resolve("pledgebot.db"));
  }

  private final Map<String, Pledge> pledges = new HashMap<>();
  private FakeBotApi api;
  private TelegramBot bot;
  private SqliteStore store;
  private AlertDispatcher dispatcher;
  private TelegramLimits limits;

  private void start(Throttle throttle) throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    limits = TelegramLimits.telegram();
    api.addPolicy(limits);
    bot = TelegramBot.builder(TelegramBotTest.TOKEN, new EchoHandler()).apiUrl(api.url()).throttle(throttle).build();
    store = SqliteStore.open(dir.resolve("pledgebot.db"));
    Thesaurus thesaurus = Thesaurus.load(Path.of("config/themes.json"));
    dispatcher = new AlertDispatcher(store, bot.alertSender(), new AlertText(thesaurus),
        id -> Optional.ofNullable(pledges.get(id)),
        new AlertDispatcher.Settings(100, 10, Backoff.doubling(Duration.ofSeconds(1), Duration.ofSeconds(4)),
            Duration.ofMillis(500),
            Duration.ofSeconds(10), Duration.ofDays(30), AlertDispatcher.Settings.SENDS_IN_FLIGHT,
            Duration.ofMillis(20)), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    if (bot != null) {
      bot.close();
    }
    if (api != null) {
      api.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private void newPledges(String... ids) {
    NewPledges news = new NewPledges(store, QueryMatch.NONE, dispatcher::wake);
    news.synced(new Corpus(List.of(), List.of()));
    for (String id : ids) {
      Pledge pledge = new Pledge(id, Kind.COUNTRY, Map.of(Lang.EN, "Land " + id), Map.of(), List.of("open-data"),
          Map.of(Lang.EN, "Land " + id + " shares its open data portal with peers. More later."),
          Optional.of("https://example.org/" + id), List.of(), Optional.empty(), Basis.STATED);
      pledges.put(id, pledge);
      news.offer(pledge);
    }
  }

  private void awaitNothingPending(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inspect().alertCount(Status.PENDING) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(inspect().alertCount(Status.PENDING) + " alerts still pending; " + api.summary());
      }
      Thread.sleep(50);
    }
  }

  /** Messages the fake accepted, by chat. */
  private Map<Long, Long> deliveredByChat() {
    return api.calls("sendMessage").stream().filter(c -> c.status() == 200)
        .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, TreeMap::new, Collectors.counting()));
  }

  @Test
  void theRateLimiterKeepsEveryLimitSoTelegramNeverSays429() throws Exception {
    start(new RateLimiter(RateLimits.telegram()));
    for (long chat = 1; chat <= 50; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    store.subscribe(-100, ChatType.GROUP, new Target.Theme("open-data"), Lang.EN);
    dispatcher.start();
    newPledges("AA", "BB");

    awaitNothingPending(Duration.ofSeconds(30));
    assertEquals(0, limits.refused(), "429s: " + limits.refusedBy());
    assertEquals(102, inspect().alertCount(Status.SENT));
    Map<Long, Long> delivered = deliveredByChat();
    assertEquals(51, delivered.size());
    assertTrue(delivered.values().stream().allMatch(n -> n == 2), "each chat got both alerts once: " + delivered);
    // the rate it reaches is AlertDeliveryBench's business (BENCHMARKS.md)
    FakeBotApi.Call one = api.calls("sendMessage").get(0);
    assertTrue(one.text().contains("Because you follow: Open data"), one.text());
    assertTrue(one.params().toString().contains("unsub:"), one.params().toString());
  }

  @Test
  void aChatJustAnsweredDoesNotHoldUpTheBroadcast() throws Exception {
    start(new RateLimiter(RateLimits.telegram()));
    for (long chat = 1; chat <= 20; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    bot.start();
    api.enqueue(Updates.privateText(1, "en", "hello"));
    api.awaitCall("sendMessage", c -> c.chatId() == 1 && c.status() == 200, Duration.ofSeconds(10));
    dispatcher.start();
    newPledges("AA"); // chat 1's alert, the oldest, must wait a second for the answer it just got

    awaitNothingPending(Duration.ofSeconds(30));
    List<FakeBotApi.Call> alerts = api.calls("sendMessage").stream()
        .filter(c -> c.status() == 200 && c.params().toString().contains("unsub:")).toList();
    assertEquals(20, alerts.size());
    assertTrue(alerts.get(0).chatId() != 1, "the free chats go first: " + alerts.stream().map(c -> c.chatId()).toList());
    assertEquals(0, limits.refused(), "429s: " + limits.refusedBy());
  }

  @Test
  void withoutTheLimiterTheFakeRefusesAndTheDispatcherStillDeliversEachAlertOnce() throws Exception {
    start(Throttle.UNLIMITED);
    for (long chat = 1; chat <= 45; chat++) {
      store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    }
    dispatcher.start();
    newPledges("AA");

    awaitNothingPending(Duration.ofSeconds(30));
    assertTrue(limits.refused() > 0, "the fake enforces the overall limit");
    assertEquals(45, inspect().alertCount(Status.SENT));
    Map<Long, Long> delivered = deliveredByChat();
    assertEquals(45, delivered.size());
    assertTrue(delivered.values().stream().allMatch(n -> n == 1), delivered.toString());
  }

  @Test
  void aBlockedChatIsMarkedInactiveAndItsOtherAlertsDropped() throws Exception {
    start(new RateLimiter(RateLimits.telegram()));
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    store.subscribe(2, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
    api.block(1);
    // queued before the dispatcher starts: once chat 1 is marked blocked, later pledges would not
    // queue alerts for it at all, and the test would depend on which thread came first
    newPledges("AA", "BB", "CC");
    dispatcher.start();

    awaitNothingPending(Duration.ofSeconds(20));
    assertFalse(inspect().chat(1).orElseThrow().active());
    assertEquals(List.of(Status.DROPPED, Status.DROPPED, Status.DROPPED),
        inspect().alertsOfChat(1).stream().map(a -> a.status()).toList());
    assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.chatId() == 1).count(), "tried once only");
    assertEquals(3, deliveredByChat().get(2L));
    assertEquals(0, limits.refused());
  }
}
