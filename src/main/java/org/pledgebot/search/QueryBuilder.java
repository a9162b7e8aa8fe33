package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pledgebot.corpus.Lang;

/**
 * Builds the Lucene query of a {@link Question} programmatically, from analysed words only (user
 * text never reaches a query parser).
 *
 * <p>The relevance rule, the same for search and for alert matching, is the query's match: a
 * pledge is relevant when it is named in the question, or carries a theme the question names, or
 * matches at least {@link Question#minContent} of its coverage words ({@link Question#coverage}: the
 * content words but those of public life in general, which only rank), and nothing matches an
 * off-topic question but the pledgers it names. The score then ranks: a name
 * ({@value #NAME}) above a theme ({@value #THEME} per word of the phrase that named the theme, up to three; half that for a
 * lone word many themes use, see {@link ThemeDetector#detect}) above content (BM25, a few points a word),
 * so that asking for a pledger puts it first and a theme's pledgers come before pledges that only
 * share words with the question; between the named themes the detector's weights decide
 * ({@link #themeBoosts}). A theme's weight is the sum of its evidence, which grows with a
 * long question that tells its situation first, while a name is named once: a name's clause
 * therefore also carries what every named theme together gives, so that a pledger named stays
 * above the pledgers that only carry the themes. A name read through a typo, or a people's
 * adjective that {@link NameIndex#match} reads weakly ({@value #NAME_TYPO}: mistyped, or made from a
 * listed adjective), does not: such a reading of a theme question's words (a continent read as a
 * country's adjective) must not lead its theme. An adjective made from the name as written
 * ("colombiano") is an exact reading and does.
 */
final class QueryBuilder {

  /** Every language, in declaration order: {@code Lang.values()} copies its array at every call. */
  private static final Lang[] LANGS = Lang.values();

  static final float NAME = 100f;
  static final float NAME_TYPO = 40f;
  static final float THEME = 30f;
  /** A step beyond any text score, between themes the detector weighs differently. */
  static final float ORDER = 100f;
  static final float NAMES_FIELD = 1.5f;
  /** The words of a named theme's label in a pledge's text rank it within the theme, a little. */
  static final float LABEL = 0.3f;
  /** Typo corrections count, but less than the word as typed. */
  static final float TYPO = 0.3f;
  static final int MAX_EXPANSIONS = 16;

  private QueryBuilder() {}

  /**
   * The query, or empty when the question cannot match anything.
   *
   * <p>One boolean query expresses both the rule and the ranking: every word is a SHOULD clause
   * and at least {@link Question#minContent} of them must match, while each name or theme clause is
   * repeated that many times (its boost divided accordingly), so that one name or theme alone also
   * reaches the minimum. Keeping the words in a single clause list halves the term lookups of a
   * separate filter.
   *
   * @param names the pledgers named in the question (true: exact, false: typo)
   * @param vocabulary the indexed words, to correct typos towards
   * @param indexed the terms the index holds: clauses for other terms are left out (they could
   *     not match, and looking them up is most of a search on a small index)
   */
  static Optional<Query> build(Question q, Map<String, Boolean> names, Vocabulary vocabulary, FieldTerms indexed) {
    if (q.offTopic()) {
      return named(q, names, indexed);
    }
    List<Query> words = words(q, q.coverage(), vocabulary, indexed);
    Map<String, Float> acts = actBoosts(q.themes(), q.actThemes());
    if (words.isEmpty() && names.isEmpty() && q.themes().isEmpty() && acts.isEmpty()) {
      return Optional.empty();
    }
    int min = Math.max(1, words.isEmpty() ? 1 : q.minContent());
    BooleanQuery.Builder core = new BooleanQuery.Builder().setMinimumNumberShouldMatch(min);
    Map<String, Float> boosts = themeBoosts(q.themes());
    float themes = 0;
    for (float boost : boosts.values()) {
      themes += boost;
    }
    float lift = lift(q.themes(), q.trailing(), boosts);
    for (Map.Entry<String, Boolean> name : names.entrySet()) {
      Query byId = new TermQuery(Fields.id(name.getKey()));
      repeat(core, byId, (name.getValue() ? NAME + themes : NAME_TYPO + lift) / min, min);
    }
    for (Map.Entry<String, Float> theme : boosts.entrySet()) {
      Query byTheme = new TermQuery(new Term(Fields.THEMES, theme.getKey()));
      repeat(core, byTheme, theme.getValue() / min, min);
    }
    for (Map.Entry<String, Float> act : acts.entrySet()) {
      repeat(core, new TermQuery(new Term(Fields.THEMES, act.getKey())), act.getValue() / min, min);
    }
    words.forEach(w -> should(core, w));
    List<Query> rank = words(q, q.ranking(), vocabulary, indexed);
    indexed.labels(q.themeTerms(), stems -> themeTerms(stems, indexed)).ifPresent(rank::add);
    if (rank.isEmpty()) {
      return Optional.of(lone(core.build()));
    }
    // The words that named a theme and policy words rank the pledges that use them, but admit
    // none ("reform" makes no peer); so do the words of the named themes' labels, so that the
    // pledge most about a theme leads it.
    BooleanQuery.Builder root = new BooleanQuery.Builder().add(lone(core.build()), Occur.MUST);
    rank.forEach(w -> should(root, w));
    return Optional.of(root.build());
  }

