package org.pledgebot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;

/**
 * Alert matching: which saved questions a new pledge answers, by the same relevance rule as
 * {@link PledgeSearch#search}, so that a question that would list a pledge in search matches it
 * here.
 *
 * <p>Use: build one matcher per thesaurus; {@link #compile} each subscription's question once and
 * keep the {@link SavedQuery}; when a pledge arrives, {@link #prepare} it once (a Lucene
 * {@link MemoryIndex} with the index's fields and analyzers) and call {@link Prepared#matches} for
 * every saved query, or {@link #matching} for all of them.
 *
 * <p>The rule: a pledge matches when the question names it, names one of its themes (or, naming
 * none, asks of a public body an act that says one: {@link QueryBuilder#actBoosts}), or shares
 * enough content words with it (the search filter of {@link QueryBuilder}). {@link
 * Prepared#matches} decides it from the pledge's term sets, read from the MemoryIndex, without
 * running a query: set lookups per question word, typo checks memoised per word. That is what
 * makes 100,000 questions cheap; {@link Prepared#score} runs the real Lucene query on the
 * MemoryIndex, and tests check that both agree. Search may list fewer pledges than match here: it
 * shows only the top hits, and caps typo corrections per word.
 *
 * <p>Whether a question names the pledge is judged against the names of the index that holds it
 * ({@link PledgeSearch#matcher()}: the index has taken the new pledge in before alerts read it), as
 * search judges it: a pledger named by part of its name or a run of words read as a typo depends
 * on which other pledgers' names those words are also part of, which a one-pledge index cannot
 * know. A matcher of its own, or a pledge the index does not hold, has the pledge's names alone.
 * The index reads each saved question's names once ({@link NameIndex#match(SavedQuery)}): the
 * pledges of one sync (the catch-up at a start) are all judged against the same index.
 *
 * <p>Thread-safe.
 */
public final class PledgeMatcher {

  private final Analysis analysis;
  private final QuestionCompiler compiler;
  private final LanguageDetector.Evidence names;
  /** The names a pledge is judged against: the index's, when it holds the pledge, else the pledge's alone. */
  private final Function<Pledge, Optional<NameIndex>> indexNames;
  private final PledgeCodec codec = new PledgeCodec();

  /** A matcher of its own, for a thesaurus without an index (tests, benchmarks). */
  public PledgeMatcher(Thesaurus thesaurus) {
    this(thesaurus, Commonness.load());
  }

  /**
   * A matcher of its own weighing question words by {@code commonness}, as search does. Beside a
   * {@link PledgeSearch}, take {@link PledgeSearch#matcher()} instead: it shares search's theme
   * detector and question analysis rather than building them again.
   */
  public PledgeMatcher(Thesaurus thesaurus, Commonness commonness) {
    this(new Analysis(), Objects.requireNonNull(thesaurus, "thesaurus"), Objects.requireNonNull(commonness, "commonness"));
  }

  private PledgeMatcher(Analysis analysis, Thesaurus thesaurus, Commonness commonness) {
    this(analysis, standaloneCompiler(analysis, new ThemeDetector(analysis, thesaurus, commonness),
        ThemeModel.load(thesaurus), thesaurus, commonness), LanguageDetector.Evidence.NONE, pledge -> Optional.empty());
  }

