package org.pledgebot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.pledgebot.base.Threads;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;

/**
 * The pledge index: multilingual full-text search with theme and name detection, typo tolerance and
 * an off-topic cut, over a Lucene index kept in sync with the corpus.
 *
 * <p>Thread-safe: any number of threads may search while one updates. Updates ({@link #sync},
 * {@link #upsert}, {@link #delete}) are serialised, commit, and become visible to searches when
 * they return. Close it to release the index directory.
 *
 * <p>It hands out what reads the same snapshot for other jobs: {@link #pledgers()} finds a pledger
 * by id, name or alias, {@link #themes()} picks the themes a topic names, {@link #languages()} tells
 * the language of a text.
 */
public final class PledgeSearch implements AutoCloseable {

  private static final String SCHEMA_KEY = "schema";

  /** Below this many documents a slice costs more to hand to another thread than to search. */
  static final int MIN_SLICE_DOCS = 20_000;

  /** The terms whose states one snapshot keeps (a few MB): the words questions use, and more. */
  static final int MAX_CACHED_TERMS = 50_000;

  /**
   * Up to this many documents a snapshot also keeps each scored term's per-pledge scores (at most
   * one float and one int per posting, per term and boost asked): on an index this small, opening a
   * term's postings and impacts costs more than scoring them.
   */
  static final int MAX_SCORED_DOCS = 1_024;

  private final Thesaurus thesaurus;
  private final Directory directory;
  private final Analysis analysis;
  private final PledgeCodec codec = new PledgeCodec();
  private final ThemeDetector themes;
  private final QuestionCompiler compiler;
  private final LanguageDetector languages;
  private final Pledgers pledgers;
  private final ThemeLookup themeLookup;
  private final Snippets snippets;
  private final Map<Lang, List<String>> letterTexts;
  /**
   * Opened at the first change (under {@link #writeLock}; see {@link #writer()}), or at once for a
   * new index; null while an index opened as it stands is only searched.
   */
  private IndexWriter writer;
  /** The index's write lock, held from the open until the writer takes it over; null once it has. */
  private Lock held;
  private final SearcherFactory searcherFactory;
  /** Snapshots of the last commit, then of the writer once there is one. */
  private volatile SearcherManager searchers;
  private final ExecutorService slicePool;
  private final Object writeLock = new Object();
  private volatile Catalog catalog;
  /** The recent answers of {@link #catalog}'s snapshot; replaced after it, at every update. */
  private volatile AnswerCache answers;

