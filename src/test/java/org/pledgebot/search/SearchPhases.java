package org.pledgebot.search;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.pledgebot.corpus.Lang;

/**
 * One search cut into its phases, each timed on its own, for the benchmarks ({@code
 * org.pledgebot.bench.QuestionTail}): the same steps {@link PledgeSearch#searchAfresh} takes, in its
 * order, read through the search's own compiler and catalog (private fields, read by reflection, so
 * that production code carries no timing hooks). The language detection is timed once more apart, as
 * the part of the analysis it is.
 */
public final class SearchPhases {

  /** The phases, in the order {@link #time} fills them. */
  public static final List<String> PHASES =
      List.of("analysis", "  of which language", "name lookup", "query", "lucene", "snippets");

  private final PledgeSearch search;
  private final Field catalog;
  private final QuestionCompiler compiler;
  private final LanguageDetector languages;
  private final Analysis analysis;
  private final Method hits;

  public SearchPhases(PledgeSearch search) throws ReflectiveOperationException {
    this.search = search;
    this.catalog = PledgeSearch.class.getDeclaredField("catalog");
    catalog.setAccessible(true);
    Field c = PledgeSearch.class.getDeclaredField("compiler");
    c.setAccessible(true);
    this.compiler = (QuestionCompiler) c.get(search);
    Field l = QuestionCompiler.class.getDeclaredField("languages");
    l.setAccessible(true);
    this.languages = (LanguageDetector) l.get(compiler);
    Field a = PledgeSearch.class.getDeclaredField("analysis");
    a.setAccessible(true);
    this.analysis = (Analysis) a.get(search);
    this.hits = PledgeSearch.class.getDeclaredMethod("hits", Catalog.class, Question.class, Query.class, int.class);
    hits.setAccessible(true);
  }

  /**
   * Searches {@code text} as {@code searchAfresh} does (limit 10, language detected), reading every
   * hit's snippet, and adds each phase's nanoseconds to {@code nanos} (indexed as {@link #PHASES}).
   *
   * @return the number of hits
   */
  @SuppressWarnings("unchecked")
  public int time(String text, long[] nanos) {
    Catalog c;
    try {
      c = (Catalog) catalog.get(search);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    String clipped = QuestionCompiler.clip(text);
    if (clipped.isEmpty()) {
      return 0;
    }
    long t0 = System.nanoTime();
    languages.detect(clipped, analysis.surface(clipped), c.names()::nameVotes, Optional.<Lang>empty());
    long t1 = System.nanoTime();
    NameIndex.Reader reader = c.names().reader();
    Question q = compiler.compile(clipped, Optional.empty(), Optional.empty(), reader);
    long t2 = System.nanoTime();
    Map<String, Boolean> names = reader.match(q);
    long t3 = System.nanoTime();
    Optional<Query> query = QueryBuilder.build(q, names, c.vocabulary(), c.terms());
    long t4 = System.nanoTime();
    List<Hit> found;
    try {
      found = query.isEmpty() ? List.of() : (List<Hit>) hits.invoke(search, c, q, query.get(), 10);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
    long t5 = System.nanoTime();
    for (Hit h : found) {
      h.snippet();
    }
    long t6 = System.nanoTime();
    nanos[0] += t2 - t1;
    nanos[1] += t1 - t0;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    nanos[4] += t5 - t4;
    nanos[5] += t6 - t5;
    return found.size();
  }
}
