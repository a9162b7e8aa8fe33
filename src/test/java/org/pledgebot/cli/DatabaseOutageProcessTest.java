package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresServer;
import org.pledgebot.store.PostgresStore;
import org.pledgebot.store.Store;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.BotInstance;
import org.pledgebot.testing.Shipped;

/**
 * The shipped bot in webhook mode on PostgreSQL while its database goes away for 10 seconds (new
 * connections refused, open ones ended, as when the server restarts): /healthz turns 503; updates
 * posted meanwhile are refused (503) so that Telegram delivers them again, and are answered once
 * after; two updates accepted just before and answered while the database is away are answered
 * once (their done is recorded when it is back, before their lease ends); a new pledge dropped
 * meanwhile alerts every subscriber once the database is back.
 */
@Timeout(180)
@ExtendWith(PostgresServer.Resolver.class)
class DatabaseOutageProcessTest {

  static final int SUBSCRIBERS = 20;
  static final int QUESTIONS = 10;
  static final long FIRST_SUBSCRIBER = 8_001;
  static final long FIRST_ASKER = 9_001;
  static final Duration OUTAGE = Duration.ofSeconds(10);
  /**
   * Longer than the outage plus the 10 s a handler may wait for a connection, as a lease must be
   * longer than handling takes (else the update is taken over while still being handled), yet
   * short enough to see within the test whether an update's lease runs out unrecorded.
   */
  static final Duration LEASE = Duration.ofSeconds(15);
  static final long SLOW_CHAT = 9_500;
  static final String FIRST_QUESTION = "who can help us publish open data?";
  static final String SECOND_QUESTION = "who works on budget transparency?";

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path logs;

  @Test
  void theBotRecoversFromADatabaseOutageWithoutLosingAnUpdateOrAnAlert(PostgresServer server) throws Exception {
    Shipped.copyCorpus(corpus);
    PostgresConfig database = server.newDatabase();
    String name = database.url().substring(database.url().lastIndexOf('/') + 1);
    ExecutorService telegram = Executors.newFixedThreadPool(QUESTIONS);
    try (FakeBotApi api = FakeBotApi.start(BotInstance.TOKEN)) {
      BotInstance bot = BotInstance.start("bot", api.url(), 0, database, corpus, data, logs,
          Map.of("PLEDGEBOT_LEASE_SECONDS", String.valueOf(LEASE.toSeconds())));
      try {
        bot.awaitHealthy(Duration.ofSeconds(60));
        BotInstance.awaitRegistered(api, Duration.ofSeconds(30));
        try (Store store = PostgresStore.open(database)) {
          for (long chat = FIRST_SUBSCRIBER; chat < FIRST_SUBSCRIBER + SUBSCRIBERS; chat++) {
            store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
          }
        }

        // two updates of one chat accepted just before the outage, whose replies the Bot API holds
        // up for 3 s: they are answered while the database is away, so their done cannot be
        // recorded then
        CountDownLatch held = new CountDownLatch(1);
        api.addPolicy(call -> {
          if (call.is("sendMessage") && Long.valueOf(SLOW_CHAT).equals(call.chatId()) && held.getCount() > 0) {
            held.countDown();
            try {
              Thread.sleep(3_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return null;
        });
        ObjectNode first = Updates.privateText(SLOW_CHAT, "en", FIRST_QUESTION);
        ObjectNode second = Updates.privateText(SLOW_CHAT, "en", SECOND_QUESTION);
        api.number(first);
        api.number(second);
        assertEquals(200, bot.deliver(api, first, Duration.ofSeconds(10)));
        assertTrue(held.await(10, TimeUnit.SECONDS), "the first reply is on its way");
        assertEquals(200, bot.deliver(api, second, Duration.ofSeconds(10)));
        long accepted = System.nanoTime();

        long outageStart = System.nanoTime();
        setConnections(server, name, false);
        awaitHealth(bot, 503, Duration.ofSeconds(15));

        BotInstance.dropPledge(corpus, "JP", "Japan");
        List<Future<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
          ObjectNode update = Updates.privateText(FIRST_ASKER + i, "en", "who can help us publish open data?");
          api.number(update);
          // as Telegram does: delivered again after each refusal, for up to a minute
          deliveries.add(telegram.submit(() -> bot.deliver(api, update, Duration.ofSeconds(60))));
        }
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - outageStart) / 1_000_000));
        assertEquals(0, InstancesProcessTest.delivered(api, c -> !Long.valueOf(SLOW_CHAT).equals(c.chatId())).size(),
            "nothing answered without a database");
        assertEquals(503, bot.health(), "still down");
        setConnections(server, name, true);

        awaitHealth(bot, 200, Duration.ofSeconds(30));
        for (Future<Integer> delivery : deliveries) {
          assertEquals(200, delivery.get(60, TimeUnit.SECONDS), "accepted once the database is back");
        }
        InstancesProcessTest.awaitSent(api, c -> c.text().contains("who can help us publish"), QUESTIONS);
        InstancesProcessTest.awaitChats(api, "New pledge: Japan", SUBSCRIBERS, Duration.ofSeconds(30));
        Thread.sleep(1_500); // a second answer or alert would have come by now
        for (int i = 0; i < QUESTIONS; i++) {
          List<String> answers = InstancesProcessTest.sent(api, FIRST_ASKER + i);
          assertEquals(1, answers.size(), "one answer to chat " + (FIRST_ASKER + i) + ": " + answers);
          assertFalse(answers.get(0).startsWith("Sorry"), answers.get(0));
        }
        // the updates accepted before the outage: each answered once, their done recorded once
        // the database is back rather than taken over after their lease and answered again
        // past their lease and the next recovery round (half a lease)
        long leaseOver = accepted + LEASE.plus(LEASE.dividedBy(2)).plusSeconds(1).toNanos();
        Thread.sleep(Math.max(0, (leaseOver - System.nanoTime()) / 1_000_000));
        List<String> slow = InstancesProcessTest.sent(api, SLOW_CHAT);
        assertEquals(2, slow.size(), slow.toString());
        assertTrue(slow.get(0).contains(FIRST_QUESTION) && slow.get(1).contains(SECOND_QUESTION), slow.toString());

        Map<Long, Long> alerts = InstancesProcessTest.alertsPerChat(api, "New pledge: Japan");
        assertEquals(SUBSCRIBERS, alerts.size(), "every subscriber alerted");
        assertTrue(alerts.values().stream().allMatch(n -> n == 1), "exactly once each: " + alerts);
        assertTrue(bot.process().isAlive(), "the bot kept running through the outage");
        BotProcessTest.stop(bot.process());
      } finally {
        bot.process().destroyForcibly();
        setConnections(server, name, true);
        telegram.shutdownNow();
      }
      String logged = Files.readString(logs.resolve("bot.log"));
      assertFalse(logged.contains(BotInstance.SECRET), "the secret never shows in the log");
    }
  }

  /**
   * Lets connections to database {@code name} in again, or refuses new ones and ends those open:
   * to the bot, the database has gone away.
   */
  static void setConnections(PostgresServer server, String name, boolean allowed) throws SQLException {
    try (Connection c = server.admin(); Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allowed);
      if (!allowed) {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      }
    }
  }

  static void awaitHealth(BotInstance bot, int status, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int last = bot.health();
    while (last != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("/healthz answered " + last + ", not " + status + ", within " + timeout);
      }
      Thread.sleep(200);
      last = bot.health();
    }
  }
}
