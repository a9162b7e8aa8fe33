package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * The question's plans that stand as a plan told by itself, read by grammar: a noun of {@link
 * PolicyWords#plans} that no other thing owns. A content word right before it makes it that thing's
 * plan, or, in English, a verb after its subject ("a business plan", "the treatment plan", "the
 * province plans a dam", "un gros plan"); so does, in French and Spanish, a content word right after
 * it ("plan social", "plan de table" past its preposition), and in any language a content word after
 * a preposition of belonging or of an end right after it, past function words ("a plan for my diet",
 * "el plan de ordenamiento", "un plan para mudarnos"), unless that word is one of {@link
 * PolicyWords#planQualifiers}: the nation's, the government's or the partnership's plan, the next or
 * the two-year one, its draft ("the national plan", "el plan de gobierno", "the draft plan", "le
 * prochain plan"). {@link ThemeDetector} reads such a plan as the frame's process where the question
 * tells its making beside it; a plan that is another thing's is never so read.
 */
final class PlanReadings {

  /** How many function words may stand between the preposition after the plan and its owner ("for my", "de la"). */
  static final int REACH = 2;

  // each language's lists, as the reading below asks them
  private final Map<Lang, Lexicon> lexicon;
  private final Analysis analysis;

  PlanReadings(Analysis analysis, Map<Lang, Lexicon> lexicon) {
    this.lexicon = lexicon;
    this.analysis = analysis;
  }

  /**
   * The positions of the question's tokens that are plans told by themselves.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> positions(List<String> surface, boolean[] clause, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<String> plans = lex.publicLife().plans();
    Set<Integer> out = null;
    for (int i = 0; i < surface.size(); i++) {
      if (plans.contains(surface.get(i)) && !ownedBefore(surface, clause, i, lex) && !ownedAfter(surface, clause, i, lex)) {
        if (out == null) {
          out = new TreeSet<>();
        }
        out.add(i);
      }
    }
    return out == null ? Set.of() : out;
  }

  /** Whether a content word that is no qualifier of the plan stands right before it, in its clause. */
  private boolean ownedBefore(List<String> surface, boolean[] clause, int i, Lexicon lex) {
    if (i == 0 || clause[i]) {
      return false;
    }
    String before = surface.get(i - 1);
    return !analysis.isFunctionWord(before) && !lex.publicLife().planQualifiers().contains(before);
  }

  /**
   * Whether a word right after the plan makes it another thing's: in a language that puts its
   * adjectives after the noun ({@link Lexicon.Grammar#ownerBefore} false), any content word that is no
   * qualifier of the plan ("plan social", "plan local d'urbanisme", "plan comptable"; a verb there is
   * read alike, the plan's own words, "n'a", "es", "eran", being function words); in any language, a
   * preposition of belonging or of an end whose first content word after it, past at most {@value
   * #REACH} function words, is no qualifier of the plan.
   */
  private boolean ownedAfter(List<String> surface, boolean[] clause, int i, Lexicon lex) {
    int at = i + 1;
    if (at >= surface.size() || clause[at]) {
      return false;
    }
    Lexicon.Grammar grammar = lex.grammar();
    Set<String> qualifiers = lex.publicLife().planQualifiers();
    if (!grammar.ownerBefore() && !analysis.isFunctionWord(surface.get(at))) {
      return !qualifiers.contains(surface.get(at));
    }
    String next = surface.get(at);
    if (!grammar.belonging().contains(next) && !grammar.kinds().contains(next) && !grammar.ends().contains(next)) {
      return false;
    }
    for (int k = at + 1; k < surface.size() && k <= at + 1 + REACH && !clause[k]; k++) {
      String s = surface.get(k);
      if (!analysis.isFunctionWord(s)) {
        return !qualifiers.contains(s);
      }
    }
    return false;
  }
}
