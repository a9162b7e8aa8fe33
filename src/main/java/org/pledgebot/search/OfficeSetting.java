package org.pledgebot.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A public office, body or building named only as the setting of an everyday matter: the place, the
 * owner or the destination of a thing of daily life (its cafe and what is on the menu, its car park, a
 * room booked there for a party, a farewell for a colleague who leaves it, a sore back after a day at its
 * counter, a lift that is out of order, a hotel near it, a tourist's visit). The office's own word is
 * then the thing's address, not a matter of governance: read by {@link QuestionCompiler}'s gate, which
 * leaves such a question silent.
 *
 * <p>The reading decides only where nothing else of governance is told: no act of the field (publish,
 * consult, complain), no appointment, no decision or its adoption, none of a body's acts and works
 * ({@link PolicyWords#bodyWorks}: its contracts, accounts, records, money), no spending or cost but the
 * speaker's own purchase, no levies, no kind of tax outside the office's phrase ("the transport
 * ministry" names its sector), no answer asked or owed, no queue, no improving or reforming (a town
 * reforming how its desks serve pet owners is its work), none of the people a body serves, no
 * relative of its holder, and no strong evidence of a theme outside the office's own phrase (its words
 * and the words right beside it, across function words: "the ministry of finance", "le service des
 * douanes") and the everyday things themselves. "The cafe of the regional council" is a setting; "the
 * contracts the regional council signed for its cafe" is public money.
 */
final class OfficeSetting {

  /** The lexicon's lists that make a word a public office, a body, a holder or a public owner. */
  private static final Set<Lexicon.Flag> OFFICE = EnumSet.of(Lexicon.Flag.POWER, Lexicon.Flag.OFFICE,
      Lexicon.Flag.ROLE, Lexicon.Flag.SERVICE, Lexicon.Flag.HOLDER, Lexicon.Flag.OFFICER, Lexicon.Flag.GATE,
      Lexicon.Flag.WHOSE, Lexicon.Flag.GOVERNMENT, Lexicon.Flag.DEPARTMENT);

  /**
   * How many of the words that join a name's parts (the prepositions of belonging and the articles:
   * "ministry of labour", "ministère du travail") an office's phrase spans; an infinitive's "to" or
   * a conjunction ends it, so that what the office's people go on to do is read as told of them.
   */
  private static final int SPAN = 2;

  private final Set<String> things;
  private final Set<String> governance;
  private final Set<String> levied;
  private final Set<String> function;
  private final Set<String> spending;
  private final Set<String> speakers;

  private OfficeSetting(Set<String> things, Set<String> governance, Set<String> levied, Set<String> function,
      Set<String> spending, Set<String> speakers) {
    this.things = things;
    this.governance = governance;
    this.levied = levied;
    this.function = function;
    this.spending = spending;
    this.speakers = speakers;
  }

  /** One reading per language, from {@link PolicyWords}' lists and the language's function words. */
  static Map<Lang, OfficeSetting> all() {
    Map<Lang, OfficeSetting> out = new EnumMap<>(Lang.class);
    for (Lang l : Lang.values()) {
      out.put(l, new OfficeSetting(
          PolicyWords.union(PolicyWords.settingThings(l), PolicyWords.pets(l)),
          PolicyWords.union(PolicyWords.hiring(l), PolicyWords.decisions(l), PolicyWords.deciding(l),
              PolicyWords.adopting(l), PolicyWords.thePeople(l), PolicyWords.bodyWorks(l), PolicyWords.levies(l),
              PolicyWords.answering(l), PolicyWords.queues(l), PolicyWords.improving(l)),
          PolicyWords.taxKinds(l),
          PolicyWords.union(PolicyWords.belonging(l), PolicyWords.articles(l), PolicyWords.definite(l)),
          PolicyWords.union(PolicyWords.spending(l), PolicyWords.costing(l)),
          PolicyWords.speakingSubjects(l)));
    }
    return out;
  }

  /**
   * Whether the question of words {@code surface} (folded, as the gate reads them, with their lexicon
   * {@code flags}) names a public office and an everyday thing, and nothing of governance beside them:
   * no act of the field, none of {@link #governance}'s words, no word of {@code strong} evidence outside
   * the office's phrase (a gift that is itself evidence of conduct stays evidence), and no other word of
   * theme {@code evidence} outside that phrase but the everyday things and the language's everyday words
   * ({@code common}).
   */
  boolean settingOnly(List<String> surface, List<Set<Lexicon.Flag>> flags, Set<String> strong, Set<String> evidence,
      Set<String> common) {
    int n = surface.size();
    boolean[] office = new boolean[n];
    boolean officeNamed = false;
    boolean thingNamed = false;
    for (int i = 0; i < n; i++) {
      Set<Lexicon.Flag> f = flags.get(i);
      String s = surface.get(i);
      if (f.contains(Lexicon.Flag.ACT) || governance.contains(s) || spending.contains(s) && !ownPurchase(surface, i)) {
        return false;
      }
      office[i] = !things.contains(s) && !Collections.disjoint(f, OFFICE);
      officeNamed |= office[i];
      thingNamed |= things.contains(s);
    }
    if (!officeNamed || !thingNamed) {
      return false;
    }
    boolean[] phrase = phrase(surface, office);
    for (int i = 0; i < n; i++) {
      String s = surface.get(i);
      if (!phrase[i] && levied.contains(s)) {
        // a kind of levy outside the office's phrase is a tax told ("the transport levy"); inside it, the
        // sector the office runs ("the transport ministry", "el ministerio de transporte")
        return false;
      }
      if (!phrase[i] && (strong.contains(s) || evidence.contains(s) && !common.contains(s) && !things.contains(s))) {
        return false;
      }
      if (phrase[i] && !office[i] && flags.get(i).contains(Lexicon.Flag.KIN)) {
        // a relative of the office's holder ("the governor's nephew", "la hija del alcalde"): what such a
        // relative gets is a matter of conduct, never the setting of a thing
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the spending or cost at {@code i} is the speaker's own: a speaker's or the addressee's
   * subject pronoun at most {@link #SPAN} words before it ("which one should we buy").
   */
  private boolean ownPurchase(List<String> surface, int i) {
    for (int b = i - 1; b >= 0 && b >= i - SPAN; b--) {
      if (speakers.contains(surface.get(b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The office's phrase: its own words and each word that stands beside one of them, across at most
   * {@link #SPAN} function words ("the labour ministry", "ministère du travail").
   */
  private boolean[] phrase(List<String> surface, boolean[] office) {
    int n = surface.size();
    boolean[] out = office.clone();
    for (int i = 0; i < n; i++) {
      if (!office[i]) {
        continue;
      }
      for (int step : new int[] {-1, 1}) {
        int k = i + step;
        int skipped = 0;
        while (k >= 0 && k < n && function.contains(surface.get(k)) && skipped < SPAN) {
          k += step;
          skipped++;
        }
        if (k >= 0 && k < n && !things.contains(surface.get(k))) {
          out[k] = true;
        }
      }
    }
    return out;
  }
}
