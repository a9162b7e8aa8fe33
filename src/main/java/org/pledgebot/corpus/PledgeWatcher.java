package org.pledgebot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.pledgebot.base.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the listeners (the search index, then {@link NewPledges}) in step with the corpus
 * directory while the bot runs: a new or changed valid pledge file reaches them within a few
 * seconds, a removed one is deleted, an invalid one is reported once per content and changes
 * nothing.
 *
 * <p>The JDK {@link WatchService} says when to look; a rescan every {@code rescanEvery} is the
 * safety net for events it misses (overflow, network file systems). A file is read only once its
 * size and modification time have stayed the same for {@code settle}, so a file being written is
 * not read half-way; one that still does not parse is reported after {@code reportAfter}.
 * Temporary and hidden names ({@link CorpusReader#isPledgeFile}) are never read, so writers that
 * write {@code .x.json.tmp} and rename it are picked up exactly once.
 */
public final class PledgeWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PledgeWatcher.class);

  /**
   * How eagerly the watcher looks.
   *
   * @param rescanEvery the safety-net rescan period
   * @param settle how long a file must stay unchanged before it is read
   * @param reportAfter how long an unparsable file must stay unchanged before it is reported
   */
  public record Settings(Duration rescanEvery, Duration settle, Duration reportAfter) {

    /** Rescan every 2 s, read after 500 ms of quiet, report bad files after 2 s. */
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(2));
    }
  }

  /** Size and modification time: when both hold still, the writer is done. */
  private record Stamp(long size, FileTime modified) {}

  /** What the watcher knows about one pledge file. */
  private static final class Tracked {
    final Stamp stamp;
    final long since;
    boolean done;
    long retryAt;
    String reportedContent;

    Tracked(Stamp stamp, long since, String reportedContent) {
      this.stamp = stamp;
      this.since = since;
      this.reportedContent = reportedContent;
    }
  }

  private final Path dir;
  private final CorpusReader reader;
  private final PledgeParser parser;
  private final List<CorpusListener> listeners;
  private final Settings settings;
  private final Consumer<CorpusProblem> problems;
  /** Monotonic nanoseconds, {@link System#nanoTime()} but in tests, which move it themselves. */
  private final LongSupplier nanoTime;
  private final Map<Path, Tracked> files = new HashMap<>();
  /** Which file supplies each pledge id (lowercased, as duplicates are compared). */
  private final Map<String, Path> owners = new HashMap<>();
  private final Set<Path> watchedDirs = new HashSet<>();
  private WatchService watchService;
  private Thread thread;
  private volatile boolean running;

  /**
   * @param dir the corpus directory ({@code PLEDGEBOT_CORPUS})
   * @param reader reads and validates pledge files
   * @param listeners told of every change, in this order (index first, then alerts)
   * @param settings timings
   * @param problems told of every invalid file once per content, e.g. a log line
   */
  public PledgeWatcher(Path dir, CorpusReader reader, List<CorpusListener> listeners, Settings settings,
      Consumer<CorpusProblem> problems) {
    this(dir, reader, listeners, settings, problems, System::nanoTime);
  }

  /**
   * As the public constructor, timing settle and report delays on {@code nanoTime}, so that tests
   * can advance time and {@link #scan()} without sleeping.
   */
  PledgeWatcher(Path dir, CorpusReader reader, List<CorpusListener> listeners, Settings settings,
      Consumer<CorpusProblem> problems, LongSupplier nanoTime) {
    this.dir = dir;
    this.reader = reader;
    this.parser = reader.parser();
    this.listeners = List.copyOf(listeners);
    this.settings = settings;
    this.problems = problems;
    this.nanoTime = nanoTime;
  }

  /** As the full constructor, reporting invalid files in the log. */
  public PledgeWatcher(Path dir, CorpusReader reader, List<CorpusListener> listeners, Settings settings) {
    this(dir, reader, listeners, settings, p -> LOG.warn("invalid pledge file {}", p));
  }

  /**
   * Reads the whole corpus, hands it to every listener ({@link CorpusListener#synced}), then
   * starts watching in a background thread.
   *
   * @return the corpus read
   * @throws IOException when the directory cannot be read or a listener fails to sync
   */
  public synchronized Corpus start() throws IOException {
    if (running) {
      throw new IllegalStateException("watcher of " + dir + " already started");
    }
    watchService = FileSystems.getDefault().newWatchService();
    long now = nanoTime.getAsLong();
    // stamp before reading: a file changed while we read gets a new stamp and is read again
    Map<Path, Stamp> stamps = list();
    Corpus corpus = reader.read(dir);
    for (CorpusListener listener : listeners) {
      listener.synced(corpus);
    }
    Map<Path, CorpusProblem> bad = new HashMap<>();
    corpus.problems().forEach(p -> bad.put(p.file(), p));
    Set<String> valid = new HashSet<>();
    corpus.pledges().forEach(p -> valid.add(key(p.id())));
    stamps.forEach((file, stamp) -> {
      CorpusProblem problem = bad.get(file);
      Tracked tracked = new Tracked(stamp, now, problem == null ? null : content(file));
      tracked.done = true;
      files.put(file, tracked);
      String id = key(PledgeParser.expectedId(file));
      if (problem == null && valid.contains(id)) {
        owners.putIfAbsent(id, file);
      }
    });
    corpus.problems().forEach(problems);
    running = true;
    thread = Threads.daemon("pledge-watcher").newThread(this::loop);
    thread.start();
    return corpus;
  }

  private void loop() {
    while (running) {
      try {
        WatchKey key = watchService.poll(nextWaitMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          // the events themselves do not matter: any of them means "look again"
          key.pollEvents();
          key.reset();
        }
        scan();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      } catch (IOException | UncheckedIOException e) {
        LOG.warn("cannot scan corpus directory {}: {}", dir, e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("watching corpus directory {} failed, will retry at the next rescan", dir, e);
      }
    }
  }

  /** Short while a file waits to settle, so that it is read soon after it does; else the rescan period. */
  private synchronized long nextWaitMillis() {
    boolean settling = files.values().stream().anyMatch(t -> !t.done);
    long rescan = settings.rescanEvery().toMillis();
    return settling ? Math.min(settings.settle().toMillis() / 4 + 1, rescan) : rescan;
  }

  /** Looks at every pledge file once; package-private so that tests can drive it. */
  synchronized void scan() throws IOException {
    long now = nanoTime.getAsLong();
    Map<Path, Stamp> current = list();
    for (Map.Entry<Path, Stamp> entry : current.entrySet()) {
      Path file = entry.getKey();
      Tracked tracked = files.get(file);
      if (tracked == null || !tracked.stamp.equals(entry.getValue())) {
        files.put(file, new Tracked(entry.getValue(), now, tracked == null ? null : tracked.reportedContent));
      } else if (!tracked.done && now >= tracked.retryAt && now - tracked.since >= settings.settle().toNanos()) {
        consider(file, tracked, now);
      }
    }
    for (Path gone : Set.copyOf(files.keySet())) {
      if (!current.containsKey(gone)) {
        files.remove(gone);
        removed(gone);
      }
    }
  }

  private void consider(Path file, Tracked tracked, long now) {
    Pledge pledge;
    try {
      pledge = parser.parse(file);
    } catch (CorpusException e) {
      if (now - tracked.since >= settings.reportAfter().toNanos()) {
        report(file, tracked, e.problem());
      }
      return;
    }
    Path owner = owners.get(key(pledge.id()));
    if (owner != null && !owner.equals(file) && files.containsKey(owner)) {
      report(file, tracked, new CorpusProblem(file, "duplicate id \"" + pledge.id() + "\", already used by " + owner));
      return;
    }
    try {
      for (CorpusListener listener : listeners) {
        listener.upserted(pledge);
      }
    } catch (IOException | RuntimeException e) {
      tracked.retryAt = now + settings.rescanEvery().toNanos();
      LOG.error("pledge {} from {} could not be taken in, will retry: {}", pledge.id(), file, e.toString(), e);
      return;
    }
    owners.put(key(pledge.id()), file);
    tracked.done = true;
    tracked.reportedContent = null;
  }

  private void report(Path file, Tracked tracked, CorpusProblem problem) {
    tracked.done = true;
    String content = content(file);
    if (!Objects.equals(content, tracked.reportedContent)) {
      tracked.reportedContent = content;
      problems.accept(problem);
    }
  }

  private void removed(Path file) {
    String id = PledgeParser.expectedId(file);
    if (!file.equals(owners.get(key(id)))) {
      return;
    }
    owners.remove(key(id));
    try {
      for (CorpusListener listener : listeners) {
        listener.deleted(id);
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("pledge {} was removed ({}) but could not be taken out: {}", id, file, e.toString(), e);
    }
  }

  /** Every pledge file below the directory with its stamp; registers new subdirectories. */
  private Map<Path, Stamp> list() throws IOException {
    Map<Path, Stamp> out = new TreeMap<>();
    CorpusReader.walk(dir, (path, attributes) -> {
      if (attributes.isDirectory()) {
        watch(path);
      } else {
        out.put(path, new Stamp(attributes.size(), attributes.lastModifiedTime()));
      }
    });
    return out;
  }

  private void watch(Path directory) throws IOException {
    if (watchedDirs.add(directory)) {
      directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  /** A digest of the file's bytes, to report a bad file once per content; null when unreadable. */
  private static String content(Path file) {
    try {
      return Fingerprint.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      return null;
    }
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Stops watching; a scan in progress finishes first. */
  @Override
  public void close() throws IOException {
    running = false;
    WatchService service;
    Thread worker;
    synchronized (this) {
      service = watchService;
      worker = thread;
    }
    if (service != null) {
      service.close();
    }
    if (worker != null) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
