package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.Target;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.testing.Matching;
import org.pledgebot.testing.Shipped;

/**
 * The watcher driven by hand: a clock the test moves and direct {@link PledgeWatcher#scan()}s, so
 * that settling, reporting and rescans are decided without sleeping; one test goes through the
 * real WatchService and thread.
 */
class PledgeWatcherTest {

  private static final PledgeWatcher.Settings SETTINGS = PledgeWatcher.Settings.defaults();

  @TempDir Path tmp;

  private final Recorder index = new Recorder();
  private final List<CorpusProblem> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<AutoCloseable> open = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private PledgeWatcher watcher;

  private Path corpus() {
    return tmp.resolve("pledges");
  }

  /** A watcher on the test's clock; its own thread runs too, but time moves only when the test says. */
  private PledgeWatcher watcher(CorpusListener... more) {
    watcher = open(new PledgeWatcher(corpus(), new CorpusReader(Shipped.thesaurus()), listeners(more), SETTINGS,
        problems::add, nanos::get));
    return watcher;
  }

  private List<CorpusListener> listeners(CorpusListener... more) {
    List<CorpusListener> listeners = new ArrayList<>(List.of(index));
    listeners.addAll(List.of(more));
    return listeners;
  }

  private <T extends AutoCloseable> T open(T closeable) {
    open.add(closeable);
    return closeable;
  }

  private void advance(Duration by) {
    nanos.addAndGet(by.toNanos());
  }

  /** Sees the files as they are now, lets them stay unchanged for {@code quiet}, and looks again. */
  private void scanAfter(Duration quiet) throws Exception {
    watcher.scan();
    advance(quiet);
    watcher.scan();
  }

  /** A few more safety-net rescans with nothing changed on disk. */
  private void rescans() throws Exception {
    for (int i = 0; i < 3; i++) {
      advance(SETTINGS.rescanEvery());
      watcher.scan();
    }
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** End to end on the real clock, thread and WatchService: nothing here calls scan(). */
  @Test
  void aNewFileIsPickedUpByTheRunningWatcherAndTheSubscriberAlerted() throws Exception {
    Shipped.copyCorpus(corpus());
    Store store = open(SqliteStore.open(tmp.resolve("pledgebot.db")));
    StoreInspector inspect = new StoreInspector(tmp.resolve("pledgebot.db"));
    NewPledges alerts = new NewPledges(store, Matching.ALL_WORDS, () -> {});
    open(new PledgeWatcher(corpus(), new CorpusReader(Shipped.thesaurus()), listeners(alerts), SETTINGS,
        problems::add)).start();
    assertEquals(List.of("synced 51"), index.events());
    store.subscribe(1, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);

    Path temp = corpus().resolve(".zz-org.json.tmp");
    Files.writeString(temp, Shipped.json("zz-org", "civil_society", "ZZ Org", "open-data", "We share data."));
    Files.move(temp, corpus().resolve("zz-org.json"), StandardCopyOption.ATOMIC_MOVE);

    index.await(e -> e.contains("upserted zz-org"), 30_000);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (inspect.alertsOfPledge("zz-org").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20); // the index hears first, the alerts right after
    }
    assertEquals(1, inspect.alertsOfPledge("zz-org").size());
    assertEquals(List.of("synced 51", "upserted zz-org"), index.events());
    assertEquals(List.of(), problems);
  }

  @Test
  void aFileIsReadOnlyOnceItHasStayedUnchangedForTheSettleTime() throws Exception {
    Files.createDirectories(corpus());
    watcher().start();
    Files.writeString(corpus().resolve("new-org.json"),
        Shipped.json("new-org", "civil_society", "New Org", "open-data", "News."));

    scanAfter(SETTINGS.settle().minusNanos(1));
    assertEquals(List.of("synced 0"), index.events(), "not read before it settled");
    advance(Duration.ofNanos(1));
    watcher.scan();
    assertEquals(List.of("synced 0", "upserted new-org"), index.events());
    rescans();
    assertEquals(List.of("synced 0", "upserted new-org"), index.events(), "read once");
  }

