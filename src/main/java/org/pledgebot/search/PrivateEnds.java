package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * Money or a post told as serving a holder's own private life, read by grammar: where a question
 * says what the money or gift handed over ({@link PolicyWords#payments}, {@link PolicyWords#gifts}) or the relative hired ({@link
 * PolicyWords#kin}) is for, or where the money comes from, and that end or source is private life
 * ({@link PolicyWords#ownLife}). Two readings, each within one clause (no punctuation between the
 * words read):
 *
 * <ul>
 *   <li>the end: the first preposition of {@link PolicyWords#ends} after the word ("for", "to";
 *       "pour"; "para"), whose first two content words name private life ("for the holidays", "pour
 *       acheter une maison", "para pagar el alquiler") or the holder's own kin, a relative after a
 *       possessive of the third person, first after it for money ("for his nephew's school
 *       fees"), among the two for a hired relative ("pour faire ses courses"); an act of office
 *       ("to release the goods", "pour oublier le contrôle", "para no sancionar", "para liberar a su
 *       hermano") is none, nor the asker's own kin ("to let my cousin go");</li>
 *   <li>the source: a preposition of {@link PolicyWords#sources} right after the money, a participle
 *       or adverb between at most ("from his uncle", "de l'argent de son portefeuille", "dinero
 *       prestado a su hermano"), whose first two content words name private life or the holder's own kin
 *       ("from her wallet", "du distributeur", "de su sueldo", "de su tío"; not "from the
 *       plaintiff's lawyer").</li>
 * </ul>
 *
 * Money whose source is named and is not private life (a builder, a driver, "the plaintiff's
 * family") is handed over by someone outside the holder's life: its end does not make it the
 * holder's own ("from the builder for his son"). The end counts only where no source is named.
 *
 * {@link ThemeDetector} does not read such money as a bribe, nor such a hired relative as office
 * used for kin: the holder deals in nothing of the office ("the judge took money from her wallet
 * for her nephew's birthday", "le préfet a embauché son neveu pour faire ses courses"), as against money
 * for an act of office ("from a builder to approve the mall", "pour laisser passer le camion").
 */
final class PrivateEnds {

  /** How many content words after a preposition name the end or the source. */
  static final int REACH = 2;

  private final Analysis analysis;
  // each language's lists, as the readings below ask them
  private final Map<Lang, Lexicon> lexicon;

  PrivateEnds(Analysis analysis, Map<Lang, Lexicon> lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
  }

  /**
   * The positions of the question's tokens, words of {@link PolicyWords#payments}, {@link PolicyWords#gifts} or {@link
   * PolicyWords#kin}, whose end or source is private life.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> positions(List<String> surface, boolean[] clause, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<Integer> out = null;
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (lex.money().payments().contains(s)) {
        // money from a giver outside one's own life (a builder, a driver) is handed over whatever its end
        Boolean own = source(surface, clause, i, lang);
        if (own == null ? end(surface, clause, i, lang, 1) : own) {
          out = out == null ? new TreeSet<>() : out;
          out.add(i);
        }
      } else if (lex.ownLife().kin().contains(s) && end(surface, clause, i, lang, REACH)) {
        out = out == null ? new TreeSet<>() : out;
        out.add(i);
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Whether the first preposition of end after {@code i}, in its clause, names private life; the
   * holder's kin counts among the first {@code kinReach} content words: money for the holder's
   * kin names them first ("for his nephew's fees"), money for an act done to someone's kin names
   * the act first ("para liberar a su hermano"); a relative hired to serve the holder's kin names
   * the service first ("pour faire ses courses").
   */
  private boolean end(List<String> surface, boolean[] clause, int i, Lang lang, int kinReach) {
    for (int p = i + 1; p < surface.size() && !clause[p]; p++) {
      if (lexicon.get(lang).grammar().ends().contains(surface.get(p))) {
        return names(surface, clause, p, lang, kinReach);
      }
    }
    return false;
  }

  /**
   * Whether the source a preposition right after the money at {@code i} names (one word between at
   * most) is private life; null where no source is named.
   */
  private Boolean source(List<String> surface, boolean[] clause, int i, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    for (int p = i + 1; p < surface.size() && p <= i + 2 && !clause[p]; p++) {
      String s = surface.get(p);
      if (lex.grammar().sources().contains(s)) {
        return names(surface, clause, p, lang, REACH);
      }
      if (lex.grammar().ends().contains(s)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the first {@link #REACH} content words after the preposition at {@code p}, in its clause
   * and before a further preposition of end, name private life ({@link PolicyWords#ownLife}) or the
   * holder's own kin: a relative ({@link PolicyWords#kin}, {@link PolicyWords#elders}) after a
   * possessive of the third person ("his nephew's", "son oncle", "sus hijos"; not "my
   * brother" nor "the plaintiff's lawyer") among the first {@code kinReach} content words.
   */
  private boolean names(List<String> surface, boolean[] clause, int p, Lang lang, int kinReach) {
    Lexicon lex = lexicon.get(lang);
    int seen = 0;
    boolean owned = false;
    for (int a = p + 1; a < surface.size() && seen < REACH && !clause[a]; a++) {
      String s = surface.get(a);
      if (lex.grammar().ends().contains(s)) {
        return false;
      }
      if (lex.ownLife().ownLife().contains(s) || owned && seen < kinReach && lex.ownLife().relatives().contains(s)) {
        return true;
      }
      owned |= lex.grammar().theirs().contains(s);
      // a possessive is no content word, whether a stop word of the language or not ("his", "su")
      if (!analysis.isStop(s) && !lex.grammar().possessives().contains(s)) {
        seen++;
      }
    }
    return false;
  }
}