  /**
   * Adds a word's clause, unless it is a word no field holds: Lucene's rewrite drops such a clause
   * (a SHOULD clause that matches nothing, the minimum kept), and the query is built as the
   * rewrite would leave it, so that the searcher's rewrite finds nothing to change and walks the
   * query once instead of twice. The word still counts in {@link Question#minContent}'s minimum.
   */
  private static void should(BooleanQuery.Builder query, Query word) {
    if (!(word instanceof MatchNoDocsQuery)) {
      query.add(word, Occur.SHOULD);
    }
  }

  /**
   * The query, or its one clause where that clause alone is what it asks (a lone SHOULD clause, at
   * most one to match; a lone MUST clause, none): Lucene's rewrite takes that clause for the query,
   * and built so already the query needs no second rewrite walk.
   */
  private static Query lone(BooleanQuery query) {
    List<BooleanClause> clauses = query.clauses();
    if (clauses.size() != 1) {
      return query;
    }
    int min = query.getMinimumNumberShouldMatch();
    boolean alone = switch (clauses.get(0).getOccur()) {
      case SHOULD -> min <= 1;
      case MUST -> min == 0;
      case FILTER, MUST_NOT -> false;
    };
    return alone ? clauses.get(0).getQuery() : query;
  }

  /**
   * The query of an off-topic question: the pledgers it names, and those whose names hold every
   * one of its content words ("la Banque interaméricaine"); empty when there are none.
   */
  private static Optional<Query> named(Question q, Map<String, Boolean> names, FieldTerms indexed) {
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    names.forEach((id, exact) -> named.add(new BoostQuery(new TermQuery(Fields.id(id)), exact ? NAME : NAME_TYPO),
        Occur.SHOULD));
    boolean inNames = !q.content().isEmpty()
        && q.content().stream().allMatch(w -> indexed.has(Fields.NAMES, w.surface()));
    if (inNames) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      q.content().forEach(w -> all.add(new TermQuery(new Term(Fields.NAMES, w.surface())), Occur.MUST));
      named.add(new BoostQuery(lone(all.build()), NAME_TYPO), Occur.SHOULD);
    }
    return names.isEmpty() && !inNames ? Optional.empty() : Optional.of(lone(named.build()));
  }

  /**
   * Each named theme's clause boost: {@value #THEME} per unit of its weight, plus {@value #ORDER}
   * for every lesser weight among the named themes, so that the detector orders the themes (the
   * pledgers of the best-weighted theme first) and a pledge's text orders the pledgers within a theme
   * and between themes of equal weight. Without the step the text would decide between themes too,
   * and it counts the words that named a theme a second time: a theme with one pledger whose text
   * repeats them would lead a theme the question weighs more. The least theme's boost is unchanged,
   * so a question naming one theme ranks as before.
   */
  static Map<String, Float> themeBoosts(Map<String, Float> weights) {
    Map<String, Float> boosts = new LinkedHashMap<>();
    float[] sorted = new float[weights.size()];
    int n = 0;
    for (float w : weights.values()) {
      sorted[n++] = w;
    }
    Arrays.sort(sorted);
    for (Map.Entry<String, Float> theme : weights.entrySet()) {
      // the distinct weights below this theme's: a prefix of the sorted weights
      float weight = theme.getValue();
      long below = 0;
      for (int i = 0; i < n && sorted[i] < weight; i++) {
        if (i == 0 || Float.compare(sorted[i], sorted[i - 1]) != 0) {
          below++;
        }
      }
      boosts.put(theme.getKey(), THEME * weight + ORDER * below);
    }
    return boosts;
  }

  /**
   * What the {@code trailing} themes ({@link Question#trailing}: an everyday piece joining below
   * every theme the words gave) add to each of those themes' boosts: the step a lesser weight gives
   * ({@link #themeBoosts}), which keeps the piece's pledgers below theirs. A pledger named by a weak
   * reading ({@value #NAME_TYPO}) that stood above those themes without the piece is lifted by as
   * much, so that the piece lifts no theme past it; 0 where no piece joined below another theme.
   */
  static float lift(Map<String, Float> weights, Set<String> trailing, Map<String, Float> boosts) {
    if (trailing.isEmpty() || trailing.containsAll(weights.keySet())) {
      return 0;
    }
    Map<String, Float> rest = new LinkedHashMap<>(weights);
    rest.keySet().removeAll(trailing);
    float lift = Float.MAX_VALUE;
    for (Map.Entry<String, Float> theme : themeBoosts(rest).entrySet()) {
      lift = Math.min(lift, boosts.get(theme.getKey()) - theme.getValue());
    }
    return lift;
  }

  /**
   * A theme named by at least one word of its own synonyms weighs this much
   * ({@link ThemeDetector}: vocabulary, generic words, cues and everyday evidence weigh less).
   */
  static final float NAMED = 1f;

  /** An act's theme weighs this share of the least evidence of the question's themes. */
  static final float ACT_SHARE = 0.5f;

  /**
   * The clause boost of each theme only an act of the field says ({@link Question#actThemes}), or
   * none: only where no theme of the question is named ({@link #NAMED}), its themes at most related
   * to by vocabulary or a sector's word, does the act say what the answer lacks, and only there does
   * its theme join, below every theme the question's words gave ({@link #ACT_SHARE} of the least
   * weight, at most of a cue's), adding no step to the named themes' order. Where a theme is named,
   * the asker said what they ask about: the act's pledgers would only lengthen the answer (each a hit
   * and a snippet to build) below the theme asked.
   */
  static Map<String, Float> actBoosts(Map<String, Float> themes, Set<String> acts) {
    if (acts.isEmpty()) {
      return Map.of();
    }
    float least = ThemeDetector.CUE;
    for (float w : themes.values()) {
      if (w >= NAMED) {
        return Map.of();
      }
      least = Math.min(least, w);
    }
    Map<String, Float> boosts = new LinkedHashMap<>();
    for (String act : acts) {
      boosts.put(act, THEME * least * ACT_SHARE);
    }
    return boosts;
  }

  private static void repeat(BooleanQuery.Builder root, Query clause, float boost, int times) {
    Query boosted = new BoostQuery(clause, boost);
    for (int i = 0; i < times; i++) {
      root.add(boosted, Occur.SHOULD);
    }
  }

  private static List<Query> words(Question q, List<Word> of, Vocabulary vocabulary, FieldTerms indexed) {
    List<Query> out = new ArrayList<>();
    for (Word w : of) {
      out.add(indexed.word(w, vocabulary));
    }
    return out;
  }

  /** The stems of the named themes' labels in each language's text, or empty. */
  private static Optional<Query> themeTerms(Map<Lang, Set<String>> stems, FieldTerms indexed) {
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    int n = 0;
    for (Map.Entry<Lang, Set<String>> e : stems.entrySet()) {
      for (String stem : new TreeSet<>(e.getValue())) {
        if (indexed.has(Fields.text(e.getKey()), stem)) {
          terms.add(new TermQuery(new Term(Fields.text(e.getKey()), stem)), Occur.SHOULD);
          n++;
        }
      }
    }
    // a group of several terms is kept per stem set (FieldTerms.labels): a LabelGroup, which the
    // rewrite walks until found settled; one term Lucene's rewrite makes that term, as before
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(n == 1 ? new BoostQuery(terms.build(), LABEL) : new LabelGroup(terms.build(), LABEL));
  }

  /** One content word: its stem in either language's text, its surface in names, or a typo fix. */
  static Query word(Word w, Vocabulary vocabulary, FieldTerms indexed) {
    List<Query> forms = new ArrayList<>();
    for (Lang lang : LANGS) {
      if (w.stem(lang) != null && indexed.has(Fields.text(lang), w.stem(lang))) {
        forms.add(new TermQuery(new Term(Fields.text(lang), w.stem(lang))));
      }
    }
    if (indexed.has(Fields.NAMES, w.surface())) {
      forms.add(new BoostQuery(new TermQuery(new Term(Fields.NAMES, w.surface())), NAMES_FIELD));
    }
    List<String> near = vocabulary.near(w.surface());
    for (String fix : near.subList(0, Math.min(near.size(), MAX_EXPANSIONS))) {
      forms.add(new BoostQuery(new TermQuery(new Term(Fields.PLAIN, fix)), TYPO));
    }
    // A word no field holds still counts as a clause that never matches, as its term queries did
    // (left out of the boolean query by should(), as Lucene's rewrite leaves it out). A word of one
    // form is that form: Lucene rewrites a disjunction of one into its disjunct, and a query built
    // so needs no second rewrite walk.
    if (forms.isEmpty()) {
      return new MatchNoDocsQuery("no field holds " + w.surface());
    }
    return forms.size() == 1 ? forms.get(0) : new DisjunctionMaxQuery(forms, 0f);
  }
}