  @Test
  void aFileWrittenUnderATemporaryNameAndRenamedIsReadOnceByItsFinalName() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Path temp = corpus().resolve(".zz-org.json.tmp");
    Files.writeString(temp, Shipped.json("zz-org", "civil_society", "ZZ Org", "open-data", "We share data."));
    scanAfter(SETTINGS.reportAfter());
    assertEquals(List.of("synced 51"), index.events(), "a temporary name is never read");

    Files.move(temp, corpus().resolve("zz-org.json"), StandardCopyOption.ATOMIC_MOVE);
    scanAfter(SETTINGS.settle());
    rescans();
    assertEquals(List.of("synced 51", "upserted zz-org"), index.events());
    assertEquals(List.of(), problems);
  }

  @Test
  void fileWrittenSlowlyInChunksIsIndexedOnceAndComplete() throws Exception {
    Files.createDirectories(corpus());
    watcher().start();
    String text = "We pledge " + "slowly ".repeat(60) + "and completely.";
    byte[] json = Shipped.json("slow-org", "civil_society", "Slow Org", "open-data", text)
        .getBytes(StandardCharsets.UTF_8);
    Duration pause = SETTINGS.settle().multipliedBy(3).dividedBy(4);
    try (OutputStream out = Files.newOutputStream(corpus().resolve("slow-org.json"))) {
      int chunk = json.length / 8 + 1;
      for (int at = 0; at < json.length; at += chunk) {
        out.write(json, at, Math.min(chunk, json.length - at));
        out.flush();
        scanAfter(pause); // the writer pauses for less than the settle time between chunks
      }
    }
    assertEquals(List.of(), index.upserts(), "nothing read while being written");

    scanAfter(SETTINGS.settle());
    rescans();
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

    scanAfter(SETTINGS.reportAfter().minusNanos(1));
    assertEquals(List.of(), problems, "not reported before it stayed unparsable for reportAfter");
    advance(Duration.ofNanos(1));
    watcher.scan();
    assertEquals(1, problems.size(), "reported: " + problems);
    assertEquals(bad, problems.get(0).file());
    assertTrue(problems.get(0).reason().contains("unknown theme id \"no-such-theme\""), problems.get(0).reason());
    rescans();
    assertEquals(1, problems.size(), "not again at every rescan");
    assertEquals(List.of("synced 51"), index.events());

    Files.writeString(bad, Shipped.json("bad-org", "civil_society", "Bad Org", "open-data", "Fixed."));
    scanAfter(SETTINGS.settle());
    assertEquals(List.of("synced 51", "upserted bad-org"), index.events());
    assertEquals(1, problems.size());
  }

  @Test
  void aValidFileTurnedInvalidKeepsTheOldVersionAndReportsTheNewContent() throws Exception {
    Files.createDirectories(corpus());
    Path file = corpus().resolve("flip-org.json");
    Files.writeString(file, Shipped.json("flip-org", "civil_society", "Flip", "open-data", "Good."));
    watcher().start();
    Files.writeString(file, "{\"id\": \"flip-org\", ");
    scanAfter(SETTINGS.reportAfter());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().startsWith(file + ": invalid JSON"), problems.toString());
    assertEquals(List.of("synced 1"), index.events(), "the index keeps the old version");
  }

  @Test
  void removedFileIsDeletedFromTheIndexAtTheNextScan() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Files.delete(corpus().resolve("NO.json"));
    watcher.scan();
    assertEquals(List.of("synced 51", "deleted NO"), index.events());
  }

  @Test
  void invalidFilesPresentAtStartAreReportedOnce() throws Exception {
    Files.createDirectories(corpus());
    Files.writeString(corpus().resolve("GB.json"), "not json");
    watcher().start();
    assertEquals(1, problems.size());
    rescans();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(List.of("synced 0"), index.events());
  }

  @Test
  void installedFileIsPickedUpByARunningWatcher() throws Exception {
    Shipped.copyCorpus(corpus());
    watcher().start();
    Path source = tmp.resolve("new-org.json");
    Files.writeString(source, Shipped.json("new-org", "civil_society", "New Org", "open-data", "News."));
    new PledgeInstaller(corpus(), new CorpusReader(Shipped.thesaurus()).parser())
        .install(source, PledgeInstaller.IfPresent.REFUSE);
    scanAfter(SETTINGS.settle());
    assertEquals(List.of("synced 51", "upserted new-org"), index.events());
    assertEquals(List.of(), problems);
  }
}
