package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresServer;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramLimits;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.BotInstance;
import org.pledgebot.testing.Shipped;

/**
 * Two shipped bots in child JVMs, in webhook mode on one PostgreSQL database and one shared corpus
 * folder, behind one fake Bot API that enforces Telegram's limits (30/s overall, 1/s per chat,
 * 20/min per group) for both together and posts updates to them in turn, some twice (to both):
 * every message is answered once; a subscription made through one instance is seen by the other;
 * a "More" button of one instance's answer works on the other; a new pledge alerts every
 * subscriber once; another new pledge, with the sending instance killed (SIGKILL) mid-broadcast,
 * still alerts everyone, none more than twice and only those in flight twice; no 429 at all.
 */
@Timeout(180)
@ExtendWith(PostgresServer.Resolver.class)
class InstancesProcessTest {

  static final String TOKEN = BotInstance.TOKEN;
  static final String SECRET = BotInstance.SECRET;
  static final Duration PATIENCE = Duration.ofSeconds(10);
  static final int SUBSCRIBERS = 60;
  static final int QUESTIONS = 20;
  static final long FIRST_SUBSCRIBER = 5_001;
  static final long FIRST_ASKER = 6_001;
  /** Short, so that a killed instance's alerts come back within the test; well above a batch's 2 s. */
  static final int LEASE_SECONDS = 8;
  /**
   * The most alerts a kill can leave sent but unrecorded: the sends in flight, a group of outcomes
   * waiting and one being written (see {@link AlertDispatcher}).
   */
  static final int UNRECORDED_AT_A_KILL = 3 * AlertDispatcher.Settings.sendsFor(30);

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path logs;

