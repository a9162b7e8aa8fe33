package org.pledgebot.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A say that came too late: the question tells a text of public action already finished (a strategy
 * signed, a reform written, a plan adopted: a noun of {@link PolicyWords#rulesMade}, {@link
 * PolicyWords#drawnUp}, {@link PolicyWords#instruments} or {@link PolicyWords#reforms} with a participle of
 * {@link PolicyWords#finished} at most {@value #SPAN} words after it, the text its subject) and the
 * people it touches asked, heard or invited (a verb of {@link PolicyWords#heeding} or {@link
 * PolicyWords#inviting} at most {@value #SPAN} words from the people, {@link PolicyWords#thePeople},
 * {@link PolicyWords#serviceUsers}, {@link PolicyWords#constituencies} or {@link PolicyWords#affected}).
 * The text is public where a body of public power is named ({@link PolicyWords#treasuries}), or where it is
 * a reform and those asked are the public or a public service's users (a flat's renovation finished before
 * its tenants were called is nobody's say). The complaint is their say in the making of the text: {@link
 * ThemeDetector} reads the verb as strong evidence of the people's part. A family's menu decided before the
 * guests were asked names no text of public action, and a firm's strategy signed before its staff were
 * heard names none of the people.
 *
 * <p>The same say is told the other way round, asked for before or while the text is made ({@link #early}:
 * the people involved, heard or given a say before a body adopts its plan, while a strategy is drafted),
 * and from the people's side, their ideas put to a body of public power and never answered ({@link
 * #unanswered}).
 */
final class LateSay {

  /** The most words between the text and its participle, and between the people and the verb put to them. */
  static final int SPAN = 4;

  private final Map<Lang, Set<String>> texts = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> finished = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> people = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> verbs = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> bodies = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> reforms = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> affected = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> timing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> decided = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> parts = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> says = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> owners = new EnumMap<>(Lang.class);
  private final Map<Lang, List<List<String>>> seats = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicRules = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> elsewhere = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> ideas = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> answers = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> consultations = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> privately = new EnumMap<>(Lang.class);

  /** @param analysis stems the people's part ({@link #early}) as the question's words are stemmed */
  LateSay(Analysis analysis) {
    for (Lang lang : Lang.values()) {
      texts.put(lang, PolicyWords.union(PolicyWords.rulesMade(lang), PolicyWords.drawnUp(lang),
          PolicyWords.instruments(lang), PolicyWords.reforms(lang)));
      finished.put(lang, PolicyWords.finished(lang));
      people.put(lang, PolicyWords.union(PolicyWords.thePeople(lang), PolicyWords.serviceUsers(lang),
          PolicyWords.constituencies(lang), PolicyWords.affected(lang)));
      verbs.put(lang, PolicyWords.union(PolicyWords.heeding(lang), PolicyWords.inviting(lang)));
      bodies.put(lang, PolicyWords.treasuries(lang));
      reforms.put(lang, PolicyWords.reforms(lang));
      affected.put(lang, PolicyWords.minus(PolicyWords.affected(lang), PolicyWords.thePeople(lang),
          PolicyWords.serviceUsers(lang), PolicyWords.constituencies(lang)));
      timing.put(lang, PolicyWords.beforehand(lang));
      decided.put(lang, PolicyWords.union(PolicyWords.decisions(lang), PolicyWords.deciding(lang),
          PolicyWords.adopting(lang), PolicyWords.choosing(lang)));
      says.put(lang, PolicyWords.union(PolicyWords.sayNouns(lang), PolicyWords.views(lang)));
      parts.put(lang, stemmed(PolicyWords.union(PolicyWords.heeding(lang), PolicyWords.inviting(lang),
          PolicyWords.involving(lang), PolicyWords.voicing(lang), says.get(lang)), lang, analysis));
      owners.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.divisions(lang)));
      seats.put(lang, PolicyWords.seats(lang));
      publicRules.put(lang, PolicyWords.minus(PolicyWords.rulesMade(lang), PolicyWords.instruments(lang)));
      elsewhere.put(lang, PolicyWords.union(PolicyWords.chambers(lang), PolicyWords.partnership(lang),
          PolicyWords.both(PolicyWords.chamberWork(lang), PolicyWords.lawMaking(lang))));
      ideas.put(lang, PolicyWords.ideas(lang));
      answers.put(lang, PolicyWords.answering(lang));
      consultations.put(lang, PolicyWords.consultations(lang));
      privately.put(lang, PolicyWords.union(PolicyWords.specialists(lang), PolicyWords.kin(lang)));
    }
  }

  /** The position of the verb that asked the people too late, or -1 where the question tells no such say. */
  int verb(List<Word> words, Lang lang) {
    if (!finishedText(words, lang)) {
      return -1;
    }
    boolean bodyNamed = false;
    boolean reformNamed = false;
    for (Word w : words) {
      bodyNamed |= bodies.get(lang).contains(w.surface());
      reformNamed |= reforms.get(lang).contains(w.surface());
    }
    if (!bodyNamed && !reformNamed) {
      return -1;
    }
    Set<String> whom = people.get(lang);
    Set<String> asking = verbs.get(lang);
    for (int j = 0; j < words.size(); j++) {
      String folk = words.get(j).surface();
      if (!whom.contains(folk) || !bodyNamed && affected.get(lang).contains(folk)) {
        continue;
      }
      for (int k = Math.max(0, j - SPAN); k < words.size() && k - j <= SPAN; k++) {
        if (k != j && asking.contains(words.get(k).surface())) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Whether a text of public action stands at most {@value #SPAN} words before a participle telling it finished. */
  private boolean finishedText(List<Word> words, Lang lang) {
    Set<String> text = texts.get(lang);
    Set<String> done = finished.get(lang);
    for (int t = 0; t < words.size(); t++) {
      if (text.contains(words.get(t).surface())) {
        for (int f = t + 1; f < words.size() && f - t <= SPAN; f++) {
          if (done.contains(words.get(f).surface())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The most words between a word of {@link PolicyWords#beforehand} and the text in the making beside it ({@link #early}). */
  static final int EARLY_SPAN = 8;

  /**
   * The position of the people's part asked for before or while a text of public action is made, or -1: a
   * text ({@link PolicyWords#rulesMade}, {@link PolicyWords#drawnUp}, {@link PolicyWords#instruments},
   * {@link PolicyWords#reforms}) at most {@value #EARLY_SPAN} words from a word of {@link
   * PolicyWords#beforehand} ("before the county adopts its plan", "pendant l'élaboration du schéma",
   * "mientras se prepara el reglamento"), the text public (a body of public power or a division named, or
   * a reform, or rules only a public power makes; where a body is named, its decision told instead of a
   * text, {@link PolicyWords#decisions}, {@link PolicyWords#deciding}, {@link PolicyWords#adopting}, {@link
   * PolicyWords#choosing}: "before the county council votes"), and the people it touches ({@link #verb}'s)
   * at most {@value #SPAN} words from a verb of heeding, inviting, involving or voicing, or a noun of their
   * say or view ({@link PolicyWords#sayNouns}, {@link PolicyWords#views}), or, where a body is named, such
   * a word right before the word of timing, whoever's say it is ("a say before the council votes the plan",
   * "notre avis avant que", "consultés avant", the asker's pronoun a function word the question's words
   * leave out; a budget consulted before a vote is read, and a condominium's tenants consulted while its
   * agent drafts its rules name no body). A legislature or the partnership named ({@link PolicyWords#chambers},
   * {@link PolicyWords#partnership}), or a legislature's own drafts (bills, amendments: the words {@link
   * PolicyWords#chamberWork} and {@link PolicyWords#lawMaking} share), is its own process, and a letter drafted before a landlord decides names
   * no text of public action.
   */
  int early(List<Word> words, Lang lang) {
    // both readings of a text in the making need a word of its timing: without one, none of the walks below
    if (!ThemeDetector.among(words, timing.get(lang)) || ThemeDetector.among(words, elsewhere.get(lang))) {
      return -1;
    }
    boolean bodyNamed = ThemeDetector.among(words, owners.get(lang)) || seated(words, lang);
    if (!inMaking(words, texts.get(lang), lang) && !(bodyNamed && inMaking(words, decided.get(lang), lang))) {
      return -1;
    }
    if (!bodyNamed && !ThemeDetector.among(words, reforms.get(lang))
        && !ThemeDetector.among(words, publicRules.get(lang))) {
      return -1;
    }
    Set<String> whom = people.get(lang);
    Set<String> part = parts.get(lang);
    for (int j = 0; j < words.size(); j++) {
      String s = words.get(j).surface();
      if (bodyNamed && said(words.get(j), part, lang) && ThemeDetector.anyOf(words, j + 1, j + 2, timing.get(lang))) {
        return j;
      }
      if (!whom.contains(s) || !bodyNamed && affected.get(lang).contains(s)) {
        continue;
      }
      for (int k = Math.max(0, j - SPAN); k < words.size() && k - j <= SPAN; k++) {
        if (k != j && said(words.get(k), part, lang)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The forms of {@code forms} and their stems in {@code lang} ("entendus" meets "entendu" by its stem). */
  private static Set<String> stemmed(Set<String> forms, Lang lang, Analysis analysis) {
    Set<String> out = new HashSet<>(forms);
    for (String form : forms) {
      String stem = analysis.stem(lang, form);
      if (stem != null) {
        out.add(stem);
      }
    }
    return WordSet.copyOf(out);
  }

  /** Whether {@code w} is one of {@code forms} (with their stems, {@link #stemmed}), by its surface or its stem. */
  private static boolean said(Word w, Set<String> forms, Lang lang) {
    String stem = w.stem(lang);
    return forms.contains(w.surface()) || stem != null && forms.contains(stem);
  }

  /**
   * The position of the people's ideas put to a body of public power and the answer owed to them, or -1: a
   * noun of {@link PolicyWords#ideas} with a body of {@link PolicyWords#treasuries} at most {@value #SPAN}
   * words after it, and a word of answering ({@link PolicyWords#answering}) at most {@value #ANSWER_SPAN}
   * words after the body: "our proposals to the county never got a reply", "nos idées envoyées à la préfecture
   * sont restées sans réponse" (the denial, "sans", "no", a function word the question's words leave out, is not
   * needed: ideas put to a body and its answer are the people's say either way). Ideas sent to a boss or a
   * club name no public body.
   */
  int unanswered(List<Word> words, Lang lang) {
    Set<String> put = ideas.get(lang);
    Set<String> to = bodies.get(lang);
    for (int i = 0; i < words.size(); i++) {
      if (!put.contains(words.get(i).surface())) {
        continue;
      }
      for (int b = i + 1; b < words.size() && b - i <= SPAN; b++) {
        if (to.contains(words.get(b).surface())
            && ThemeDetector.anyOf(words, b + 1, b + 1 + ANSWER_SPAN, answers.get(lang))) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The position of a consultation held once all was decided, or -1: a noun of {@link
   * PolicyWords#consultations} with a participle of {@link PolicyWords#finished} at most {@value
   * #EARLY_SPAN} words after it ("the consultation came once the route was already decided", "une
   * concertation pour la forme, tout était déjà décidé"): a say asked for too late to count. A
   * consultation with a specialist or among one's kin ({@link PolicyWords#specialists}, {@link
   * PolicyWords#kin}) is one's own, and finished is its end.
   */
  int sham(List<Word> words, Lang lang) {
    // the consultation told finished first (rare), then the private consulters (a walk of every word)
    for (int c = 0; c < words.size(); c++) {
      if (consultations.get(lang).contains(words.get(c).surface())
          && ThemeDetector.anyOf(words, c + 1, c + 1 + EARLY_SPAN, finished.get(lang))) {
        return ThemeDetector.among(words, privately.get(lang)) ? -1 : c;
      }
    }
    return -1;
  }

  /** The most words between the body ideas were put to and the word of its answer ({@link #unanswered}). */
  static final int ANSWER_SPAN = 6;

  /** Whether a word of {@code text} stands at most {@value #EARLY_SPAN} words from a word of {@link PolicyWords#beforehand}. */
  private boolean inMaking(List<Word> words, Set<String> text, Lang lang) {
    Set<String> when = timing.get(lang);
    for (int t = 0; t < words.size(); t++) {
      if (when.contains(words.get(t).surface())) {
        for (int f = Math.max(0, t - EARLY_SPAN); f < words.size() && f - t <= EARLY_SPAN; f++) {
          if (text.contains(words.get(f).surface())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a public body named in several words ({@link PolicyWords#seats}: "conseil municipal") stands in the question. */
  private boolean seated(List<Word> words, Lang lang) {
    for (List<String> seat : seats.get(lang)) {
      for (int i = 0; i + seat.size() <= words.size(); i++) {
        int n = 0;
        while (n < seat.size() && seat.get(n).equals(words.get(i + n).surface())) {
          n++;
        }
        if (n == seat.size()) {
          return true;
        }
      }
    }
    return false;
  }
}
