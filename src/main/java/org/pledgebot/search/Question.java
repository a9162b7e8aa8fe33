package org.pledgebot.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * A question analysed once, independently of any index: what search and alert matching both
 * evaluate.
 *
 * @param text the question as searched (trimmed, possibly truncated)
 * @param lang the answer language
 * @param surface the folded surface tokens, stopwords included (for names)
 * @param upper per surface token, whether it was typed in capitals (where its word begins: "OCDE"
 *     of "l'OCDE")
 * @param capital per surface token, whether it was typed with a capital first letter where its
 *     word begins ("Espagne" of "l'Espagne"): a name, or the first word of a sentence
 * @param privatelyOwned per surface token, whether a private owner follows it after a preposition
 *     of belonging ({@link QuestionCompiler}'s one reader of it: "de mon grand-père", "de mis
 *     abuelos", "del domingo"), so that it is an everyday thing of someone's, no office of the state
 * @param sentence per surface token, the number of the sentence it stands in, from 0 ({@link
 *     QuestionCompiler}: a sentence ends at a question or exclamation mark, a line break, or a full
 *     stop after a word in small letters or a number, not after an abbreviation's capital, "U.S.")
 * @param clause per surface token, whether punctuation other than a hyphen or an apostrophe stands
 *     between it and the token before ({@link QuestionCompiler}): a comma, a colon or a dash sets
 *     a clause apart inside its sentence ("X, what have they pledged?")
 * @param marked per surface token, whether its sentence is marked as a question ("?" after it,
 *     "¿" before it)
 * @param shingles the runs of words compared with pledger names for typos
 * @param content the distinct words that are neither stopwords nor filler, at most 32
 * @param coverage the content words a pledge must share with the question to be listed for its
 *     words alone, outside the themes and names it asks for: neither the words that named a theme
 *     (the theme answers them) nor the words of public life in general ({@link PolicyWords}:
 *     "reform" makes no peer); empty when fewer than {@link #MIN_PEER_WORDS}
 * @param ranking the other content words, which rank the pledges listed but list none
 * @param themeTerms per language, the stems of the labels of the themes named, which rank a
 *     theme's pledges by how much their own text is about it
 * @param themes the thesaurus themes the question names, with the weight of the naming phrase
 * @param trailing those of {@code themes} that join below every other as one everyday piece no word
 *     names ({@link QuestionCompiler#unanswered}: an answer denied), adding no step to the others'
 *     order ({@link QueryBuilder#themeBoosts}), so that they lift no theme above a pledger named
 * @param actThemes the themes no word names that an act of the field asked of a public body says
 *     ({@link QuestionCompiler#actThemes}); empty for a question off topic. They only fill an answer
 *     its named themes leave short ({@link QueryBuilder#build})
 * @param themeWords the surfaces of the question words that named them (typos included; not the
 *     words found only inside vocabulary phrases, which relate to a theme without naming it)
 * @param minContent how many coverage words a pledge must match when no theme or name vouches
 * @param offTopic whether the question carries too little meaning about public life to be
 *     answered ({@link QuestionCompiler}): only a pledger it names matches it
 * @param broad whether its words are all function words and question filler, at least one of
 *     them filler: it asks for what every pledge is about ({@link SearchResponse#broad})
 */
record Question(
    String text, Lang lang, List<String> surface, boolean[] upper, boolean[] capital, boolean[] privatelyOwned,
    int[] sentence, boolean[] clause, boolean[] marked, List<NameIndex.Shingle> shingles,
    List<Word> content, List<Word> coverage, List<Word> ranking, Map<Lang, Set<String>> themeTerms,
    Map<String, Float> themes, Set<String> trailing, Set<String> actThemes, Set<String> themeWords, int minContent, boolean offTopic, boolean broad) {

  public Question {
    coverage = List.copyOf(coverage);
    ranking = List.copyOf(ranking);
    themeTerms = byLanguage(themeTerms);
    themes = byId(themes);
    trailing = byId(trailing);
    actThemes = byId(actThemes);
    themeWords = byId(themeWords);
  }

  /*
   * The query is built by walking these maps and sets, and its clauses' order is the order their
   * scores are added in: each is kept in one order fixed by its keys (languages in declaration order,
   * themes and words alphabetically), not in Map.copyOf's, which changes from run to run, so the same
   * question gives the same scores, to the last bit, in every run.
   */

  private static <V> Map<Lang, V> byLanguage(Map<Lang, V> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    Map<Lang, V> out = new EnumMap<>(Lang.class);
    out.putAll(map);
    return Collections.unmodifiableMap(out);
  }

  private static <V> Map<String, V> byId(Map<String, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
  }

  private static Set<String> byId(Set<String> set) {
    return set.isEmpty() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(set));
  }

  /** Whether nothing can match: no content word, no theme, and no token that could be a name. */
  boolean isEmpty() {
    return surface.isEmpty();
  }

  /**
   * Whether any pledge could ever match: the question names a theme or keeps a content word. A
   * question of stopwords and filler alone ("the", "pledged") or of punctuation matches nothing
   * now and nothing a new pledge could bring. (Whether it is about something else, {@link
   * #offTopic}, is a judgement of the relevance rule, which may change; it is not asked here.)
   */
  boolean canMatch() {
    return !isEmpty() && (!themes.isEmpty() || !content.isEmpty());
  }

  /** A pledge listed for its words alone shares at least this many with the question. */
  static final int MIN_PEER_WORDS = 2;

  /** The relevance rule's coverage: all of 1 or 2 content words, two thirds beyond. */
  static int minContent(int contentWords) {
    return contentWords <= 2 ? contentWords : (2 * contentWords + 2) / 3;
  }
}