  /**
   * A matcher analysing questions with {@code compiler}, whose analysis is {@code analysis}, with
   * {@code names} (the names of the pledgers known) as language evidence.
   */
  PledgeMatcher(Analysis analysis, QuestionCompiler compiler, LanguageDetector.Evidence names,
      Function<Pledge, Optional<NameIndex>> indexNames) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.compiler = Objects.requireNonNull(compiler, "compiler");
    this.names = Objects.requireNonNull(names, "names");
    this.indexNames = Objects.requireNonNull(indexNames, "indexNames");
  }

  /** A question compiler of its own, with no pledger names: a matcher's without an index, or a test's. */
  static QuestionCompiler standaloneCompiler(Analysis analysis, ThemeDetector themes, ThemeModel model,
      Thesaurus thesaurus, Commonness commonness) {
    Letters letters = Letters.learn(Letters.base(thesaurus), List.of());
    return new QuestionCompiler(analysis, themes, model,
        new LanguageDetector(analysis, themes, LanguageDetector.Evidence.NONE, () -> letters, commonness), commonness,
        Lexicon.every(commonness));
  }

  /**
   * Analyses a subscriber's question once.
   *
   * @param lang the alert language, or empty to detect it from the question
   */
  public SavedQuery compile(String question, Optional<Lang> lang) {
    if (question == null) {
      throw new IllegalArgumentException("question must not be null");
    }
    return new SavedQuery(compiler.compile(question, lang, names));
  }

  /** Indexes a new pledge in memory, ready to be matched against any number of saved queries. */
  public Prepared prepare(Pledge pledge) {
    return new Prepared(pledge);
  }

  /** The saved queries, among {@code queries}, that {@code pledge} answers, in their order. */
  public List<SavedQuery> matching(Pledge pledge, Collection<SavedQuery> queries) {
    Prepared p = prepare(pledge);
    return queries.stream().filter(p::matches).toList();
  }

  /** One new pledge, indexed in memory. */
  public final class Prepared {

    private final Pledge pledge;
    private final IndexSearcher searcher;
    private final NameIndex names;
    /** Whether {@link #names} are the index's, shared by every pledge of a sync (else this pledge's own). */
    private final boolean sharedNames;
    private final Set<String> pledgeThemes;
    /** The stems of the pledge's text in each language, by {@link Lang#ordinal()}. */
    private final List<Set<String>> stems;
    private final Set<String> nameWords;
    private final Vocabulary plain;
    private final Map<String, Boolean> typos = new ConcurrentHashMap<>();

    private Prepared(Pledge pledge) {
      this.pledge = pledge;
      MemoryIndex index = MemoryIndex.fromDocument(
          Fields.document(pledge, "", codec.encode(pledge)), Fields.analyzer(analysis));
      this.searcher = index.createSearcher();
      searcher.setSimilarity(Fields.similarity());
      IndexReader reader = searcher.getIndexReader();
      Optional<NameIndex> held = indexNames.apply(pledge);
      this.sharedNames = held.isPresent();
      this.names = held.orElseGet(() -> new NameIndex(analysis, NameKey.of(analysis, pledge)));
      this.pledgeThemes = Set.copyOf(pledge.themes());
      List<Set<String>> byLang = new ArrayList<>();
      for (Lang lang : Lang.values()) {
        byLang.add(terms(reader, Fields.text(lang)));
      }
      this.stems = List.copyOf(byLang);
      this.nameWords = terms(reader, Fields.NAMES);
      this.plain = new Vocabulary(terms(reader, Fields.PLAIN));
    }

    public Pledge pledge() {
      return pledge;
    }

    /** Whether the pledge has one of {@code themes}. */
    private boolean hasAny(Collection<String> themes) {
      for (String theme : themes) {
        if (pledgeThemes.contains(theme)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the saved question would list this pledge: names it, its theme, or its words. */
    public boolean matches(SavedQuery query) {
      Question q = query.compiled();
      if (q.isEmpty()) {
        return false;
      }
      if (q.offTopic()) {
        return named(query)
            || !q.content().isEmpty() && q.content().stream().allMatch(w -> nameWords.contains(w.surface()));
      }
      return hasAny(q.themes().keySet())
          // an act's theme, where the query gives it a clause
          || hasAny(query.actClauses())
          || coversContent(q) || named(query);
    }

    /** Whether the question names this pledger, judged against all the names it is read with. */
    private boolean named(SavedQuery query) {
      return reading(query).containsKey(pledge.id());
    }

    /**
     * The pledgers the question names: against the index's names, read once per index for all the
     * pledges a sync brought in; against this pledge's own, read for it alone.
     */
    private Map<String, Boolean> reading(SavedQuery query) {
      return sharedNames ? names.match(query) : names.match(query.compiled());
    }

    private boolean coversContent(Question q) {
      if (q.coverage().isEmpty()) {
        return false;
      }
      int matched = 0;
      int left = q.coverage().size();
      for (Word w : q.coverage()) {
        if (matched + left < q.minContent()) {
          return false;
        }
        left--;
        if (has(w)) {
          matched++;
          if (matched >= q.minContent()) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean has(Word w) {
      return inText(w)
          || nameWords.contains(w.surface())
          || typos.computeIfAbsent(w.surface(), s -> !plain.near(s).isEmpty());
    }

    private boolean inText(Word w) {
      for (Lang lang : Lang.values()) {
        String stem = w.stem(lang);
        if (stem != null && stems.get(lang.ordinal()).contains(stem)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The score of this pledge for the question, by the search query run on the MemoryIndex; 0
     * when it does not match. Scores of a one-document index are comparable between questions for
     * the same pledge only.
     */
    public float score(SavedQuery query) {
      Question q = query.compiled();
      Boolean exact = reading(query).get(pledge.id());
      return QueryBuilder.build(q, exact == null ? Map.of() : Map.of(pledge.id(), exact), plain, FieldTerms.ANY)
          .map(this::search)
          .orElse(0f);
    }

    private float search(org.apache.lucene.search.Query query) {
      try {
        var top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? 0f : top.scoreDocs[0].score;
      } catch (IOException e) {
        throw new UncheckedIOException("searching a memory index cannot fail", e);
      }
    }
  }

  private static Set<String> terms(IndexReader reader, String field) {
    try {
      return Set.copyOf(FieldTerms.read(reader, field));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a memory index cannot fail", e);
    }
  }
}
