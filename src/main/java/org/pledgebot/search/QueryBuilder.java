package org.pledgebot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
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
 * matches at least {@link Question#minContent} of its content words. The score then ranks: a name
 * ({@value #NAME}) above a theme ({@value #THEME} per word of the phrase that named the theme, up to three; half that for a
 * lone word many themes use, see {@link ThemeDetector#detect}) above content (BM25, a few points a word),
 * so that asking for a pledger puts it first and a theme's pledgers come before pledges that only
 * share words with the question.
 */
final class QueryBuilder {

  static final float NAME = 100f;
  static final float NAME_TYPO = 40f;
  static final float THEME = 30f;
  static final float NAMES_FIELD = 1.5f;
  /** A theme cue lets a pledge count a word as matched, but ranks it below any real match. */
  static final float CUE = 0.5f;
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
    List<Query> words = words(q, vocabulary, indexed);
    if (words.isEmpty() && names.isEmpty() && q.themes().isEmpty() || q.offTopic()) {
      return Optional.empty();
    }
    int min = Math.max(1, words.isEmpty() ? 1 : q.minContent());
    BooleanQuery.Builder root = new BooleanQuery.Builder().setMinimumNumberShouldMatch(min);
    for (Map.Entry<String, Boolean> name : names.entrySet()) {
      Query byId = new TermQuery(Fields.id(name.getKey()));
      repeat(root, byId, (name.getValue() ? NAME : NAME_TYPO) / min, min);
    }
    for (Map.Entry<String, Float> theme : q.themes().entrySet()) {
      Query byTheme = new TermQuery(new Term(Fields.THEMES, theme.getKey()));
      repeat(root, byTheme, THEME * theme.getValue() / min, min);
    }
    words.forEach(w -> root.add(w, Occur.SHOULD));
    return Optional.of(root.build());
  }

  private static void repeat(BooleanQuery.Builder root, Query clause, float boost, int times) {
    Query boosted = new BoostQuery(clause, boost);
    for (int i = 0; i < times; i++) {
      root.add(boosted, Occur.SHOULD);
    }
  }

  private static List<Query> words(Question q, Vocabulary vocabulary, FieldTerms indexed) {
    List<Query> out = new ArrayList<>();
    for (Word w : q.content()) {
      // A theme the question names already admits its pledgers and ranks them far above the rest,
      // so a word's cue for that theme adds nothing but cost: it would make every word match
      // every pledge of the theme, and Lucene could then skip none of them when ranking.
      Set<String> cues = new TreeSet<>(q.cues(w));
      cues.removeAll(q.themes().keySet());
      out.add(word(w, cues, vocabulary, indexed));
    }
    return out;
  }

  /**
   * One content word: its stem in each language's text, its surface in names, a theme it is a
   * cue of (any of {@code cueThemes}), or a typo fix.
   */
  static Query word(Word w, Set<String> cueThemes, Vocabulary vocabulary, FieldTerms indexed) {
    List<Query> forms = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      if (w.stem(lang) != null && indexed.has(Fields.text(lang), w.stem(lang))) {
        forms.add(new TermQuery(new Term(Fields.text(lang), w.stem(lang))));
      }
    }
    if (indexed.has(Fields.NAMES, w.surface())) {
      forms.add(new BoostQuery(new TermQuery(new Term(Fields.NAMES, w.surface())), NAMES_FIELD));
    }
    for (String theme : cueThemes) {
      if (indexed.has(Fields.THEMES, theme)) {
        forms.add(new BoostQuery(new TermQuery(new Term(Fields.THEMES, theme)), CUE));
      }
    }
    List<String> near = vocabulary.near(w.surface());
    for (String fix : near.subList(0, Math.min(near.size(), MAX_EXPANSIONS))) {
      forms.add(new BoostQuery(new TermQuery(new Term(Fields.PLAIN, fix)), TYPO));
    }
    // A word no field holds still counts as a clause that never matches, as its term queries did.
    return forms.isEmpty() ? new MatchNoDocsQuery("no field holds " + w.surface()) : new DisjunctionMaxQuery(forms, 0f);
  }
}
