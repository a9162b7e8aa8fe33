package org.pledgebot.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.AlertRecord.Status;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.testing.Shipped;

/**
 * kill -9 in the middle of a broadcast: a child JVM alerts 200 subscribers about one new pledge,
 * is killed twice part-way, and restarted until done. Every subscriber ends with exactly one
 * alert, except that each kill may repeat, once each, the sends in flight and those whose outcome
 * was not yet recorded ({@link AlertDispatcher} records them in small groups).
 */
@Timeout(90)
class CrashTest {

  private static final int SUBSCRIBERS = 200;

  @TempDir Path dir;

  private Path db;
  private Path corpus;
  private Path deliveries;

  private Process child(int run) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashChild.class.getName(),
        db.toString(), corpus.toString(), Shipped.THEMES.toAbsolutePath().toString(), deliveries.toString());
    builder.directory(new File(System.getProperty("user.dir")));
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("child-" + run + ".log").toFile());
    return builder.start();
  }

  private int delivered() throws Exception {
    return Files.exists(deliveries) ? (int) Files.readAllLines(deliveries).stream().filter(l -> !l.isBlank()).count() : 0;
  }

  private void killAfter(Process process, int deliveredAtLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (delivered() < deliveredAtLeast) {
      assertTrue(process.isAlive(), "the child ended before it could be killed; see child logs");
      assertTrue(System.nanoTime() < deadline, "child too slow: " + delivered() + " deliveries");
      Thread.sleep(5);
    }
    process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
    assertTrue(process.waitFor(10, TimeUnit.SECONDS));
  }

  @Test
  void killedMidBroadcastEverySubscriberGetsOneAlert() throws Exception {
    db = dir.resolve("pledgebot.db");
    corpus = dir.resolve("pledges");
    deliveries = dir.resolve("deliveries.txt");
    Shipped.copyCorpus(corpus);
    try (SqliteStore store = SqliteStore.open(db)) {
      new NewPledges(store, QueryMatch.NONE, () -> {}).synced(Shipped.corpus());
      for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
        store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      }
    }
    Files.writeString(corpus.resolve("zz-news.json"),
        Shipped.json("zz-news", "civil_society", "ZZ News", "open-data", "We share open data."));

    killAfter(child(1), 50);
    int afterFirstKill = delivered();
    killAfter(child(2), afterFirstKill + 60);
    Process last = child(3);
    assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last run finishes");
    assertEquals(0, last.exitValue(), Files.readString(dir.resolve("child-3.log")));

    Map<Long, Integer> perChat = new TreeMap<>();
    for (String line : Files.readAllLines(deliveries)) {
      if (!line.isBlank()) {
        perChat.merge(Long.parseLong(line.strip()), 1, Integer::sum);
      }
    }
    assertEquals(SUBSCRIBERS, perChat.size(), "every subscriber was alerted");
    List<Long> repeated = new ArrayList<>();
    perChat.forEach((chat, n) -> {
      if (n > 1) {
        repeated.add(chat);
      }
    });
    // per kill: the sends in flight, a group of outcomes waiting and one being written
    int perKill = 3 * AlertDispatcher.Settings.defaults().sendsInFlight();
    assertTrue(repeated.size() <= 2 * perKill && perChat.values().stream().allMatch(n -> n <= 2),
        "at most the sends in flight or unrecorded at each of the two kills repeat, once: " + repeated);
    try (Store store = SqliteStore.open(db)) {
      assertEquals(SUBSCRIBERS, new StoreInspector(db).alertCount(Status.SENT));
      assertEquals(0, new StoreInspector(db).alertCount(Status.PENDING));
    }
  }
}
