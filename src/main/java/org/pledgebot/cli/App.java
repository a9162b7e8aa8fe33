package org.pledgebot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.CorpusProblem;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.EmbeddedCorpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.Commonness;
import org.pledgebot.search.IndexInUseException;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts every command needs, wired once: the thesaurus, the everyday words of each language,
 * the corpus reader and the search index brought in step with the corpus. Closing it closes the index.
 */
final class App implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(App.class);

  private final Settings settings;
  private final Thesaurus thesaurus;
  private final Commonness commonness;
  private final CorpusReader reader;
  private final Path corpusDir;
  private final EmbeddedCorpus embedded;
  private final PledgeSearch search;
  private final boolean privateCopy;
  private final Set<CorpusProblem> reported = ConcurrentHashMap.newKeySet();
  private volatile SyncReport lastSync;

  private App(Settings settings, Thesaurus thesaurus, Commonness commonness, CorpusReader reader, Path corpusDir,
      EmbeddedCorpus embedded, PledgeSearch search, boolean privateCopy) {
    this.settings = settings;
    this.thesaurus = thesaurus;
    this.commonness = commonness;
    this.reader = reader;
    this.corpusDir = corpusDir;
    this.embedded = embedded;
    this.search = search;
    this.privateCopy = privateCopy;
  }

  /** The folder the pledges are read from: the configured one, or the jar's embedded corpus. */
  Path corpusDir() {
    return corpusDir;
  }

  /** Whether the pledges are the jar's embedded copy, which never changes and cannot be written. */
  boolean embeddedCorpus() {
    return embedded != null;
  }

  /** Whether the index is a private in-memory copy because another process holds the real one. */
  boolean privateCopy() {
    return privateCopy;
  }

  /** What to do when another process (a running bot) holds the index. */
  enum IfInUse {
    /** Fail with {@link IndexInUseException}: the command needs the index itself. */
    FAIL,
    /** Search a private in-memory index of the corpus instead; {@link #privateCopy()} says so. */
    SEARCH_A_COPY
  }

  /**
   * Opens the index in the data directory and syncs it with the corpus. When another process (a
   * running bot) holds the index, {@code ifInUse} decides: fail, or build a private in-memory
   * index of the corpus, so that commands such as {@code search} still work beside the bot.
   */
  static App open(Settings settings, IfInUse ifInUse) throws IOException, CorpusException {
    Thesaurus thesaurus = thesaurus(settings.themesFile());
    Commonness commonness = Commonness.load();
    // the search's theme detector, the longest piece of opening, builds while the corpus is read
    PledgeSearch.Prepared prepared = PledgeSearch.prepare(thesaurus, commonness);
    EmbeddedCorpus embedded = null;
    PledgeSearch search = null;
    boolean copy = false;
    try {
      embedded = settings.corpus().isEmpty() ? EmbeddedCorpus.open() : null;
      Path corpusDir = embedded != null ? embedded.dir() : settings.corpus().get();
      CorpusReader reader = new CorpusReader(thesaurus);
      Corpus corpus = reader.read(corpusDir); // before the index: a bad corpus leaves no data folder
      try {
        search = PledgeSearch.open(settings.indexDir(), prepared);
      } catch (IndexInUseException e) {
        if (ifInUse == IfInUse.FAIL) {
          throw e;
        }
        search = PledgeSearch.inMemory(prepared);
        copy = true;
      }
      App app = new App(settings, thesaurus, commonness, reader, corpusDir, embedded, search, copy);
      app.sync(corpus);
      return app;
    } catch (IOException | RuntimeException e) {
      prepared.cancel(); // no search opened with it, or the one that did is closed here
      if (search != null) {
        search.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** The thesaurus in {@code file}, or the jar's copy when no file is set. */
  static Thesaurus thesaurus(Optional<Path> file) throws CorpusException {
    return file.isPresent() ? Thesaurus.load(file.get()) : Thesaurus.embedded();
  }

  /**
   * Reads the corpus, warns about each bad file (once: a watcher that reads it again reports
   * through {@link #warn}) and about a corpus with no pledge at all, and brings the index in step.
   */
  SyncReport sync() throws IOException {
    return sync(reader.read(corpusDir));
  }

  private SyncReport sync(Corpus corpus) throws IOException {
    corpus.problems().forEach(this::warn);
    if (corpus.pledges().isEmpty()) {
      log.warn("corpus {} holds no {}pledge files: no question can be answered until some are added",
          corpusDir, corpus.problems().isEmpty() ? "" : "valid ");
    }
    SyncReport report = search.sync(corpus);
    log.debug("index in step with {}: {}", corpusDir, report);
    lastSync = report;
    return report;
  }

  /** What the last {@link #sync()} did; the one {@link #open} ran when nothing else synced since. */
  SyncReport lastSync() {
    return lastSync;
  }

  /** Warns that {@code problem}'s file is skipped, unless that was already said. */
  void warn(CorpusProblem problem) {
    if (reported.add(problem)) {
      log.warn("skipping {}", problem);
    }
  }

  Settings settings() {
    return settings;
  }

  Thesaurus thesaurus() {
    return thesaurus;
  }

  /** The everyday words of each language, which search and alert matching weigh question words by. */
  Commonness commonness() {
    return commonness;
  }

  CorpusReader reader() {
    return reader;
  }

  PledgeSearch search() {
    return search;
  }

  @Override
  public void close() throws IOException {
    try {
      search.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
