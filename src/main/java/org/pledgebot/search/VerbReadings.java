package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * The question's words that stand, by their place, as a verb where the field writes a noun alike:
 * English writes the third person of many verbs as the plural of the field's nouns ("plans", "posts",
 * "budgets": "the region plans its roads", "the council plans to sell the library"). A word is
 * read as a verb in the third person where it ends as one ({@link #thirdPersonEnding}), right after an
 * actor a determiner opens (a public body, a division, a holder of office, a firm: "the ministry",
 * "our council", "the mayor") and right before "to", a determiner or an object ("plans to close",
 * "plans its housing", "posts nothing"): a plural noun there would be a compound's head after the
 * actor's name and need no object after it. Not after an adjective or an unlisted noun ("the new plans
 * to", "the team plans to": no actor), which may open a noun's compound.
 *
 * <p>The field's own verbs (publish, disclose, request, spend, pay, budget, take, hire, vote) are left
 * out: their verb is the act the field names. A theme's one-word entry found on a word read as a verb
 * is a step weaker ({@link ThemeDetector}): strong evidence is everyday evidence there, which the rest
 * of the question must support, and everyday evidence is none (a plan one makes is no action plan).
 */
final class VerbReadings {

  /**
   * Each language's lists: the determiners and what may follow a verb ({@link Lexicon.Grammar#determiners},
   * {@link Lexicon.Grammar#objects}), the actors and the field's own verbs ({@link
   * Lexicon.PublicLife#actors}, {@link Lexicon.PublicLife#fieldVerbs}).
   */
  private final Map<Lang, Lexicon> lexicon;

  VerbReadings(Map<Lang, Lexicon> lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The positions of the question's tokens read as verbs.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> positions(List<String> surface, boolean[] clause, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<Integer> out = null;
    for (int i = 1; i < surface.size(); i++) {
      if (!clause[i] && !lex.publicLife().fieldVerbs().contains(surface.get(i)) && thirdPerson(surface, clause, i, lex, lang)) {
        if (out == null) {
          out = new TreeSet<>();
        }
        out.add(i);
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Whether the token at {@code i} is a verb of the third person: a word that ends as one between an
   * actor a determiner opens and "to", a determiner or an object.
   */
  private static boolean thirdPerson(List<String> surface, boolean[] clause, int i, Lexicon lex, Lang lang) {
    if (!thirdPersonEnding(surface.get(i), lang) || i < 2 || i + 1 >= surface.size() || clause[i - 1]
        || clause[i + 1]) {
      return false;
    }
    return lex.publicLife().actors().contains(surface.get(i - 1))
        && lex.grammar().determiners().contains(surface.get(i - 2)) && lex.grammar().objects().contains(surface.get(i + 1));
  }

  /**
   * Whether {@code surface} ends as a verb of the third person written alike as a plural noun: English
   * "-s" (not "-ss", "-us", "-is": "access", "status", "analysis"). French and Spanish give the verb
   * endings of its own ("planifie", "planifient", "planea", "planean") that no plural noun of the
   * field has, so they read none.
   */
  private static boolean thirdPersonEnding(String surface, Lang lang) {
    return switch (lang) {
      case EN -> surface.endsWith("s") && !surface.endsWith("ss") && !surface.endsWith("us") && !surface.endsWith("is");
      case FR, ES -> false;
    };
  }
}
