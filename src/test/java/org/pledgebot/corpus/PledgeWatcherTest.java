package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.Target;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.testing.Matching;
import org.pledgebot.testing.Shipped;

class PledgeWatcherTest {

  @TempDir Path tmp;

  private final Recorder index = new Recorder();
  private final List<CorpusProblem> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<AutoCloseable> open = new ArrayList<>();

  private Path corpus() {
    return tmp.resolve("pledges");
  }

  private PledgeWatcher watcher(CorpusListener... more) throws Exception {
    List<CorpusListener> listeners = new ArrayList<>(List.of(index));
    listeners.addAll(List.of(more));
    PledgeWatcher watcher = new PledgeWatcher(corpus(), new CorpusReader(Shipped.thesaurus()), listeners,
        PledgeWatcher.Settings.defaults(), problems::add);
    open.add(watcher);
    return watcher;
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void newFileIsIndexedWithinFiveSecondsAndTheSubscriberAlerted() throws Exception {
    Shipped.copyCorpus(corpus());
    SqliteStore store = SqliteStore.open(tmp.resolve("pledgebot.db"));
    open.add(store);
    NewPledges alerts = new NewPledges(store, Matching.ALL_WORDS, () -> {});
    watcher(alerts).start();
    assertEquals(List.of("synced 50"), index.events());
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);

    Path temp = corpus().resolve(".zz-org.json.tmp");
    Files.writeString(temp, Shipped.json("zz-org", "civil_society", "ZZ Org", "open-data", "We share data."));
    Files.move(temp, corpus().resolve("zz-org.json"), StandardCopyOption.ATOMIC_MOVE);
    long took = index.await(e -> e.contains("upserted zz-org"), 5_000);
    assertTrue(took < 5_000);
    long deadline = System.currentTimeMillis() + 2_000;
    while (store.alertsOfPledge("zz-org").isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20); // the index hears first, the alerts right after
    }
    assertEquals(1, store.alertsOfPledge("zz-org").size());
    Thread.sleep(2_500);
    assertEquals(List.of("synced 50", "upserted zz-org"), index.events(), "picked up once, temp name never read");
  }

  @Test
  void fileWrittenSlowlyInChunksIsIndexedOnceAndComplete() throws Exception {
    Files.createDirectories(corpus());
    watcher().start();
    String text = "We pledge " + "slowly ".repeat(60) + "and completely.";
    byte[] json = Shipped.json("slow-org", "civil_society", "Slow Org", "open-data", text)
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(corpus().resolve("slow-org.json"))) {
      int chunk = json.length / 8 + 1;
      for (int at = 0; at < json.length; at += chunk) {
        out.write(json, at, Math.min(chunk, json.length - at));
        out.flush();
        Thread.sleep(150);
      }
    }
    index.await(e -> e.contains("upserted slow-org"), 5_000);
    Thread.sleep(2_500);
    assertEquals(1, index.upserts().size(), "indexed once: " + index.events());
    assertEquals(text, index.lastText("slow-org"));
    assertEquals(List.of(), problems, "a file being written is not reported as invalid");
  }

  @Test
  void invalidFileIsReportedOnceByNameAndReasonAndChangesNothing() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Path bad = corpus().resolve("bad-org.json");
    Files.writeString(bad, Shipped.json("bad-org", "civil_society", "Bad Org", "no-such-theme", "Text."));
    long deadline = System.currentTimeMillis() + 6_000;
    while (problems.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(1, problems.size(), "reported: " + problems);
    assertEquals(bad, problems.get(0).file());
    assertTrue(problems.get(0).reason().contains("unknown theme id \"no-such-theme\""), problems.get(0).reason());
    Thread.sleep(4_500);
    assertEquals(1, problems.size(), "not again at every rescan");
    assertEquals(List.of("synced 50"), index.events());

    Files.writeString(bad, Shipped.json("bad-org", "civil_society", "Bad Org", "open-data", "Fixed."));
    index.await(e -> e.contains("upserted bad-org"), 5_000);
  }

  @Test
  void aValidFileTurnedInvalidKeepsTheOldVersionAndReportsTheNewContent() throws Exception {
    Files.createDirectories(corpus());
    Path file = corpus().resolve("flip-org.json");
    Files.writeString(file, Shipped.json("flip-org", "civil_society", "Flip", "open-data", "Good."));
    watcher().start();
    Files.writeString(file, "{\"id\": \"flip-org\", ");
    long deadline = System.currentTimeMillis() + 6_000;
    while (problems.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(problems.get(0).toString().startsWith(file + ": invalid JSON"), problems.toString());
    assertEquals(List.of("synced 1"), index.events(), "the index keeps the old version");
  }

  @Test
  void removedFileIsDeletedFromTheIndex() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Files.delete(corpus().resolve("NO.json"));
    index.await(e -> e.contains("deleted NO"), 5_000);
  }

  @Test
  void invalidFilesPresentAtStartAreReportedOnce() throws Exception {
    Files.createDirectories(corpus());
    Files.writeString(corpus().resolve("GB.json"), "not json");
    watcher().start();
    assertEquals(1, problems.size());
    Thread.sleep(2_500);
    assertEquals(1, problems.size());
    assertEquals(List.of("synced 0"), index.events());
  }

  @Test
  void installedFileIsPickedUpByARunningWatcher() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Path source = tmp.resolve("anything-named.json");
    Files.writeString(source, Shipped.json("new-org", "civil_society", "New Org", "open-data", "News."));
    new PledgeInstaller(corpus(), new CorpusReader(Shipped.thesaurus()).parser()).install(source);
    index.await(e -> e.contains("upserted new-org"), 5_000);
    assertEquals(List.of(), problems);
  }
}