  private PledgeSearch(Directory directory, Prepared prepared) throws IOException {
    Thesaurus thesaurus = prepared.thesaurus;
    Commonness commonness = prepared.commonness;
    this.thesaurus = thesaurus;
    this.analysis = prepared.analysis;
    this.directory = directory;
    this.letterTexts = Letters.base(thesaurus);
    int threads = Runtime.getRuntime().availableProcessors();
    this.slicePool = Executors.newFixedThreadPool(threads, Threads.daemon("pledgebot-search"));
    this.searcherFactory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new SlicedSearcher(reader, slicePool, threads);
        // questions rarely repeat exactly and the index is small: caching costs more than it saves
        searcher.setQueryCache(null);
        searcher.setSimilarity(Fields.similarity());
        return searcher;
      }
    };
    try {
      if (openMode(directory) == IndexWriterConfig.OpenMode.CREATE) {
        // a new index, or one of another schema emptied: committed now, so that the folder holds an
        // index of this schema even before the first pledge
        this.writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, PledgeCodec.SCHEMA).entrySet());
        writer.commit();
        this.searchers = new SearcherManager(writer, searcherFactory);
      } else {
        // an index of this schema: searched as its last commit stands, under the write lock taken
        // now (one process per index, as with a writer), and written only once something changes
        // (writer()): a start whose corpus did not change (most starts of `search`) opens no writer
        this.held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        this.searchers = new SearcherManager(directory, searcherFactory);
      }
      this.catalog = load();
      this.answers = new AnswerCache(catalog);
    } catch (IOException | RuntimeException e) {
      slicePool.shutdown();
      IOUtils.closeWhileHandlingException(searchers, writer, held);
      throw e; // the detector is the caller's: a search it opens instead (in memory) still takes it
    }
    this.themes = built(prepared.building);
    ThemeModel model = built(prepared.model);
    this.languages = new LanguageDetector(analysis, themes, (tokens, scores, named) -> catalog.names().nameVotes(tokens, scores, named),
        () -> catalog.letters(), commonness);
    this.compiler = new QuestionCompiler(analysis, themes, model, languages, commonness, Lexicon.every(commonness));
    this.pledgers = new Pledgers(analysis, compiler, () -> catalog);
    this.themeLookup = new ThemeLookup(compiler, thesaurus);
    this.snippets = new Snippets(themes);
  }

  /**
   * The theme detector of a search about to open, with the analysis that search will use, built on
   * its own thread from the moment this is made ({@link #prepare}), after the theme model is loaded
   * there ({@link ThemeModel#load}: its classes checked against the thesaurus). The detector depends on
   * the thesaurus and the everyday words alone and is the longest piece of opening, which waits for it:
   * a caller with work of its own before the open (reading the corpus) overlaps more of it. It
   * serves one open; when that one fails (an index in use), the search opened instead takes it over.
   */
  public static final class Prepared {
    private final Thesaurus thesaurus;
    private final Commonness commonness;
    private final Analysis analysis = new Analysis();
    private final FutureTask<ThemeModel> model;
    private final FutureTask<ThemeDetector> building;

    private Prepared(Thesaurus thesaurus, Commonness commonness, Callable<ThemeModel> loading) {
      this.thesaurus = thesaurus;
      this.commonness = commonness;
      this.model = new FutureTask<>(loading);
      this.building = new FutureTask<>(() -> new ThemeDetector(analysis, thesaurus, commonness));
      Threads.daemon("pledgebot-themes").newThread(() -> {
        model.run();
        building.run();
      }).start();
    }

    /** Gives the detector and the model up: no search will open with them, and their daemon thread just ends. */
    public void cancel() {
      model.cancel(true);
      building.cancel(true);
    }
  }

  /** Starts building the theme detector of a search over {@code thesaurus} that will open later. */
  public static Prepared prepare(Thesaurus thesaurus, Commonness commonness) {
    return new Prepared(thesaurus, commonness, () -> ThemeModel.load(thesaurus));
  }

  /**
   * As {@link #prepare}, with a theme model that knows no feature ({@link ThemeModel#none}): a search that
   * reads questions by the rules alone, for the tests of the rules' readings, which a retrained model must
   * not move.
   */
  static Prepared prepareRulesAlone(Thesaurus thesaurus, Commonness commonness) {
    return new Prepared(thesaurus, commonness, () -> ThemeModel.none(thesaurus));
  }

  /** What {@code building} makes (the detector, the model), waiting for it; its failure is this thread's. */
  private static <T> T built(FutureTask<T> building) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return building.get();
        } catch (InterruptedException e) {
          interrupted = true; // it is needed: wait on, and say so afterwards
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("building the theme detector or loading the theme model failed", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(Fields.analyzer(analysis)).setOpenMode(mode);
  }

  /**
   * The writer, opened at the first change of an index that was opened as it stands: it takes over
   * the write lock held since the open (an index opened in APPEND mode carries its schema in its
   * last commit, which the writer keeps for its next commits), and searches move to its snapshots,
   * which hold the same documents until the change is published. Call under {@link #writeLock}.
   */
  private IndexWriter writer() throws IOException {
    if (writer == null) {
      Lock lock = held;
      held = null; // the writer owns it from here, and releases it when closed (or when it fails to open)
      IndexWriter opened = new IndexWriter(new HeldLock(directory, lock), config(IndexWriterConfig.OpenMode.APPEND));
      SearcherManager reading = searchers;
      try {
        searchers = new SearcherManager(opened, searcherFactory);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(opened);
        throw e;
      }
      writer = opened;
      reading.close(); // searches holding one of its snapshots release it as usual
    }
    return writer;
  }

  /** The index directory handing a writer the write lock already held, once; other locks as they come. */
  private static final class HeldLock extends FilterDirectory {
    private Lock lock;

    HeldLock(Directory in, Lock lock) {
      super(in);
      this.lock = lock;
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
      if (lock != null && name.equals(IndexWriter.WRITE_LOCK_NAME)) {
        Lock handed = lock;
        lock = null;
        return handed;
      }
      return super.obtainLock(name);
    }
  }

  /**
   * Searches the segments of a large index in parallel, one slice per thread, so that a question
   * matching tens of thousands of pledges is answered by every core. A small index (under
   * {@link #MIN_SLICE_DOCS} per thread) is one slice, searched on the caller's thread alone; so
   * is a busy machine, as Lucene runs on the caller any slice no pool thread has picked up.
   */
  static final class SlicedSearcher extends IndexSearcher {

    private final int threads;
    /**
     * Per term, its entries in this snapshot's term dictionaries and its statistics, looked up once:
     * questions keep asking for the same terms (a theme's clause, repeated to reach the minimum
     * match; common words), and looking a term up was a sixth of a search. A snapshot never
     * changes, so neither do they; a new snapshot (an update) starts empty.
     */
    private final Memo<Term, TermStates> termStates = new Memo<>(MAX_CACHED_TERMS);
    /** This snapshot's theme-label sums, for {@link RankedQuery}. */
    final RankedQuery.Groups groups = new RankedQuery.Groups();
    /**
     * On a small snapshot ({@link #MAX_SCORED_DOCS}), per term and boost, its score in each pledge
     * it matches, read from its scorer once: a question's dozen to twenty term clauses then cost no
     * postings, impacts or similarity set-up, only arrays. Null on a larger snapshot.
     */
    private final Memo<ScoredTerm, Weight> termScores;
    /**
     * Per document, its pledge id once an answer has read it: a snapshot never changes, and opening
     * a segment's doc values to read ten ids was a twentieth of a search on a small index.
     */
    private final AtomicReferenceArray<String> ids;

    SlicedSearcher(IndexReader reader, ExecutorService pool, int threads) {
      super(reader, pool);
      this.threads = threads;
      this.ids = new AtomicReferenceArray<>(reader.maxDoc());
      this.termScores = reader.maxDoc() <= MAX_SCORED_DOCS ? new Memo<>(MAX_CACHED_TERMS) : null;
    }

    /** {@link PledgeSearch#ids}, the ids read before taken from {@link #ids}. */
    Map<Integer, String> ids(ScoreDoc[] docs) throws IOException {
      Map<Integer, String> out = new HashMap<>();
      List<ScoreDoc> unread = new ArrayList<>();
      for (ScoreDoc d : docs) {
        String id = ids.get(d.doc);
        if (id != null) {
          out.put(d.doc, id);
        } else {
          unread.add(d);
        }
      }
      if (!unread.isEmpty()) {
        PledgeSearch.ids(getIndexReader().leaves(), unread.toArray(ScoreDoc[]::new)).forEach((doc, id) -> {
          ids.set(doc, id);
          out.put(doc, id);
        });
      }
      return out;
    }

    /**
     * A scoring term query, boosted or not, with its term's states from {@link #termStates}; any
     * other query as given. A boosted one is unwrapped here because {@code BoostQuery} creates its
     * inner query's weight itself, not through the searcher: the names-field and typo forms of every
     * word and each theme clause would otherwise look their terms up again at every question. The
     * weight is the one {@code BoostQuery} would make (the inner term's, with the boosts multiplied).
     */
    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
      if (scoreMode.needsScores()) {
        if (query instanceof TermQuery term && term.getTermStates() == null) {
          return termWeight(term.getTerm(), scoreMode, boost);
        }
        if (query instanceof BoostQuery b && b.getQuery() instanceof TermQuery term && term.getTermStates() == null) {
          return termWeight(term.getTerm(), scoreMode, b.getBoost() * boost);
        }
      }
      return super.createWeight(query, scoreMode, boost);
    }

    /**
     * A term's weight at this boost: Lucene's, or on a small snapshot its scores read once
     * ({@link #termScores}). The scores are the term scorer's own floats, so a query scores to the
     * bit as with Lucene's; only the bounds for skipping (exact block maxima here) differ.
     */
    private Weight termWeight(Term term, ScoreMode scoreMode, float boost) throws IOException {
      if (termScores == null) {
        return super.createWeight(new TermQuery(term, states(term)), scoreMode, boost);
      }
      ScoredTerm key = new ScoredTerm(term, boost);
      Weight kept = termScores.get(key);
      if (kept != null) {
        return kept;
      }
      Weight lucene = super.createWeight(new TermQuery(term, states(term)), ScoreMode.COMPLETE, boost);
      RankedQuery.Grouped scores = RankedQuery.Grouped.of(getIndexReader().leaves(), List.of(lucene));
      return termScores.keep(key, new Weight(lucene.getQuery()) {
        @Override
        public Scorer scorer(LeafReaderContext context) {
          return scores.scorer(this, context.ord);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
          return lucene.explain(context, doc);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
          return lucene.matches(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      });
    }

    /** A scored term and the boost its weight applies. */
    private record ScoredTerm(Term term, float boost) {}

    private TermStates states(Term term) throws IOException {
      TermStates states = termStates.get(term);
      return states != null ? states : termStates.keep(term, TermStates.build(this, term, true));
    }

    /**
     * On a small snapshot ({@link #MAX_SCORED_DOCS}), the query scored pledge by pledge: Lucene's
     * bulk scorer for a disjunction clears a window of 4,096 documents (32 KB of scores) at every
     * search, however few pledges the index holds, and that was a third of the bytes a search
     * allocated. The scorer is the query's own, so the scores and their order are the same.
     */
    @Override
    protected void search(List<LeafReaderContext> leaves, Weight weight, Collector collector) throws IOException {
      super.search(leaves, termScores == null ? weight : new OneByOne(weight), collector);
    }

    /** A weight whose bulk scorer is Lucene's default one, document by document over its own scorer. */
    private static final class OneByOne extends FilterWeight {
      OneByOne(Weight weight) {
        super(weight);
      }

      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        return in.scorerSupplier(context);
      }
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return bySize(leaves, threads, MIN_SLICE_DOCS);
    }

    /** Segments grouped into at most {@code threads} slices of at least {@code minDocs} documents each. */
    static LeafSlice[] bySize(List<LeafReaderContext> leaves, int threads, int minDocs) {
      long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
      int perSlice = (int) Math.max(minDocs, (docs + threads - 1) / threads);
      return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE);
    }
  }

  /** Recreates an index written under another schema: its fields would clash with the new ones. */
  private static IndexWriterConfig.OpenMode openMode(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return IndexWriterConfig.OpenMode.CREATE;
    }
    var commit = DirectoryReader.listCommits(directory);
    String schema = commit.get(commit.size() - 1).getUserData().get(SCHEMA_KEY);
    return PledgeCodec.SCHEMA.equals(schema) ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE;
  }

  /**
   * Opens (or creates) the index in {@code indexDir}, e.g. {@code var/index}; what it already
   * holds is searchable at once. Only one process may have a directory open.
   *
   * @throws IndexInUseException when another process (a running bot) has it open
   */
  public static PledgeSearch open(Path indexDir, Thesaurus thesaurus) throws IOException {
    return open(indexDir, thesaurus, Commonness.load());
  }

  /**
   * {@link #open(Path, Thesaurus)}, weighing question words by {@code commonness}.
   *
   * @throws IndexInUseException when another process (a running bot) has it open
   */
  public static PledgeSearch open(Path indexDir, Thesaurus thesaurus, Commonness commonness) throws IOException {
    Prepared prepared = prepare(thesaurus, commonness);
    try {
      return open(indexDir, prepared);
    } catch (IOException | RuntimeException e) {
      prepared.cancel();
      throw e;
    }
  }

  /**
   * {@link #open(Path, Thesaurus, Commonness)} with the detector {@code prepared} builds; when it
   * fails, {@code prepared} stays the caller's, to open another search with or to cancel.
   *
   * @throws IndexInUseException when another process (a running bot) has it open
   */
  public static PledgeSearch open(Path indexDir, Prepared prepared) throws IOException {
    Files.createDirectories(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new PledgeSearch(dir, prepared);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexInUseException(indexDir, e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw new IOException("cannot open the index in " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** An empty index in memory, for tests and benchmarks. */
  public static PledgeSearch inMemory(Thesaurus thesaurus) throws IOException {
    return inMemory(thesaurus, Commonness.load());
  }

  /** {@link #inMemory(Thesaurus)}, weighing question words by {@code commonness}. */
  public static PledgeSearch inMemory(Thesaurus thesaurus, Commonness commonness) throws IOException {
    Prepared prepared = prepare(thesaurus, commonness);
    try {
      return inMemory(prepared);
    } catch (IOException | RuntimeException e) {
      prepared.cancel();
      throw e;
    }
  }

  /** {@link #inMemory(Thesaurus, Commonness)} with the detector {@code prepared} builds. */
  public static PledgeSearch inMemory(Prepared prepared) throws IOException {
    return new PledgeSearch(new ByteBuffersDirectory(), prepared);
  }

  /** The thesaurus themes are detected with. */
  public Thesaurus thesaurus() {
    return thesaurus;
  }

  /** Pledgers by id, name or alias, over what the index holds at each call. */
  public Pledgers pledgers() {
    return pledgers;
  }

  /**
   * Alert matching by search's own question analysis (theme detector, language detector, word
   * weights, the names of the pledgers the index holds at each call): a saved question is understood
   * exactly as the same question typed in search.
   */
  public PledgeMatcher matcher() {
    return new PledgeMatcher(analysis, compiler, (tokens, scores, named) -> catalog.names().nameVotes(tokens, scores, named),
        pledge -> {
          Catalog c = catalog;
          return c.byId().containsKey(pledge.id()) ? Optional.of(c.names()) : Optional.empty();
        });
  }

  /** The themes a topic names, as search detects them. */
  public ThemeLookup themes() {
    return themeLookup;
  }

  /** The language of a text, with the names of the pledgers the index holds as evidence. */
  public LanguageDetector languages() {
    return languages;
  }

  /**
   * Makes the index hold exactly the corpus' pledges: new ids are added, changed pledges (by
   * fingerprint) replaced, ids no longer in the corpus removed; unchanged pledges are left alone.
   */
  public SyncReport sync(Corpus corpus) throws IOException {
    synchronized (writeLock) {
      Map<String, Indexed> current = catalog.byId();
      Map<String, Indexed> next = new HashMap<>(current);
      List<String> added = new ArrayList<>();
      List<String> updated = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Pledge p : corpus.pledges()) {
        seen.add(p.id());
        Indexed old = current.get(p.id());
        String hash = codec.hash(p);
        if (old == null || !old.hash().equals(hash)) {
          (old == null ? added : updated).add(p.id());
          next.put(p.id(), write(p, hash));
        }
      }
      List<String> removed = new ArrayList<>();
      for (String id : current.keySet()) {
        if (!seen.contains(id)) {
          writer().deleteDocuments(Fields.id(id));
          next.remove(id);
          removed.add(id);
        }
      }
      if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty()) {
        // in step already (every start of `search` and most watcher passes): nothing to commit,
        // and the snapshot and catalog in use are those a publish would make again
        publish(next);
      }
      added.sort(null);
      updated.sort(null);
      removed.sort(null);
      return new SyncReport(added, updated, removed, next.size());
    }
  }

  /** Adds a pledge, or replaces the one with its id. */
  public void upsert(Pledge pledge) throws IOException {
    synchronized (writeLock) {
      Map<String, Indexed> next = new HashMap<>(catalog.byId());
      next.put(pledge.id(), write(pledge, codec.hash(pledge)));
      publish(next);
    }
  }

  /** Removes the pledge with this id; false when there was none. */
  public boolean delete(String id) throws IOException {
    synchronized (writeLock) {
      if (!catalog.byId().containsKey(id)) {
        return false;
      }
      Map<String, Indexed> next = new HashMap<>(catalog.byId());
      writer().deleteDocuments(Fields.id(id));
      next.remove(id);
      publish(next);
      return true;
    }
  }

  private Indexed write(Pledge p, String hash) throws IOException {
    writer().updateDocument(Fields.id(p.id()), Fields.document(p, hash, codec.encode(p)));
    return new Indexed(p, hash, NameKey.of(analysis, p));
  }

  private void publish(Map<String, Indexed> next) throws IOException {
    writer.commit();
    SearcherManager current = searchers;
    current.maybeRefreshBlocking();
    IndexSearcher searcher = current.acquire();
    try {
      catalog = catalog.changed(next, vocabulary(searcher), FieldTerms.of(searcher.getIndexReader()), letters(next));
      answers = new AnswerCache(catalog);
    } finally {
      current.release(searcher);
    }
  }

  /**
   * Whether a question saved for alerts could ever match a pledge, now or later, read as search
   * reads it: false when it reduces to no content word and no theme (stopwords, filler,
   * punctuation).
   */
  public boolean canMatch(String question) {
    Catalog c = catalog;
    return compiler.compile(question, Optional.empty(), c.names()::nameVotes).canMatch();
  }

  /**
   * Answers a question: the relevant pledges, best first, each with a snippet in the answer
   * language. Blank questions and questions about nothing in the corpus get no hits. The answers
   * to the questions asked most recently are kept until the next update ({@link AnswerCache}):
   * the same request gets the same answer object.
   */
  public SearchResponse search(SearchRequest request) {
    AnswerCache recent = answers;
    Catalog c = catalog;
    if (!recent.of(c)) {
      return search(request, c); // an update is being published: this snapshot's cache is not up yet
    }
    SearchResponse known = recent.get(request);
    return known != null ? known : recent.keep(request, search(request, c));
  }

  /**
   * Answers a question as {@link #search} does, without the answer cache: what a question costs
   * when nobody asked it since the last update. For benchmarks, which must not time cache hits.
   */
  public SearchResponse searchAfresh(SearchRequest request) {
    return search(request, catalog);
  }

  private SearchResponse search(SearchRequest request, Catalog c) {
    String text = QuestionCompiler.clip(request.text());
    if (text.isEmpty()) {
      return new SearchResponse("", request.lang().orElse(Lang.reference()), List.of());
    }
    // the names are looked up once: for the language's votes, then read again for the query
    NameIndex.Reader reader = c.names().reader();
    Question q = compiler.compile(text, request.lang(), request.asker(), reader);
    Map<String, Boolean> names = reader.match(q);
    Optional<Query> query = QueryBuilder.build(q, names, c.vocabulary(), c.terms());
    if (query.isEmpty()) {
      return new SearchResponse(q.text(), q.lang(), List.of(), q.broad() && names.isEmpty());
    }
    return new SearchResponse(q.text(), q.lang(), hits(c, q, query.get(), request.limit()));
  }

  private List<Hit> hits(Catalog c, Question q, Query query, int limit) {
    try {
      SearcherManager current = searchers; // the one to give the snapshot back to, should writer() replace it meanwhile
      IndexSearcher searcher = current.acquire();
      try {
        // No total hit count is shown, so scoring may skip documents that cannot enter the top
        // from the first one collected (Lucene's default waits for 1,000 hits).
        Query rewritten = searcher.rewrite(query);
        TopDocs top = searcher.search(
            RankedQuery.of(rewritten, searcher instanceof SlicedSearcher s ? s.groups : null)
                .orElseGet(() -> new Rewritten(rewritten)),
            new TopScoreDocCollectorManager(limit, null, limit));
        Map<Integer, String> ids = searcher instanceof SlicedSearcher s
            ? s.ids(top.scoreDocs) : ids(searcher.getIndexReader().leaves(), top.scoreDocs);
        List<Indexed> found = new ArrayList<>(top.scoreDocs.length);
        List<Float> scores = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
          Indexed ix = c.byId().get(ids.get(sd.doc));
          if (ix != null) {
            found.add(ix);
            scores.add(sd.score);
          }
        }
        IntFunction<String> texts = snippets.onDemand(found, q);
        List<Hit> hits = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
          hits.add(new Hit(found.get(i).pledge(), scores.get(i), texts, i));
        }
        return hits;
      } finally {
        current.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed for \"" + q.text() + "\"", e);
    }
  }

  /** The pledge ids of these documents, read in document order: one doc-values reader per segment. */
  private static Map<Integer, String> ids(List<LeafReaderContext> leaves, ScoreDoc[] docs) throws IOException {
    int[] sorted = java.util.Arrays.stream(docs).mapToInt(d -> d.doc).sorted().toArray();
    Map<Integer, String> out = new HashMap<>();
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int doc : sorted) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = DocValues.getSorted(leaf.reader(), Fields.ID);
      }
      if (values.advanceExact(doc - leaf.docBase)) {
        out.put(doc, values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }
    return out;
  }

  /** The pledges with this theme, sorted by name in the reference language. */
  public List<Pledge> byTheme(String themeId) {
    if (thesaurus.theme(themeId).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown theme id \"" + themeId + "\" (known: " + String.join(", ", thesaurus.ids()) + ")");
    }
    return catalog.byId().values().stream()
        .map(Indexed::pledge)
        .filter(p -> p.themes().contains(themeId))
        .sorted(Comparator.comparing((Pledge p) -> Folding.fold(p.name(Lang.reference()))).thenComparing(Pledge::id))
        .toList();
  }

  /** Every indexed pledge, sorted by id. */
  public List<Pledge> all() {
    return catalog.byId().values().stream()
        .map(Indexed::pledge)
        .sorted(Comparator.comparing(Pledge::id))
        .toList();
  }

  /** How many pledges the index holds. */
  public int size() {
    return catalog.byId().size();
  }

  private Catalog load() throws IOException {
    SearcherManager current = searchers;
    IndexSearcher searcher = current.acquire();
    try {
      Map<String, Indexed> byId = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var d = stored.document(doc);
            Pledge p = codec.decode(d.getBinaryValue(Fields.JSON).bytes);
            byId.put(p.id(), new Indexed(p, d.get(Fields.HASH), NameKey.of(analysis, p)));
          }
        }
      }
      return Catalog.of(analysis, byId, vocabulary(searcher), FieldTerms.of(searcher.getIndexReader()),
          StoredLetters.load(directory, letterTexts, sample(byId)));
    } finally {
      current.release(searcher);
    }
  }

  /**
   * How each language spells, learned again while the index is small (under {@link
   * Letters#SAMPLE} pledges), so that the first sync teaches it the corpus; kept as it is beyond.
   */
  private Letters letters(Map<String, Indexed> next) {
    Letters now = catalog.letters();
    return now.wouldGrow(next.size()) ? Letters.learn(letterTexts, pledges(next)) : now;
  }

  /** The pledges, by id, so that a model learns from the same sample whatever the map's order. */
  private static List<Pledge> pledges(Map<String, Indexed> byId) {
    return sample(byId).stream().map(Indexed::pledge).toList();
  }

  /** The indexed pledges a model learns from: the first {@link Letters#SAMPLE} by id. */
  private static List<Indexed> sample(Map<String, Indexed> byId) {
    return byId.values().stream().sorted(Comparator.comparing((Indexed ix) -> ix.pledge().id()))
        .limit(Letters.SAMPLE).toList();
  }

  /** The words of the plain field: what typos are corrected towards. */
  private static Vocabulary vocabulary(IndexSearcher searcher) throws IOException {
    return new Vocabulary(FieldTerms.read(searcher.getIndexReader(), Fields.PLAIN));
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      try (Directory d = directory; Lock l = held; IndexWriter w = writer; SearcherManager s = searchers) {
        slicePool.shutdown();
        analysis.close();
      }
    }
  }

  /**
   * A query already rewritten, searched as it is: {@code IndexSearcher.search} rewrites the query
   * it is given, and a boolean query rewritten a second time walks its whole rewrite again only to
   * return itself. The weight is the one the searcher makes of the rewritten query.
   */
  private static final class Rewritten extends WrappedQuery {
    Rewritten(Query query) {
      super(query);
    }
  }

}
