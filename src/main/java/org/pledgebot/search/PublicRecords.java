package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * Papers told in everyday words as asked of a public body, read by grammar, the twin of {@link
 * PublicMoney} for what public bodies hold rather than what they spend. A word of {@link
 * PolicyWords#papers} ("letters", "reports", "copies", "dossiers", "papeles") is a public body's
 * records where a verb of {@link PolicyWords#disclosing} (asking for a thing, seeing it, having it
 * handed over) stands before it in the same clause (no punctuation between), at most {@value #REACH}
 * words away ("request the agency's memos", "make the regulator hand over its correspondence", "read
 * the inspector's files", "solicitar los expedientes"), and the question names a public body
 * somewhere: a policy word that is not only a scope ({@link PolicyWords#of} without {@link
 * PolicyWords#scope}: "council", "ministry", "department", "officials"), an office of public power
 * ({@link PolicyWords#offices}) or a seat named whole ({@link PolicyWords#seats}: "town hall").
 * Papers read, kept, sent or received with no public body named ("reading old family letters", "a
 * school report card") are none, and neither are papers with no verb of disclosure before them
 * ("writing a report for the ministry"), nor the asker's own papers ("a copy of my birth
 * certificate": an errand). What a body grants ({@link PolicyWords#granted}: permits, licences) is
 * its records only where a verb of seeing it stands before it ({@link PolicyWords#seeing}) and one of
 * the body's granting after it ({@link PolicyWords#issuing}): "the city won't show me the permits it
 * issued", never the permits one applies for or a food truck needs. Requests ({@link
 * PolicyWords#requests}) a body is to answer ({@link PolicyWords#answering} before them) are asked of
 * what it holds where nothing but papers or the people is named as what or whose they are ("make the
 * ministries answer requests within a month"), never requests for a flat. What a body found by looking
 * into a thing ({@link PolicyWords#inquiries}: a study, a survey, tests) is asked of it as papers are, and
 * what it decided and why ({@link PolicyWords#grounds}: the decision, its text, its reasons) where a verb
 * of seeing stands before it ("will not let residents read the decree or its grounds"). {@link ThemeDetector} reads each position as the question language's
 * entry for public records ({@link PolicyWords#publicRecords}).
 */
final class PublicRecords {

  /** How many words the verb may stand before the papers: an indirect object, articles, modifiers. */
  static final int REACH = 6;

  /**
   * How many words the verb may stand before a preposition of an end that the papers follow: the one
   * asked, with its article and modifiers, and how often ("again and again", "three times").
   */
  static final int STORY_REACH = 8;

  /** How many words after papers told published a denied asking may stand ({@link #unasked}). */
  static final int UNASKED_WITHIN = 10;

  // each language's lists, as the readings below ask them
  private final Map<Lang, Lexicon> lexicon;

  PublicRecords(Map<Lang, Lexicon> lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The positions of the question's tokens where papers are asked of a public body.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> positions(List<String> surface, boolean[] clause, Lang lang) {
    Set<String> paper = lexicon.get(lang).records().papers();
    Set<String> granted = lexicon.get(lang).records().granted();
    Set<String> requests = lexicon.get(lang).records().requests();
    Set<String> grounds = lexicon.get(lang).records().grounds();
    Set<Integer> out = null;
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      // what the body granted (permits, licences) is its records where the question would see them
      boolean kept = paper.contains(s) && (disclosed(surface, clause, i, lang, lexicon.get(lang).records().disclosing(),
              lexicon.get(lang).records().writingFor())
              || disclosed(surface, clause, i, lang, lexicon.get(lang).records().publishing(), Set.of())
              && unasked(surface, clause, i, lang))
          || granted.contains(s) && disclosed(surface, clause, i, lang, lexicon.get(lang).records().seeing(), Set.of())
          && issued(surface, clause, i, lang)
          || requests.contains(s) && disclosed(surface, clause, i, lang, lexicon.get(lang).records().answering(), Set.of())
          && forPapers(surface, clause, i, lang)
          // a decision's text and reasons, told shown or seen
          || grounds.contains(s) && disclosed(surface, clause, i, lang, lexicon.get(lang).records().seeing(), Set.of());
      if (kept && !own(surface, clause, i, lang)) {
        if (out == null) {
          out = new TreeSet<>();
        }
        out.add(i);
      }
    }
    return out == null || !namesBody(surface, clause, lang) ? Set.of() : out;
  }

  /**
   * Whether a verb of disclosure stands before the papers at {@code i} within reach, in the same
   * clause, with no preposition of a topic between ("a show about police files": the papers are what
   * the show is about, not what is asked for). A preposition of an end met on the way ("for", "pour",
   * "para") opens the reach once more from itself: the one asked and how often stand between the verb
   * and what it asks for ("asked the county over and over for the inspection results"); past it, a
   * verb of {@code byEnd} asks as well ("wrote to the board twice for its survey").
   */
  private boolean disclosed(List<String> surface, boolean[] clause, int i, Lang lang, Set<String> verbs,
      Set<String> byEnd) {
    Lexicon lex = lexicon.get(lang);
    int reach = i - REACH;
    boolean reopened = false;
    for (int b = i - 1; b >= 0 && b >= reach && !clause[b + 1]; b--) {
      String s = surface.get(b);
      if (lex.grammar().topics().contains(s)) {
        return false;
      }
      if (verbs.contains(s) || reopened && byEnd.contains(s)) {
        return true;
      }
      if (!reopened && lex.grammar().ends().contains(s)) {
        reach = b - STORY_REACH;
        reopened = true;
      }
    }
    return false;
  }

  /**
   * Whether the papers at {@code i}, told published, are told so with no one asking: a word denying
   * an act ({@link PolicyWords#unanswering}: without, "sans", "sin", nobody) or one of the time ahead
   * of it ({@link PolicyWords#deadlines}: before, "avant", "antes") before a verb of asking
   * ({@link PolicyWords#disclosing}), both among the {@value #UNASKED_WITHIN} words after them ("post their reports online without being asked",
   * "sin que nadie los pida"): a body putting out its papers unasked, not a firm's newsletter.
   */
  private boolean unasked(List<String> surface, boolean[] clause, int i, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<String> denials = lex.records().unasked();
    Set<String> asking = lex.records().disclosing();
    int end = Math.min(surface.size(), i + 1 + UNASKED_WITHIN);
    boolean denied = false;
    for (int a = i + 1; a < end; a++) {
      String s = surface.get(a);
      if (denied && asking.contains(s)) {
        return true;
      }
      denied |= denials.contains(s);
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is the noun of requests naming nothing asked but papers. A noun of
   * requests at large: an article, a preposition of a source ("aux demandes") or the verb of answering
   * right before it, not a subject ("quand on demande le prix": the verb), nor whose they are (the
   * residents' own petitions are a service's or a say's matter). Nothing asked: the clause ends, a
   * function word of time or place follows it ("answer requests within a month"), or a preposition
   * of an end or of belonging, elided or not, followed, past articles and possessives, by papers
   * ("requests for the reports"); requests for a park or a flat ("demandes de logement", "notre
   * demande d'être associés") are that thing's.
   */
  private boolean forPapers(List<String> surface, boolean[] clause, int i, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    String before = i > 0 && !clause[i] ? surface.get(i - 1) : "";
    if (!lex.grammar().articles().contains(before) && !lex.grammar().sources().contains(before)
        && !lex.records().answering().contains(before)) {
      return false;
    }
    int a = i + 1;
    if (a >= surface.size() || clause[a]) {
      return true;
    }
    String after = surface.get(a);
    if (!lex.grammar().ends().contains(after) && !belonging(lex.grammar().belonging(), after)) {
      // a time or a place after them ("within a month", "dans un délai"), never a verb of what is asked
      return lex.grammar().closedClass().contains(after) && !lex.grammar().copulas().contains(after);
    }
    for (a++; a < surface.size() && !clause[a]; a++) {
      String s = surface.get(a);
      if (!lex.grammar().articles().contains(s) && !lex.grammar().possessives().contains(s)) {
        return lex.records().papers().contains(s);
      }
    }
    return false;
  }

  /** Whether {@code s} is a preposition of {@code belonging}, or one elided to its first letter ("d'"). */
  private static boolean belonging(Set<String> belonging, String s) {
    if (belonging.contains(s)) {
      return true;
    }
    for (String b : belonging) {
      if (s.length() == 1 && b.length() > 1 && b.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of the body's granting ({@link PolicyWords#issuing}) follows the thing granted at
   * {@code i} within {@value #REACH} words in the same clause: "the permits it issued", "les permis
   * qu'elle a délivrés", "las licencias que otorgó".
   */
  private boolean issued(List<String> surface, boolean[] clause, int i, Lang lang) {
    Set<String> verbs = lexicon.get(lang).records().issuing();
    for (int a = i + 1; a < surface.size() && a <= i + REACH && !clause[a]; a++) {
      if (verbs.contains(surface.get(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the papers at {@code i} are the asker's own: a first person singular's possessive just
   * before them or before their one modifier ("my file", "my medical records", "mi expediente"), or
   * after a preposition of belonging right after them ("a copy of my birth certificate", "une copie
   * de mon acte de naissance"). Asking a public body for one's own papers is an errand, not a
   * question of what the body holds.
   */
  private boolean own(List<String> surface, boolean[] clause, int i, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<String> mine = lex.grammar().personal();
    for (int b = i - 1; b >= 0 && b >= i - 2 && !clause[b + 1]; b--) {
      if (mine.contains(surface.get(b))) {
        return true;
      }
    }
    return i + 2 < surface.size() && !clause[i + 1] && !clause[i + 2]
        && lex.grammar().belonging().contains(surface.get(i + 1)) && mine.contains(surface.get(i + 2));
  }

  /** Whether the question names a public body: a policy word of more than scope, an office, a seat named whole. */
  private boolean namesBody(List<String> surface, boolean[] clause, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    Set<String> body = lex.records().keepers();
    for (String s : surface) {
      if (body.contains(s)) {
        return true;
      }
    }
    for (List<String> seat : lex.publicLife().seats()) {
      for (int start = 0; start + seat.size() <= surface.size(); start++) {
        if (PublicMoney.seatAt(seat, surface, clause, start)) {
          return true;
        }
      }
    }
    return false;
  }
}
