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
 *
 * <p>A person's own errand or visit there is such a thing too ({@link Errands}): the day it opens, its
 * entrance or a guided tour of it, the bus that goes to it, one's own appointment there, what visitors pay
 * at its counter, the time of day it opens or shuts at, the floor a desk is on, what a consultation with
 * one of its specialists costs. "Is the registry office open on Saturdays" is an errand; "the registry office should
 * publish its hours" is its work, and so is a law on holidays or a service that has no doctor at weekends.
 * So is a private matter the office is only the setting of: a present for a colleague who leaves it (a
 * leaving and a present both told; a gift an officer takes stays conduct), one's own neighbour's fence on
 * one's plot by the cadastre (a neighbour, a first person's possessive and a plot's bound all told).
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
  private final Errands errands;
  private final Set<String> leaving;
  private final Set<String> presents;
  private final Set<String> neighbour;
  private final Set<String> boundaries;

  /**
   * A person's own errand or visit at the office ({@link PolicyWords#visitErrands}: the days it opens, its
   * entrance, a guided tour; a ride to it, {@link PolicyWords#rides} with the office after a preposition of
   * going {@code towards} it; a visit paid it, {@link PolicyWords#visiting}, where none of its {@code hosts}
   * is told, a holder of office, a delegation, a visit's purpose of work, its sittings watched or a burden
   * of its counter (papers asked at every visit); and one's own appointment, {@link
   * PolicyWords#appointments}, where the speaker is a subject in the question, {@code own}, by a pronoun or
   * by a verb Spanish says without it ({@code firstVerbs}: "necesito un turno"), or owns a thing of it, {@code mine};
   * a consultation with one of its {@code specialists}, whose price ({@code costs}) is the patient's bill; and no one is told waiting for it, {@code waits}: a wait is the service's burden), which the office is the place of unless a verb of {@code governing} tells what it
   * does with the public's means (closing, cutting, building; a verb of {@code shutting} beside one of the
   * {@code days} a place shuts on is its hours), {@code peers} are asked about as a class ("which
   * governments", "qué países": what peers do about the thing), a law or a rule is named ({@link
   * PolicyWords#lawMaking}, {@link PolicyWords#rulesMade}: a law on holidays), or a lack is told
   * ({@code denials}: no nurse at weekends, never open; the service failing, no errand); the people as a
   * whole ({@code people}) are no adjective ("a public holiday") before a word outside the language's
   * {@code closed} classes; and a body's work right before an office's word ({@code works}: "the records
   * office", "el registro civil") is that office's name. The asker's own presence there told by its
   * logistics ({@link #present}) reads who asks ({@code askers}, {@code needs}), the words of this bot's
   * questions ({@code botWords}), the body's sittings and taking part in them ({@code attending}), the
   * prepositions of a place or a destination ({@code places}) and papers ({@code papers}).
   */
  record Errands(Set<String> visits, Set<String> appointments, Set<String> rides, Set<String> towards,
      Set<String> visiting, Set<String> hosts, Set<String> peers, Set<String> own, Set<String> mine,
      Set<String> governing, Set<String> days, Set<String> shutting, Set<String> denials, Set<String> people,
      Set<String> closed, Set<String> works, Set<String> waits, Set<String> clock, Set<String> opening,
      Set<String> firstVerbs, Set<String> owing, Set<String> specialists, Set<String> consultations,
      Set<String> costs, Set<String> askers, Set<String> needs, Set<String> botWords, Set<String> attending,
      Set<String> places, Set<String> papers) {

    static Errands of(Lang l) {
      LanguagePack pack = LanguagePack.of(l);
      return new Errands(PolicyWords.visitErrands(l), PolicyWords.appointments(l), PolicyWords.rides(l),
          PolicyWords.towards(l), PolicyWords.visiting(l),
          PolicyWords.union(PolicyWords.officeholders(l), PolicyWords.delegations(l), PolicyWords.visitPurposes(l),
              PolicyWords.watching(l), PolicyWords.burdens(l)),
          PolicyWords.peers(l),
          PolicyWords.union(PolicyWords.speakingSubjects(l), PolicyWords.firstSingular(l)), PolicyWords.personal(l),
          PolicyWords.union(PolicyWords.governing(l), PolicyWords.lawMaking(l), PolicyWords.rulesMade(l)),
          PolicyWords.openingDays(l), PolicyWords.shutting(l),
          PolicyWords.union(PolicyWords.unanswering(l), PolicyWords.undone(l)), PolicyWords.thePeople(l),
          PolicyWords.union(pack.functionWords(), pack.grammar()), PolicyWords.bodyWorks(l), PolicyWords.waits(l),
          PolicyWords.clock(l), PolicyWords.opening(l), PolicyWords.firstSingularVerbs(l),
          PolicyWords.owing(l), PolicyWords.specialists(l), PolicyWords.consultations(l), PolicyWords.costing(l),
          PolicyWords.union(PolicyWords.firstSingular(l), PolicyWords.visitors(l), PolicyWords.firstSingularVerbs(l)),
          PolicyWords.impersonalNeeds(l),
          PolicyWords.minus(pack.filler(), PolicyWords.union(pack.functionWords(), pack.grammar(),
              PolicyWords.firstSingularVerbs(l))),
          PolicyWords.union(PolicyWords.sittings(l), PolicyWords.voicing(l), PolicyWords.takingPart(l),
              PolicyWords.talking(l)),
          PolicyWords.union(PolicyWords.towards(l), PolicyWords.sittingPlaces(l), PolicyWords.locatives(l),
              PolicyWords.goingTo(l)),
          PolicyWords.papers(l));
    }
  }

  private OfficeSetting(Set<String> things, Set<String> governance, Set<String> levied, Set<String> function,
      Set<String> spending, Set<String> speakers, Errands errands, Set<String> leaving, Set<String> presents,
      Set<String> neighbour, Set<String> boundaries) {
    this.things = things;
    this.governance = governance;
    this.levied = levied;
    this.function = function;
    this.spending = spending;
    this.speakers = speakers;
    this.errands = errands;
    this.leaving = leaving;
    this.presents = presents;
    this.neighbour = neighbour;
    this.boundaries = boundaries;
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
          PolicyWords.union(PolicyWords.speakingSubjects(l), PolicyWords.visitors(l)), Errands.of(l),
          PolicyWords.leaving(l), PolicyWords.presents(l), PolicyWords.neighbour(l),
          PolicyWords.boundaries(l)));
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
      String s = surface.get(i);
      // the flags first: most words carry none of an office's, and the everyday lists need not be asked of them
      office[i] = !Collections.disjoint(flags.get(i), OFFICE) && !everyday(s);
      officeNamed |= office[i];
    }
    if (!officeNamed) {
      return false; // no office named: the setting of nothing (most questions), the rest not read
    }
    boolean ridden = reached(surface, flags, office);
    boolean farewell = farewell(surface);
    boolean hours = hours(surface);
    boolean neighbourly = neighbourly(surface);
    boolean consulted = !Collections.disjoint(surface, errands.specialists());
    for (int i = 0; i < n; i++) {
      Set<Lexicon.Flag> f = flags.get(i);
      String s = surface.get(i);
      // what a consultation with a specialist costs is the patient's bill, no body's cost
      boolean bill = consulted && errands.costs().contains(s);
      if (f.contains(Lexicon.Flag.ACT)
          || governance.contains(s) && !attributive(surface, f, i) && !naming(surface, office, i) && !bill
          || spending.contains(s) && !ownPurchase(surface, i) && !bill) {
        return false;
      }
      thingNamed |= things.contains(s) || farewell && leaving.contains(s) || neighbourly && neighbour.contains(s);
    }
    if (!thingNamed && !errand(surface, flags, ridden, office, evidence, common)) {
      return false;
    }
    boolean[] phrase = phrase(surface, office);
    for (int i = 0; i < n; i++) {
      String s = surface.get(i);
      if (!phrase[i] && levied.contains(s) && !kindOfThing(surface, i, ridden)) {
        // a kind of levy outside the office's phrase is a tax told ("the transport levy"); inside it, the
        // sector the office runs ("the transport ministry", "el ministerio de transporte"); beside an everyday
        // thing, that thing's kind ("a school trip", "a bottle of water"); a ride to the office is one's way
        return false;
      }
      if (!phrase[i] && !told(s, farewell, hours, neighbourly)
          && !(consulted && errands.consultations().contains(s)) && (strong.contains(s) || evidence.contains(s) && !common.contains(s) && !everyday(s)
          && !(ridden && errands.rides().contains(s)))) {
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
   * Whether the question tells a person's own errand at the office ({@link Errands}): the day it opens, its
   * entrance, a ride to it ({@code ridden}), a visit no host makes the office's, or one's own appointment
   * no one waits for; never beside what the office does with the public's means (it closes, cuts, builds;
   * a verb that shuts a place beside a day it shuts on is its hours), peers asked about as a class, a law,
   * or a lack told.
   */
  private boolean errand(List<String> surface, List<Set<Lexicon.Flag>> flags, boolean ridden, boolean[] office,
      Set<String> evidence, Set<String> common) {
    boolean named = false;
    boolean appointment = false;
    boolean consult = false;
    boolean speaker = false;
    boolean visit = false;
    boolean hosted = false;
    boolean day = false;
    boolean shut = false;
    boolean waited = false;
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (errands.governing().contains(s) && !errands.shutting().contains(s) || errands.denials().contains(s)
          || errands.peers().contains(s) && (i == 0 || !flags.get(i - 1).contains(Lexicon.Flag.DEFINITE))) {
        return false;
      }
      named |= errands.visits().contains(s) || errands.rides().contains(s) && ridden;
      consult |= errands.specialists().contains(s);
      appointment |= errands.appointments().contains(s);
      // a speaker's pronoun, not the second half of the appointment's own word ("rendez-vous")
      speaker |= errands.own().contains(s) && !(i > 0 && errands.appointments().contains(surface.get(i - 1)))
          || mineBeside(surface, flags, i) || errands.firstVerbs().contains(s);
      visit |= errands.visiting().contains(s);
      hosted |= errands.hosts().contains(s);
      day |= errands.days().contains(s);
      shut |= errands.shutting().contains(s);
      waited |= errands.waits().contains(s);
    }
    boolean hours = hours(surface);
    return (named || hours || (consult || appointment && speaker) && !waited || visit && !hosted
        || present(surface, flags, office, evidence, common) && !hosted && !waited)
        && (day || hours || !shut);
  }

  /**
   * Whether the question asks of the asker's own presence at the office, told by its logistics, whatever
   * thing is named: the office stands as a place or a destination ({@link #placed}: "into the gallery", "au
   * guichet", "en el congreso"); its subject is the asker or a visitor ({@link Errands#askers}: "can I",
   * "puis-je", "¿puedo?", "where do visitors"), or a need left impersonal is asked ({@link Errands#needs}:
   * "faut-il"), or the asker owns a thing there; no word of a question put to this bot beyond the grammar
   * ({@link Errands#botWords}: help, need, peers, expertise, a pledge) but one the theme reading took for an
   * everyday word ({@code common}), none of the body's sittings or
   * of taking part in them ({@link Errands#attending}: a hearing attended, a debate, speaking: being at its
   * sittings is its openness), no paper but one's own ({@link Errands#papers}: a report asked of the office is
   * its records; "my file" is one's errand) and no word of theme evidence outside the office's own words but
   * everyday ones: the office is only where the asker goes, waits, pays or dresses for.
   */
  private boolean present(List<String> surface, List<Set<Lexicon.Flag>> flags, boolean[] office, Set<String> evidence,
      Set<String> common) {
    if (!placed(surface, flags, office)) {
      return false;
    }
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (errands.botWords().contains(s) && !common.contains(s) || errands.attending().contains(s)
          || !office[i] && evidence.contains(s) && !common.contains(s) && !everyday(s)
          || errands.papers().contains(s) && !(i > 0 && errands.mine().contains(surface.get(i - 1)))) {
        return false;
      }
    }
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (errands.askers().contains(s) && !(i > 0 && errands.appointments().contains(surface.get(i - 1)))
          || mineBeside(surface, flags, i)
          || i + 1 < surface.size() && errands.needs().contains(s + " " + surface.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the question asks a place's hours: a word of the {@link Errands#clock} and one of its {@link
   * Errands#opening} or {@link Errands#shutting} ("what time does it open", "fermé jusqu'à quelle heure", "atención" after
   * "horario"), the time of day it opens or shuts at, as a day it shuts on is; not where people are told
   * waiting ({@link Errands#waits}: "on attend des heures" is the service's burden) or a duty is laid ({@link
   * Errands#owing}: hours a body should keep are a reform asked).
   */
  private boolean hours(List<String> surface) {
    return Collections.disjoint(surface, errands.waits()) && Collections.disjoint(surface, errands.owing())
        && !Collections.disjoint(surface, errands.clock())
        && (!Collections.disjoint(surface, errands.opening()) || !Collections.disjoint(surface, errands.shutting()));
  }

  /**
   * Whether {@code s} is a word the question's own reading makes a private matter's: a present or a leaving
   * in a colleague's farewell, the opening in a place's hours, one's own neighbour and the plot's bounds; no
   * evidence then.
   */
  private boolean told(String s, boolean farewell, boolean hours, boolean neighbourly) {
    return farewell && (leaving.contains(s) || presents.contains(s)) || hours && errands.opening().contains(s)
        || neighbourly && (neighbour.contains(s) || boundaries.contains(s));
  }

  /**
   * Whether the question tells a quarrel with one's own neighbour ({@link PolicyWords#neighbour}, a first
   * person's possessive, {@link Errands#mine}, and where a plot ends, {@link PolicyWords#boundaries}: "my
   * neighbour's wall", "la clôture de mon voisin"): the office
   * (the cadastre, the land registry) is then that private matter's setting; a neighbour with nothing of
   * one's own told may be a resident asking the town, and one's neighbour with no plot told may be its actor.
   */
  private boolean neighbourly(List<String> surface) {
    return !Collections.disjoint(surface, neighbour) && !Collections.disjoint(surface, errands.mine())
        && !Collections.disjoint(surface, boundaries);
  }

  /**
   * Whether the question tells a present for a colleague who leaves ({@link PolicyWords#leaving} and {@link
   * PolicyWords#presents} both told: "a present for the porter's retirement", "un pot pour son départ"): the staff's
   * party, whose gift is no officer's taking for an act.
   */
  private boolean farewell(List<String> surface) {
    return !Collections.disjoint(surface, leaving) && !Collections.disjoint(surface, presents);
  }

  /**
   * Whether the word at {@code i} says an everyday thing's kind or a ride's: the thing stands beside it,
   * across at most {@link #SPAN} function words ("a school trip", "a bottle of water"), or it is itself a
   * ride to the office ({@code ridden}: "public transport to the ministry").
   */
  private boolean kindOfThing(List<String> surface, int i, boolean ridden) {
    if (ridden && errands.rides().contains(surface.get(i))) {
      return true;
    }
    for (int step : new int[] {-1, 1}) {
      int k = beside(surface, i, step);
      if (k >= 0 && k < surface.size() && everyday(surface.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of the word beside {@code i} on the side of {@code step} (-1 before, 1 after), across at
   * most {@link #SPAN} function words; outside the question where none is.
   */
  private int beside(List<String> surface, int i, int step) {
    int k = i + step;
    for (int skipped = 0; k >= 0 && k < surface.size() && function.contains(surface.get(k)) && skipped < SPAN;
        skipped++) {
      k += step;
    }
    return k;
  }

  /**
   * Whether the word at {@code i} is the first person's possessive of a thing, no relative's nor a person's
   * of private life ("ma carte grise", not "my father": another's burden at a counter is told of the service).
   */
  private boolean mineBeside(List<String> surface, List<Set<Lexicon.Flag>> flags, int i) {
    return errands.mine().contains(surface.get(i)) && i + 1 < surface.size()
        && !flags.get(i + 1).contains(Lexicon.Flag.KIN) && !flags.get(i + 1).contains(Lexicon.Flag.PRIVATE_LIFE);
  }

  /** Whether {@code s} is an everyday thing or a thing of a person's own errand there. */
  private boolean everyday(String s) {
    return things.contains(s) || errands.visits().contains(s) || errands.appointments().contains(s)
        || errands.specialists().contains(s);
  }

  /**
   * Whether an office's word stands after a preposition of going {@link Errands#towards} it, across at most
   * {@link #SPAN} function words and one word of its own phrase ("to the immigration office", "to the
   * regional hospital"); a word of scope only before a word it qualifies: "au niveau local" is no place.
   */
  private boolean reached(List<String> surface, List<Set<Lexicon.Flag>> flags, boolean[] office) {
    for (int i = 0; i < surface.size(); i++) {
      if (!errands.towards().contains(surface.get(i))) {
        continue;
      }
      int k = i + 1;
      while (k < surface.size() && k <= i + SPAN && function.contains(surface.get(k)) && !office[k]) {
        k++;
      }
      if (place(surface, flags, office, k) || place(surface, flags, office, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an office's word stands as a place or a destination: after a preposition of place or of going
   * ({@link Errands#places}: "at the senate", "into the gallery", "au ministère", "en el congreso"), across at
   * most {@link #SPAN} function words and one word of its own phrase, or a place in it and a preposition of
   * belonging ("into the lobby of the senate", "a la tribuna del congreso").
   */
  private boolean placed(List<String> surface, List<Set<Lexicon.Flag>> flags, boolean[] office) {
    for (int i = 0; i < surface.size(); i++) {
      if (!errands.places().contains(surface.get(i))) {
        continue;
      }
      int k = i + 1;
      while (k < surface.size() && k <= i + SPAN && function.contains(surface.get(k)) && !office[k]) {
        k++;
      }
      if (place(surface, flags, office, k) || place(surface, flags, office, k + 1)
          || k + 1 < surface.size() && function.contains(surface.get(k + 1)) && place(surface, flags, office, k + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} is an office's, a word of scope only before a word it qualifies. */
  private boolean place(List<String> surface, List<Set<Lexicon.Flag>> flags, boolean[] office, int k) {
    return k < surface.size() && office[k]
        && (!flags.get(k).contains(Lexicon.Flag.SCOPE) || beforeOpenWord(surface, k));
  }

  /** Whether a word outside the language's closed classes stands right after {@code k}: a word it may qualify. */
  private boolean beforeOpenWord(List<String> surface, int k) {
    return k + 1 < surface.size() && !errands.closed().contains(surface.get(k + 1));
  }

  /**
   * Whether the word of the people at {@code i} with flags {@code f} is a word of scope used as an
   * adjective: a word outside the language's closed classes right after it ("a public holiday", "the public
   * gallery"), where the people as a whole stand alone ("open to the public", "the public can").
   */
  private boolean attributive(List<String> surface, Set<Lexicon.Flag> f, int i) {
    return errands.people().contains(surface.get(i)) && f.contains(Lexicon.Flag.SCOPE) && beforeOpenWord(surface, i);
  }

  /**
   * Whether the body's work at {@code i} stands right before an office's word, naming that office with it
   * ("the records office", "el registro civil"): the office, not its work.
   */
  private boolean naming(List<String> surface, boolean[] office, int i) {
    return errands.works().contains(surface.get(i)) && i + 1 < surface.size() && office[i + 1];
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
   * {@link #SPAN} function words ("the labour ministry", "ministère du travail"), and a compound's
   * second word before it where the first stands right before it ("the public records office").
   */
  private boolean[] phrase(List<String> surface, boolean[] office) {
    int n = surface.size();
    boolean[] out = office.clone();
    for (int i = 0; i < n; i++) {
      if (!office[i]) {
        continue;
      }
      for (int step : new int[] {-1, 1}) {
        int k = beside(surface, i, step);
        if (k >= 0 && k < n && !everyday(surface.get(k))) {
          out[k] = true;
          int before = k - 1;
          if (step < 0 && k == i - 1 && before >= 0 && !function.contains(surface.get(before))
              && !errands.closed().contains(surface.get(before)) && !everyday(surface.get(before))) {
            out[before] = true;
          }
        }
      }
    }
    return out;
  }
}