  @Test
  void twoInstancesShareTheWorkAndSurviveAKill(PostgresServer server) throws Exception {
    Shipped.copyCorpus(corpus);
    long t0 = System.nanoTime();
    PostgresConfig database = server.newDatabase();
    ExecutorService posters = Executors.newFixedThreadPool(8);
    try (FakeBotApi api = FakeBotApi.start(TOKEN)) {
      TelegramLimits limits = TelegramLimits.telegram();
      api.addPolicy(limits);
      Map<String, String> lease = Map.of("PLEDGEBOT_LEASE_SECONDS", String.valueOf(LEASE_SECONDS));
      BotInstance a = BotInstance.start("a", api.url(), 0, database, corpus, data, logs, lease);
      BotInstance b = BotInstance.start("b", api.listen(), 1, database, corpus, data, logs, lease);
      List<BotInstance> both = List.of(a, b);
      try {
        for (BotInstance instance : both) {
          instance.awaitHealthy(Duration.ofSeconds(60));
        }
        BotInstance.awaitRegistered(api, Duration.ofSeconds(30));
        System.out.printf("instances: %s at %d ms%n", "started", (System.nanoTime() - t0) / 1_000_000);

        // 1. subscriptions and questions, posted in turn, every third one to both instances at once
        List<Future<List<Integer>>> posted = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS + QUESTIONS; i++) {
          ObjectNode update = i < SUBSCRIBERS
              ? Updates.privateText(FIRST_SUBSCRIBER + i, "en", "/subscribe open data")
              : Updates.privateText(FIRST_ASKER + i - SUBSCRIBERS, "en", "who can help us publish open data?");
          api.number(update);
          BotInstance first = both.get(i % 2);
          BotInstance other = both.get((i + 1) % 2);
          boolean twice = i % 3 == 0;
          posted.add(posters.submit(() -> twice
              ? List.of(first.deliver(api, update, PATIENCE), other.deliver(api, update, PATIENCE))
              : List.of(first.deliver(api, update, PATIENCE))));
        }
        for (Future<List<Integer>> statuses : posted) {
          List<Integer> got = statuses.get(30, TimeUnit.SECONDS);
          assertTrue(got.stream().allMatch(s -> s == 200), "every post accepted: " + got);
        }
        awaitSent(api, m -> m.text().startsWith("Subscribed to") || m.text().contains("who can help us publish"),
            SUBSCRIBERS + QUESTIONS);
        Thread.sleep(1_500); // a second answer would have come by now
        for (int i = 0; i < SUBSCRIBERS; i++) {
          assertEquals(1, sent(api, FIRST_SUBSCRIBER + i).size(), "one answer to chat " + (FIRST_SUBSCRIBER + i));
        }
        for (int i = 0; i < QUESTIONS; i++) {
          assertEquals(1, sent(api, FIRST_ASKER + i).size(), "one answer to chat " + (FIRST_ASKER + i));
        }
        String subscribed = sent(api, FIRST_SUBSCRIBER).get(0);
        Matcher theme = Pattern.compile("<b>([^<]+)</b>").matcher(subscribed);
        assertTrue(theme.find(), subscribed);
        System.out.printf("instances: %s at %d ms%n", "answered", (System.nanoTime() - t0) / 1_000_000);

        // 2. a subscription made through a (update 0 went to a) is seen through b
        ObjectNode list = Updates.privateText(FIRST_SUBSCRIBER, "en", "/subscriptions");
        api.number(list);
        assertEquals(200, b.deliver(api, list, PATIENCE));
        awaitSent(api, m -> Long.valueOf(FIRST_SUBSCRIBER).equals(m.chatId()) && m.text().startsWith("You follow:"), 1);
        String follows = sent(api, FIRST_SUBSCRIBER).get(1);
        assertTrue(follows.contains("<b>" + theme.group(1) + "</b>"), follows);
        System.out.printf("instances: %s at %d ms%n", "cross", (System.nanoTime() - t0) / 1_000_000);

        // 2b. a "More" button of an answer given by one instance, pressed through the other
        FakeBotApi.Call answer = delivered(api, c -> Long.valueOf(FIRST_ASKER).equals(c.chatId())).get(0);
        String more = answer.params().path("reply_markup").findValuesAsText("callback_data").stream()
            .filter(d -> d.startsWith("q:")).findFirst().orElseThrow(() -> new AssertionError(answer.params().toString()));
        ObjectNode press = Updates.callback(FIRST_ASKER, "private", FIRST_ASKER, "en",
            answer.params().path("message_id").asInt(1), more);
        api.number(press);
        assertEquals(200, both.get(1 - answer.listener()).deliver(api, press, PATIENCE));
        FakeBotApi.Call page = api.awaitCall("editMessageText",
            c -> c.status() == 200 && Long.valueOf(FIRST_ASKER).equals(c.chatId()), Duration.ofSeconds(10));
        assertTrue(page.text().contains("who can help us publish") && !page.text().equals(answer.text()), page.text());
        assertEquals(1 - answer.listener(), page.listener(), "served by the other instance");

        // 3. a new pledge in the shared folder: each subscriber alerted once
        BotInstance.dropPledge(corpus, "JP", "Japan");
        awaitSent(api, m -> m.text().contains("New pledge: Japan"), SUBSCRIBERS);
        Thread.sleep(2_000);
        Map<Long, Long> japan = alertsPerChat(api, "New pledge: Japan");
        assertEquals(SUBSCRIBERS, japan.size(), "every subscriber alerted");
        assertTrue(japan.values().stream().allMatch(n -> n == 1), "exactly once each: " + japan);
        System.out.printf("instances: %s at %d ms%n", "japan", (System.nanoTime() - t0) / 1_000_000);

        // 4. another, and the instance sending it is killed a quarter of the way through
        BotInstance.dropPledge(corpus, "KR", "Korea");
        awaitSent(api, m -> m.text().contains("New pledge: Korea"), SUBSCRIBERS / 4);
        List<FakeBotApi.Call> korea = delivered(api, m -> m.text().contains("New pledge: Korea"));
        BotInstance sender = both.get(korea.get(korea.size() - 1).listener());
        BotInstance survivor = sender == a ? b : a;
        sender.process().destroyForcibly();
        assertTrue(sender.process().waitFor(10, TimeUnit.SECONDS));
        int beforeKill = korea.size();
        System.out.printf("instances: %s at %d ms%n", "killed", (System.nanoTime() - t0) / 1_000_000);
        awaitChats(api, "New pledge: Korea", SUBSCRIBERS, Duration.ofSeconds(LEASE_SECONDS + 40));
        Thread.sleep(2_000);
        Map<Long, Long> perChat = alertsPerChat(api, "New pledge: Korea");
        System.out.printf("instances: %s at %d ms%n", "korea", (System.nanoTime() - t0) / 1_000_000);
        assertEquals(SUBSCRIBERS, perChat.size(), "nothing lost");
        long twice = perChat.values().stream().filter(n -> n > 1).count();
        assertTrue(perChat.values().stream().allMatch(n -> n <= 2) && twice <= UNRECORDED_AT_A_KILL,
            "at most one duplicate per alert in flight: " + perChat);
        assertTrue(delivered(api, m -> m.text().contains("New pledge: Korea")).stream()
                .skip(beforeKill).anyMatch(c -> c.listener() == survivor.listener()),
            "the survivor took over the dead instance's alerts");
        System.out.printf("instances: %d of %d Korea alerts sent before the kill, %d chats alerted twice, %d messages "
            + "refused with 429 %s%n", beforeKill, SUBSCRIBERS, twice, limits.refused(), limits.refusedBy());
        // shared limits, counted by when messages can have arrived: a request that reaches the API
        // late (a loaded machine) does not bunch with those granted after it
        assertEquals(0, limits.refused(), "the instances share Telegram's limits: " + limits.refusedBy());

        BotProcessTest.stop(survivor.process());
      } finally {
        both.forEach(i -> i.process().destroyForcibly());
        posters.shutdownNow();
      }
      String logged = Files.readString(logs.resolve("a.log")) + Files.readString(logs.resolve("b.log"));
      assertFalse(logged.contains(TOKEN.substring(7)), "the token never shows in the log");
      assertFalse(logged.contains(SECRET), "the secret never shows in the log");
    }
  }

  /** The messages Telegram accepted (200), in arrival order. */
  static List<FakeBotApi.Call> delivered(FakeBotApi api, Predicate<FakeBotApi.Call> matching) {
    return api.calls("sendMessage").stream()
        .filter(c -> c.status() == 200 && c.text() != null && matching.test(c)).toList();
  }

  /** The texts Telegram accepted for {@code chat}. */
  static List<String> sent(FakeBotApi api, long chat) {
    return delivered(api, c -> Long.valueOf(chat).equals(c.chatId())).stream().map(FakeBotApi.Call::text).toList();
  }

  static Map<Long, Long> alertsPerChat(FakeBotApi api, String fragment) {
    return delivered(api, c -> c.text().contains(fragment)).stream()
        .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, TreeMap::new, Collectors.counting()));
  }

  static void awaitSent(FakeBotApi api, Predicate<FakeBotApi.Call> matching, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (delivered(api, matching).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " messages, got " + delivered(api, matching).size());
      }
      Thread.sleep(50);
    }
  }

  static void awaitChats(FakeBotApi api, String fragment, int chats, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (alertsPerChat(api, fragment).size() < chats) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + chats + " chats alerted, got " + alertsPerChat(api, fragment).size());
      }
      Thread.sleep(100);
    }
  }
}
