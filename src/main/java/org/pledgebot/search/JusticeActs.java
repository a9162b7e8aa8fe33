package org.pledgebot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * The police, the prosecution and the courts told acting, read by grammar, the twin of {@link
 * PublicRecords} for what those powers do to people rather than what public bodies hold. A word of
 * {@link PolicyWords#justice} ("police", "prosecutor", "le parquet", "la fiscalía", "judges") is that
 * power acting where a definite article opens it ("the police", "la policía", "les juges") and, in
 * the same clause, a word follows it that is no preposition of belonging, kind, place or topic (not
 * "the judge of the contest", "la cour du lycée", "el juez de línea", "the judge at the show") and
 * no verb joining it to what it is (not "the judge was a neighbour"): the subject of a verb, told
 * with its auxiliary, its negation or a relative pronoun ("the police deleted", "le parquet ne
 * poursuit", "el juez que absolvió"). A word typed inside a compound ("a police drama", "the fashion
 * police", "the line judge", "ma police d'assurance") has no article right before it and reads as
 * nothing. {@link ThemeDetector} reads each position as the question language's entry for holding
 * those powers to account ({@link PolicyWords#justiceAccountability}).
 *
 * <p>A power told overseen is held to account as much as one told acting: a holder or a body of
 * public power ({@link PolicyWords#officeholders}, {@link PolicyWords#offices}, {@link
 * PolicyWords#treasuries}, {@link PolicyWords#justice}: a minister, the government, the police, a
 * congress) named in the same clause at most {@link #OBJECT_SPAN} words after a word of overseeing
 * ({@link PolicyWords#overseeing}: oversee, scrutinise, "contrôler", "vigilar", "fiscalizar"), or of
 * questioning ({@link PolicyWords#questioning}: "interpeller", "interpelar", interrogate: the power asked
 * to answer) is the object of that oversight, and its position is read the same way, unless a preposition of belonging
 * stands between (the power owns the thing overseen, whose own theme says what is asked: the spending
 * of a council) or one of the agent of a passive (audited by parliament: the power oversees), or a
 * preposition of belonging,
 * kind, place or topic follows it (then it says whose or what kind the thing overseen is: the state of
 * a road, "el estado de salud"). A power named before the word
 * is its subject, the one that oversees something else (the police monitor a road, a ministry
 * audits its schools), and reads as nothing here; one's own affairs overseen (a baby, a team's
 * sales, a home's energy) name no power.
 */
final class JusticeActs {

  /**
   * Each language's lists: the powers and the homonym offices ({@link Lexicon.PublicLife#justice},
   * {@link Lexicon.PublicLife#homonyms}), the definite articles, the prepositions and copulas, and the
   * closed-class words ({@link Lexicon.Grammar}).
   */
  private final Map<Lang, Lexicon> lexicon;
  // per language, what a subject is not followed by: a preposition of belonging, kind, place or
  // topic (those that place a person in a body, less the one that marks who bears a cost: French
  // "a" is also the auxiliary), or a copula
  private final Map<Lang, Set<String>> after = new EnumMap<>(Lang.class);
  // per language, what a subject is not opened by: a preposition before its article or joined to it
  // ("to the police", "de la policía", "du parquet", "al juez"), which makes the power the object of
  // another's act or the holder of a thing ("journalists ask the police for records", "the police's
  // figures"), not the one acting on people
  private final Map<Lang, Set<String>> before = new EnumMap<>(Lang.class);
  // per language, the words of overseeing, and the holders and bodies of public power they hold to account
  private final Map<Lang, Set<String>> overseeing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> overseen = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> agents = new EnumMap<>(Lang.class);
  // per language, what binds a power to give the reasons of its acts ({@link #bound})
  private final Map<Lang, Set<String>> explaining = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> owing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> compelling = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> reasons = new EnumMap<>(Lang.class);
  // per language, the first words of the phrases of two words {@link #said} reads (duty, reasons, claims, returns)
  private final Map<Lang, Set<String>> phraseHeads = new EnumMap<>(Lang.class);
  // per language, what tells a holder made to answer for his acts ({@link #answerable})
  private final Map<Lang, Set<String>> sanctionable = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> sanctioned = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> passives = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> sanctions = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> bearing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> sanctionedFor = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> ranks = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> answering = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> answerableBy = new EnumMap<>(Lang.class);
  // per language, a body's staff, what makes them public, and the denial that stands for none of them
  private final Map<Lang, Set<String>> staff = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicKinds = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> denials = new EnumMap<>(Lang.class);
  private final Map<Lang, List<List<String>>> seats = new EnumMap<>(Lang.class);
  // per language, a holder coming back to report, and the subject of a conditional clause taken up after it
  private final Map<Lang, Set<String>> returning = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> reporting = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> conditions = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> thirdPersons = new EnumMap<>(Lang.class);
  // per language, the people checking, what tells a work done, and the works a public body builds
  private final Map<Lang, Set<String>> checking = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> completing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> works = new EnumMap<>(Lang.class);
  // per language, the works in several words (by their first word, in their list's order), a work while
  // being built, and a completion denied before it
  private final Map<Lang, Map<String, List<List<String>>>> workPhrases = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> underway = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> undone = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> finished = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> stalled = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> promised = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> funds = new EnumMap<>(Lang.class);
  // per language, a claim, the rights claimed, the preposition before whom, and the bodies claimed before
  private final Map<Lang, Set<String>> claiming = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> rights = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> claimedFrom = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> claimedBefore = new EnumMap<>(Lang.class);
  // per language, the people, a hold over others, its preposition and the powers held ({@link #empowered})
  private final Map<Lang, Set<String>> people = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> holds = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> over = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> apparatus = new EnumMap<>(Lang.class);
  // per language, the words of answering, and those a holder answers ({@link #answersToPeople})
  private final Map<Lang, Set<String>> replying = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> answered = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> pledges = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> fielding = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> calls = new EnumMap<>(Lang.class);
  // per language, complaints, and what marks them a public programme's ({@link #complaintsAnswered})
  private final Map<Lang, Set<String>> complaints = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicMarks = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> transfers = new EnumMap<>(Lang.class);
  // per language, grading a service, and what marks it public ({@link #gradesAnswered})
  private final Map<Lang, Set<String>> scoring = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> graded = new EnumMap<>(Lang.class);
  // per language, promises as nouns, what makes them electoral, and their keeping told ({@link #promisesAccounted})
  private final Map<Lang, Set<String>> promiseNouns = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> electoral = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> campaigns = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> accounted = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> unanswering = new EnumMap<>(Lang.class);
  // per language, the fault asked, a failure told, and what fails: a public work or a public supply
  private final Map<Lang, Set<String>> blaming = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> failing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> failed = new EnumMap<>(Lang.class);
  // per language, every word a failure may be told by: one of failing, or a completion a denial may stand before
  private final Map<Lang, Set<String>> failureTold = new EnumMap<>(Lang.class);
  // per language, who watches, their watching, the bodies watched, a legislature, and what they publish
  // ({@link #sittingsObserved})
  private final Map<Lang, Set<String>> observers = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> observing = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> watched = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> assemblies = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> legislature = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicising = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicly = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> beforeBody = new EnumMap<>(Lang.class);
  /** Per language, the indefinite articles ({@link PolicyWords#indefinite}). */
  private final Map<Lang, Set<String>> indefinite = new EnumMap<>(Lang.class);
  // per language, what opens a holder who is no subject: a preposition before him or his article
  private final Map<Lang, Set<String>> opening = new EnumMap<>(Lang.class);

  /** The most words after a word of overseeing within which the power it oversees is named. */
  static final int OBJECT_SPAN = 5;

  /**
   * The most tokens after a holder within which what tells him made to answer for his acts begins
   * ({@link #answerable}): a relative clause may stand between ("a mayor who lies to his residents must
   * answer for it").
   */
  static final int BEARER_SPAN = 8;

  JusticeActs(Map<Lang, Lexicon> lexicon) {
    this.lexicon = lexicon;
    for (Lang lang : Lang.values()) {
      overseeing.put(lang, PolicyWords.union(PolicyWords.overseeing(lang), PolicyWords.questioning(lang)));
      overseen.put(lang, PolicyWords.union(PolicyWords.officeholders(lang), PolicyWords.offices(lang),
          PolicyWords.treasuries(lang), PolicyWords.justice(lang)));
      agents.put(lang, PolicyWords.agents(lang));
      explaining.put(lang, PolicyWords.explaining(lang));
      owing.put(lang, PolicyWords.owing(lang));
      compelling.put(lang, PolicyWords.compelling(lang));
      reasons.put(lang, PolicyWords.reasons(lang));
      sanctionable.put(lang, PolicyWords.union(PolicyWords.officeholders(lang), PolicyWords.officers(lang)));
      sanctioned.put(lang, PolicyWords.sanctionedForms(lang));
      passives.put(lang, PolicyWords.passives(lang));
      sanctions.put(lang, PolicyWords.sanctionNouns(lang));
      bearing.put(lang, PolicyWords.bearing(lang));
      sanctionedFor.put(lang, PolicyWords.sanctionedFor(lang));
      ranks.put(lang, PolicyWords.ranks(lang));
      answering.put(lang, PolicyWords.answeringFor(lang));
      answerableBy.put(lang, PolicyWords.answerable(lang));
      staff.put(lang, PolicyWords.union(PolicyWords.attendants(lang), PolicyWords.servants(lang)));
      publicKinds.put(lang, PolicyWords.publicKinds(lang));
      denials.put(lang, PolicyWords.denials(lang));
      seats.put(lang, PolicyWords.seats(lang));
      returning.put(lang, PolicyWords.returning(lang));
      reporting.put(lang, PolicyWords.union(PolicyWords.explaining(lang), PolicyWords.reporting(lang)));
      conditions.put(lang, PolicyWords.conditions(lang));
      thirdPersons.put(lang, PolicyWords.holderPronouns(lang));
      indefinite.put(lang, PolicyWords.indefinite(lang));
      checking.put(lang, PolicyWords.union(PolicyWords.checking(lang), PolicyWords.overseeing(lang)));
      // a completion checked, a wrong the check keeps the builder from, a work stopped, or the promise
      // the work is measured against
      completing.put(lang, PolicyWords.union(PolicyWords.completing(lang), PolicyWords.preventing(lang),
          PolicyWords.stalling(lang), PolicyWords.promises(lang)));
      works.put(lang, PolicyWords.publicWorks(lang));
      workPhrases.put(lang, byFirst(PolicyWords.publicWorkPhrases(lang)));
      underway.put(lang, PolicyWords.underway(lang));
      undone.put(lang, PolicyWords.undone(lang));
      finished.put(lang, PolicyWords.completing(lang));
      stalled.put(lang, PolicyWords.stalling(lang));
      promised.put(lang, PolicyWords.promises(lang));
      funds.put(lang, PolicyWords.funds(lang));
      claiming.put(lang, PolicyWords.claiming(lang));
      phraseHeads.put(lang, PolicyWords.firstWords(PolicyWords.union(owing.get(lang), reasons.get(lang),
          returning.get(lang), claiming.get(lang), PolicyWords.publicly(lang))));
      rights.put(lang, PolicyWords.rights(lang));
      claimedFrom.put(lang, PolicyWords.claimedFrom(lang));
      people.put(lang, PolicyWords.union(PolicyWords.thePeople(lang), PolicyWords.served(lang),
          PolicyWords.claimants(lang)));
      holds.put(lang, PolicyWords.holdNouns(lang));
      over.put(lang, PolicyWords.over(lang));
      apparatus.put(lang, PolicyWords.union(overseen.get(lang), PolicyWords.apparatus(lang), PolicyWords.officers(lang)));
      replying.put(lang, PolicyWords.answering(lang));
      answered.put(lang, PolicyWords.union(PolicyWords.thePeople(lang), PolicyWords.served(lang),
          PolicyWords.audience(lang)));
      pledges.put(lang, PolicyWords.union(PolicyWords.promises(lang), PolicyWords.commitments(lang)));
      fielding.put(lang, PolicyWords.fielding(lang));
      calls.put(lang, PolicyWords.calls(lang));
      complaints.put(lang, PolicyWords.complaining(lang));
      transfers.put(lang, PolicyWords.transfers(lang));
      scoring.put(lang, PolicyWords.union(PolicyWords.grading(lang), PolicyWords.scoring(lang)));
      graded.put(lang, PolicyWords.union(overseen.get(lang), PolicyWords.officers(lang), PolicyWords.publicWorks(lang),
          PolicyWords.administrations(lang), PolicyWords.publicKinds(lang)));
      promiseNouns.put(lang, PolicyWords.promiseNouns(lang));
      electoral.put(lang, PolicyWords.electoral(lang));
      campaigns.put(lang, PolicyWords.campaigns(lang));
      accounted.put(lang, PolicyWords.union(PolicyWords.accountingFor(lang), PolicyWords.reporting(lang),
          PolicyWords.keeping(lang)));
      publicMarks.put(lang, PolicyWords.union(PolicyWords.recipients(lang), overseen.get(lang), PolicyWords.officers(lang),
          PolicyWords.administrations(lang)));
      claimedBefore.put(lang, PolicyWords.union(overseen.get(lang), PolicyWords.administrations(lang),
          PolicyWords.officers(lang), PolicyWords.minus(PolicyWords.divisions(lang), PolicyWords.settlements(lang))));
      unanswering.put(lang, PolicyWords.unanswering(lang));
      blaming.put(lang, PolicyWords.union(PolicyWords.blaming(lang), PolicyWords.answeringFor(lang)));
      failing.put(lang, PolicyWords.union(PolicyWords.failing(lang), PolicyWords.stalling(lang)));
      failed.put(lang, PolicyWords.union(PolicyWords.publicWorks(lang), PolicyWords.networks(lang)));
      failureTold.put(lang, PolicyWords.union(failing.get(lang), finished.get(lang)));
      observers.put(lang, PolicyWords.observers(lang));
      observing.put(lang, PolicyWords.union(PolicyWords.observing(lang), checking.get(lang)));
      watched.put(lang, PolicyWords.union(overseen.get(lang), PolicyWords.bodies(lang)));
      assemblies.put(lang, PolicyWords.assemblies(lang));
      legislature.put(lang, PolicyWords.union(PolicyWords.chambers(lang), PolicyWords.legislators(lang)));
      publicising.put(lang, PolicyWords.publicising(lang));
      publicly.put(lang, PolicyWords.publicly(lang));
      Lexicon.Grammar g = lexicon.get(lang).grammar();
      Set<String> placing = PolicyWords.minus(g.places(), g.borneBy());
      // what may stand between a verb of watching and the body watched: its sittings, a word of public life
      // ("local", "municipal"), the function words of a noun phrase ("the hearings of the courts", "aux
      // séances du conseil municipal")
      beforeBody.put(lang, PolicyWords.union(PolicyWords.sittings(lang), PolicyWords.publicKinds(lang),
          PolicyWords.of(lang), g.determiners(), g.belonging(), g.places(), g.sittingPlaces()));
      after.put(lang, PolicyWords.union(g.belonging(), g.kinds(), g.locatives(), g.topics(), g.sittingPlaces(),
          placing, g.copulas()));
      before.put(lang, PolicyWords.union(g.places(), g.kinds(), g.topics(), g.locatives(), g.borneBy()));
      opening.put(lang, PolicyWords.union(before.get(lang), g.belonging(), PolicyWords.agents(lang),
          PolicyWords.sanctionedFor(lang)));
    }
  }

  /**
   * The positions of the question's tokens where the police, the prosecution or a court is told acting.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   * @param elision per token, the letter of an article or preposition elided before it ("d" of
   *     "d'écriture"), else empty
   */
  Set<Integer> positions(List<String> surface, boolean[] clause, String[] elision, Lang lang) {
    Set<String> power = lexicon.get(lang).publicLife().justice();
    Set<Integer> out = Set.of();
    for (int i = 1; i + 1 < surface.size(); i++) {
      if (power.contains(surface.get(i)) && acting(surface, clause, elision, i, lang)) {
        out = added(out, i);
      }
    }
    return out;
  }

  /**
   * The positions of the question's tokens where a holder or a body of public power is told overseen:
   * the first power named in the same clause at most {@link #OBJECT_SPAN} words after a word of
   * overseeing.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> overseen(List<String> surface, boolean[] clause, Lang lang) {
    Set<String> acts = overseeing.get(lang);
    Set<String> powers = overseen.get(lang);
    Set<String> owning = lexicon.get(lang).grammar().belonging();
    Set<String> agent = agents.get(lang);
    Set<String> owned = after.get(lang);
    Set<Integer> out = Set.of();
    for (int i = 0; i + 1 < surface.size(); i++) {
      if (!acts.contains(surface.get(i))) {
        continue;
      }
      for (int j = i + 1; j < surface.size() && j <= i + OBJECT_SPAN && !clause[j]; j++) {
        if (owning.contains(surface.get(j)) || agent.contains(surface.get(j))) {
          // the power after it owns the thing overseen (its spending, its records), whose own theme
          // says what is asked; or it is the overseer of a passive
          break;
        }
        if (powers.contains(surface.get(j))) {
          // a preposition of belonging, kind, place or topic after it makes it the owner or the kind of
          // the thing overseen, as it does a power told acting ("the state of the roads", "el estado
          // de salud", "the city of birth")
          if (j + 1 >= surface.size() || clause[j + 1] || !owned.contains(surface.get(j + 1))) {
            out = added(out, j);
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * The positions of the question's tokens where a holder or a body of public power is bound to give
   * the reasons of its acts, read as held to account as one told overseen is: a power ({@link
   * PolicyWords#officeholders}, {@link PolicyWords#offices}, {@link PolicyWords#treasuries}, {@link
   * PolicyWords#justice}) followed in the same clause, within {@link #OBJECT_SPAN} tokens, by a verb of
   * {@link PolicyWords#explaining} that a word of duty ({@link PolicyWords#owing}: "must", "doit",
   * "tiene que") stands between, or that the people make it do ({@link PolicyWords#compelling} at most
   * three tokens before the power: "make the mayor explain", "obliger la mairie à justifier"). The
   * verb gives the reasons of an act where it justifies (the stem "justif" the three languages share),
   * where a word asking a reason ({@link PolicyWords#reasons}) follows it within {@link #OBJECT_SPAN}
   * tokens, or where it is reflexive ("s'expliquer": explaining oneself): "the minister must explain
   * the new timetable" is an errand told, not an answer owed. A boss, a landlord, a treasurer or a
   * referee is no power.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   * @param elision per token, the letter elided before it, else empty
   */
  Set<Integer> bound(List<String> surface, boolean[] clause, String[] elision, Lang lang) {
    Set<String> powers = overseen.get(lang);
    Set<String> verbs = explaining.get(lang);
    Set<Integer> out = Set.of();
    for (int j = 0; j + 1 < surface.size(); j++) {
      if (!powers.contains(surface.get(j))) {
        continue;
      }
      boolean owed = compelled(surface, clause, j, lang);
      for (int k = j + 1; k < surface.size() && k <= j + OBJECT_SPAN && !clause[k]; k++) {
        String s = surface.get(k);
        owed |= said(owing.get(lang), surface, k, lang);
        if (owed && verbs.contains(s) && (s.startsWith("justif") || "s".equals(elision[k])
            || reasoned(surface, clause, k, lang))) {
          out = added(out, j);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The positions of the question's tokens where a holder of public office is told made to answer for
   * his acts, read as held to account as one told overseen is, in three shapes:
   * <ul>
   *   <li>a sanction borne: a holder or an officer ({@link PolicyWords#officeholders}, {@link
   *       PolicyWords#officers}) then, within {@link #BEARER_SPAN} tokens of his clause, a participle of
   *       {@link PolicyWords#sanctionedForms} with an auxiliary of the passive ({@link
   *       PolicyWords#passives}) at most two tokens before it ("can public servants be sanctioned", "les
   *       fonctionnaires qui ... sont sanctionnés"), or such a participle right before him ("son
   *       castigados los funcionarios"); without the auxiliary the participle is his own act;</li>
   *   <li>a sanction faced: a noun of {@link PolicyWords#sanctionNouns} joined to the holder by a verb of
   *       {@link PolicyWords#bearing} ("officials face penalties", "qué consecuencias enfrenta un
   *       ministro"), or followed by a preposition of {@link PolicyWords#sanctionedFor} with only
   *       closed-class words and ranks ({@link PolicyWords#ranks}) before the holder ("des sanctions pour
   *       un haut fonctionnaire"): the consequences of a decision, the sanctions a minister announces, the
   *       penalties for hitting an officer are not;</li>
   *   <li>an answer owed: a holder, an officer or a body of public power (the powers {@link #bound}
   *       reads) then, within {@link #BEARER_SPAN} tokens, a verb of {@link PolicyWords#answeringFor} made
   *       owed by a word of {@link PolicyWords#answerable} ("answer for", "en répondre", "répondre de
   *       ses", "que respondan por sus actos", "responder ante"), no noun after a determiner ("an answer
   *       for"); "répondre de" and "responder por" only before a closed-class word ("de ses décisions",
   *       not "de manière claire"; "por sus actos", not "por escrito").</li>
   * </ul>
   * A holder opened by a preposition (the one wronged, one's workplace, the agent of a passive: "works
   * for the city", "firms paid by the state should answer to the public") is no subject of the first and last shapes; a holder the speaker is or names as his own ("I'm a civil
   * servant", "my dad is a police officer", "mi alcalde") is his own life's, and none is read. A
   * captain, a coach, a referee or a child is no holder.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> answerable(List<String> surface, boolean[] clause, Lang lang) {
    Set<String> holders = sanctionable.get(lang);
    Set<String> powers = overseen.get(lang);
    Set<Integer> out = Set.of();
    for (int j = 0; j < surface.size(); j++) {
      String s = surface.get(j);
      boolean holder = holders.contains(s);
      // the bearer's phrase ends at {@code end}: a holder's own word, or the public kind or the body of staff
      int end = holder || powers.contains(s) ? j : staffed(surface, clause, j, lang);
      if (end < 0 || ownLife(surface, clause, j, lang)) {
        continue;
      }
      holder |= end != j || !powers.contains(s);
      // a holder the people make act is the one who answers, past the preposition that marks him their
      // object ("forzar a la gobernadora a justificar sus gastos")
      boolean subject = !opened(surface, clause, j, lang) || compelled(surface, clause, j, lang);
      boolean[] read = clause;
      // the subject of a clause of condition taken up past its comma ("if a minister lies, does he ...")
      int main = subject ? takenUp(surface, clause, j, end, lang) : -1;
      if (main > 0) {
        read = clause.clone();
        read[main] = false;
        end = main - 1;
      }
      if (holder && (subject && (borne(surface, read, j, end, lang) || reportsBack(surface, read, end, lang)
          || reportsToPeople(surface, read, end, lang))
          || faced(surface, read, j, end, lang))
          || subject && answersFor(surface, read, end, lang)) {
        // a denial stands for no word of the question: the body it names is read
        out = added(out, denials.get(lang).contains(s) ? staffBody(surface, clause, j, lang) : j);
      }
    }
    return out;
  }

  /** The most tokens after a word of checking within which the work's completion is told. */
  static final int WORKS_SPAN = 12;

  /** The most tokens after a work being built within which the work it builds is named ("the yard of the new county library"). */
  static final int OF_SPAN = 5;

  /**
   * The positions of the question's tokens where the people are told following up a public work: a
   * word of checking ({@link PolicyWords#checking}, {@link PolicyWords#overseeing}: track, verify, watch,
   * "vérifier", "vigilar") then, in its clause within {@link #WORKS_SPAN} tokens, a work a public body
   * builds ({@link PolicyWords#publicWorks}, {@link PolicyWords#publicWorkPhrases}: a bridge, a well, a
   * health centre, "las obras") and a word telling it built, finished or repaired, or not ({@link
   * PolicyWords#completing}, {@link PolicyWords#stalling}: "whether the new dykes are complete", "que le
   * quai a été refait", "si se levantaron los muros", "la faena detenida"), or the promise it is measured
   * against ({@link PolicyWords#promises}: "the road promised to the village", "la route promise"), in
   * either order after the check; or two works, one of them the other being built ({@link
   * PolicyWords#underway}: "the works on the new bridge", "le chantier du marché couvert", "la obra del
   * hospital"). Whether a promised work was delivered is what its builder answers for: the word of checking
   * is read as held to account, as a power told overseen is. So is a work checked to keep its builder from
   * cheating or skimping: a word of {@link PolicyWords#preventing} stands where the completion does
   * ("contrôler les travaux afin de prévenir les fraudes"). A work the speaker calls his own ("my school"),
   * a house or a kitchen a builder never finished, or a legislature's "travaux" followed, is none.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> worksFollowed(List<String> surface, boolean[] clause, Lang lang) {
    Set<String> checks = checking.get(lang);
    Set<String> done = completing.get(lang);
    Set<String> building = underway.get(lang);
    Set<Integer> out = Set.of();
    for (int i = 0; i + 1 < surface.size(); i++) {
      if (!checks.contains(surface.get(i))) {
        continue;
      }
      // the work may stand before the check in its clause ("les puits ... suivent les réparations")
      int start = QuestionCompiler.clauseStart(clause, i);
      boolean work = false;
      // a work being built, and a work that is no such labour itself (a school, a road) joined to it: right
      // before it ("road works") or at most {@link #OF_SPAN} tokens after it ("the works on the new
      // harbour bridge", "la obra del hospital"), not one merely near it ("beside our library")
      int labourEnd = -1;
      boolean built = false;
      boolean solid = false;
      boolean told = false;
      // a promise measures a work the question names as such (a school, a road), not labours alone
      // (the works a plumber promised)
      boolean pledged = false;
      for (int k = start; k < surface.size() && k <= i + WORKS_SPAN && (k <= i || !clause[k]); k++) {
        String s = surface.get(k);
        if (k > i && funds.get(lang).contains(s) && (k == i + 1 || k == i + 2
            && lexicon.get(lang).grammar().determiners().contains(surface.get(i + 1)))) {
          // the money is the check's object, what is followed ("track the funds the county gets
          // for bridge upkeep"), not a work's delivery ("check whether the funds for upkeep were used")
          break;
        }
        int n = workAt(surface, clause, k, lang);
        boolean labour = false;
        for (int t = k; t < k + Math.max(n, 1); t++) {
          labour |= building.contains(surface.get(t));
        }
        boolean joined = false;
        if (labour) {
          // a solid work right before the labour: "road works", "school construction"
          joined = k > 0 && !clause[k] && workAt(surface, clause, k - 1, lang) == 1
              && !building.contains(surface.get(k - 1));
          labourEnd = k + Math.max(n, 1) - 1;
        } else if (n > 0) {
          joined = labourEnd >= 0 && k - labourEnd <= OF_SPAN;
        }
        if (n > 0) {
          work = true;
          solid |= !labour;
          k += n - 1;
        } else if (k > i && done.contains(s)) {
          told |= !promised.get(lang).contains(s);
          pledged |= promised.get(lang).contains(s);
        }
        built |= joined;
        if (work && told || solid && pledged || built) {
          out = added(out, i);
          break;
        }
      }
    }
    return out;
  }

  /** The most tokens between the parts of a claim of rights ({@link #rightsClaimed}). */
  static final int CLAIM_SPAN = 4;

  /**
   * The positions of the question's tokens where the people are told claiming their rights before a
   * public power: a verb of {@link PolicyWords#claiming} (claim, "faire valoir", "exigir"), then, in its
   * clause within {@link #CLAIM_SPAN} tokens, rights in the plural ({@link PolicyWords#rights}), then
   * within as many a preposition of {@link PolicyWords#claimedFrom} (from, before, "auprès", "devant",
   * "ante") and, within as many after it, a holder, an officer or a body of public power, an
   * administration, or a division that names a level of government ({@link PolicyWords#divisions} less
   * {@link PolicyWords#settlements}: "from the county office", "from the town clerks", "auprès de la préfecture", "devant les services communaux",
   * "ante el ayuntamiento del pueblo"). Whoever helps them (paralegals, a women's group) helps the people
   * hold that power to its duties: the verb is read as held to account, as a power told overseen is. One's
   * rights claimed from a landlord, an employer or an airline name no such power, and a single right
   * ("the right to water") is its own matter.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> rightsClaimed(List<String> surface, boolean[] clause, Lang lang) {
    Set<Integer> out = Set.of();
    for (int i = 0; i + 2 < surface.size(); i++) {
      int verb = said(claiming.get(lang), surface, i, lang) ? (claiming.get(lang).contains(surface.get(i)) ? i : i + 1) : -1;
      if (verb < 0) {
        continue;
      }
      int r = next(surface, clause, verb, rights.get(lang));
      int p = r < 0 ? -1 : next(surface, clause, r, claimedFrom.get(lang));
      int b = p < 0 ? -1 : next(surface, clause, p, claimedBefore.get(lang));
      if (b >= 0 && !ownLife(surface, clause, b, lang)) {
        out = added(out, i);
      }
    }
    return out;
  }

  /**
   * The positions of the question's tokens where the people are told given a hold over the
   * administration: a noun of {@link PolicyWords#holdNouns} (power, control, "pouvoir", "poder") with a
   * word of the people before it in its clause, or after it before the preposition below ("plus de poids
   * aux citoyens face à"; {@link PolicyWords#thePeople}, {@link PolicyWords#served},
   * {@link PolicyWords#claimants}: citizens, "les simples citoyens", "la gente"), then within {@link
   * #CLAIM_SPAN} tokens the preposition of what it is over ({@link PolicyWords#over}) and, within as many
   * after it, a holder, a body of public power or the state's apparatus ({@link PolicyWords#apparatus}:
   * the administration, "la burocracia"): ordinary people empowered over those who govern them, the
   * citizen empowerment the field holds public power to account with. A parent's power over a child, a
   * president's over his administration or a player's over a game name no people.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> empowered(List<String> surface, boolean[] clause, Lang lang) {
    Set<Integer> out = Set.of();
    for (int i = 1; i + 2 < surface.size(); i++) {
      if (!holds.get(lang).contains(surface.get(i))) {
        continue;
      }
      boolean theirs = false;
      for (int b = i - 1; b >= 0 && !clause[b + 1] && !theirs; b--) {
        theirs = people.get(lang).contains(surface.get(b));
      }
      int p = next(surface, clause, i, over.get(lang));
      // or the people given it, between the hold and what it is over ("du poids aux habitants face à")
      for (int a = i + 1; a < p && !theirs; a++) {
        theirs = people.get(lang).contains(surface.get(a));
      }
      p = theirs ? p : -1;
      int b = p < 0 ? -1 : next(surface, clause, p, apparatus.get(lang));
      if (b >= 0 && !ownLife(surface, clause, b, lang)) {
        out = added(out, i);
      }
    }
    return out;
  }

  /**
   * The positions of the question's tokens where a holder of public office answers to the people: a
   * holder or an officer ({@link PolicyWords#officeholders}, {@link PolicyWords#officers}) no preposition
   * opens (a body answering its users, "la régie doit répondre à ses abonnés", is its service's
   * responsiveness), none of the speaker's own, then in his clause within {@link #BEARER_SPAN} tokens a verb of
   * {@link PolicyWords#answering} (answer, "répond", "contesta"), or of {@link PolicyWords#fielding} before
   * {@link PolicyWords#calls} ("take listeners' calls"), with no denial right before it, and,
   * within {@link #CLAIM_SPAN} tokens after that verb, the people or an audience on the air ({@link
   * PolicyWords#thePeople}, {@link PolicyWords#served}, {@link PolicyWords#audience}: "aux auditeurs", "a
   * los oyentes", "to residents") or his promises or commitments ({@link PolicyWords#promises}, {@link
   * PolicyWords#commitments}: "sur ses engagements"). A mayor on community radio taking the residents'
   * questions on what he promised is answering to them: read as held to account, as a power told
   * overseen is. A radio host, a teacher or a shop answering its customers is no holder.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> answersToPeople(List<String> surface, boolean[] clause, Lang lang) {
    Set<Integer> out = Set.of();
    for (int j = 0; j + 2 < surface.size(); j++) {
      if (!sanctionable.get(lang).contains(surface.get(j)) || opened(surface, clause, j, lang)
          || ownLife(surface, clause, j, lang)) {
        continue;
      }
      for (int k = j + 1; k < surface.size() && k <= j + BEARER_SPAN && !clause[k]; k++) {
        // a verb of answering, or of taking calls or questions ("take listeners' calls", "toma las llamadas")
        boolean replies = replying.get(lang).contains(surface.get(k))
            || fielding.get(lang).contains(surface.get(k)) && next(surface, clause, k, calls.get(lang)) >= 0;
        if (!replies || unanswering.get(lang).contains(surface.get(k - 1))) {
          continue;
        }
        int to = next(surface, clause, k, answered.get(lang));
        if (to < 0) {
          to = next(surface, clause, k, pledges.get(lang));
        }
        if (to >= 0) {
          out = added(out, j);
        }
        break;
      }
    }
    return out;
  }

  /** The most tokens after a complaint within which its answer is told ({@link #complaintsAnswered}). */
  static final int ANSWER_SPAN = 6;

  /**
   * The positions of the question's tokens where the complaints made to a public programme are told
   * answered, the loop closed: a word of {@link PolicyWords#complaining} (a complaint, a grievance,
   * "plainte", "reclamo"), a word of {@link PolicyWords#answering} within {@link #ANSWER_SPAN} tokens
   * after it in its clause ("is answered", "reçoit une réponse", "recibe respuesta"), and, anywhere in the
   * question, a benefit only the state pays or a programme of cash transfers ({@link
   * PolicyWords#stateBenefits}, {@link PolicyWords#transfers}), a programme's beneficiaries ({@link
   * PolicyWords#recipients}) or a public power: grievances redressed is the programme
   * answering to those it serves, read as held to account as a power told overseen is. A shop's or a
   * phone company's complaints line names none of these, and an answer denied ("ne nous répond plus") is
   * the service failing, no loop closed.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> complaintsAnswered(List<String> surface, boolean[] clause, Lang lang) {
    int at = -1;
    for (int c = 1; c + 1 < surface.size() && at < 0; c++) {
      if (!complaints.get(lang).contains(surface.get(c))) {
        continue;
      }
      for (int k = c + 1; k < surface.size() && k <= c + ANSWER_SPAN && !clause[k]; k++) {
        if (replying.get(lang).contains(surface.get(k)) && !unanswering.get(lang).contains(surface.get(k - 1))) {
          at = c;
          break;
        }
      }
    }
    if (at < 0) {
      return Set.of();
    }
    Set<String> benefits = lexicon.get(lang).publicLife().stateBenefits();
    for (int k = 0; k < surface.size(); k++) {
      String s = surface.get(k);
      String two = k + 1 < surface.size() ? s + " " + surface.get(k + 1) : null;
      if (publicMarks.get(lang).contains(s) || benefits.contains(s) || two != null
          && (benefits.contains(two) || transfers.get(lang).contains(two))
          || k + 2 < surface.size() && benefits.contains(two + " " + surface.get(k + 2))) {
        return Set.of(at);
      }
    }
    return Set.of();
  }

  /**
   * The positions of the question's tokens where a service graded by its users is told bound to answer
   * the grades: a word of grading ({@link PolicyWords#grading}, {@link PolicyWords#scoring}: rating, a
   * score card, "notation", "califican"), then, anywhere after it, a verb of {@link PolicyWords#answering}
   * or of making known ({@link PolicyWords#publicising}: the service publishing what it did about the
   * grades) with a word of duty at most three tokens before it ({@link PolicyWords#owing}: "has to answer", "bound
   * to respond", "doit répondre", "obligadas a responder", "must publish"), or the answer told given
   * before everyone ({@link #answeredInPublic}), in a question that names a public work or
   * establishment, a holder, an officer or a body of public power ({@link PolicyWords#publicWorks},
   * {@link PolicyWords#publicWorkPhrases}: a public school, a health centre, district officials; or a
   * thing marked public, {@link PolicyWords#publicKinds}: a public company, "la empresa pública"), none of
   * the speaker's own: community scorecards officials must respond to are the users holding the service
   * to account, read as a power told overseen is. A restaurant rated, staff graded by a manager, or a
   * grading nobody owes an answer to is none.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> gradesAnswered(List<String> surface, boolean[] clause, Lang lang) {
    if (!QuestionCompiler.anyOf(surface, scoring.get(lang))) {
      return Set.of(); // no grade given: nothing below can answer (most questions)
    }
    int grade = -1;
    boolean owed = false;
    boolean kept = false;
    for (int k = 0; k < surface.size(); k++) {
      String s = surface.get(k);
      if (lexicon.get(lang).grammar().personal().contains(s)) {
        return Set.of();
      }
      if (grade < 0 && scoring.get(lang).contains(s)) {
        grade = k;
      }
      kept = kept || graded.get(lang).contains(s) || workAt(surface, clause, k, lang) > 1;
      if (grade >= 0 && k > grade && (replying.get(lang).contains(s) || publicising.get(lang).contains(s))) {
        for (int b = k - 1; b >= 0 && b >= k - 3 && !owed; b--) {
          owed = said(owing.get(lang), surface, b, lang);
        }
        owed = owed || answeredInPublic(surface, k, lang);
      }
    }
    return grade >= 0 && owed && kept ? Set.of(grade) : Set.of();
  }

  /**
   * Whether the answer at {@code k} (a word of {@link PolicyWords#answering} or {@link
   * PolicyWords#publicising}) is given before everyone, as a duty is owed: a verb of answering with a
   * word of {@link PolicyWords#publicly} right after it ("replies publicly", "responde públicamente"),
   * or a verb of publicising with a word of answering at most two tokens after it, the answers
   * themselves made public ("publie ses réponses"). An answer given to one user ("answers my mail")
   * is not read.
   */
  private boolean answeredInPublic(List<String> surface, int k, Lang lang) {
    if (replying.get(lang).contains(surface.get(k))) {
      return k + 1 < surface.size() && said(publicly.get(lang), surface, k + 1, lang);
    }
    for (int n = k + 1; n < surface.size() && n <= k + 2; n++) {
      if (replying.get(lang).contains(surface.get(n))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions of the question's tokens where promises made to win an election are told accounted
   * for, or not: a promise named by its noun ({@link PolicyWords#promiseNouns}) with a word that makes it
   * electoral at most two tokens on either side in its clause ({@link PolicyWords#electoral}: "election pledges", "promesses électorales"; or a
   * campaign's, {@link PolicyWords#campaigns}, "promesas de campaña", where a holder or a body of public
   * power is named), and a word telling how it turned out anywhere in the question ({@link
   * PolicyWords#accountingFor}, {@link PolicyWords#reporting}, {@link PolicyWords#keeping}: reports back,
   * "le bilan", "informa", kept, "cumplió"): the elected answering to the voters for their word, read as
   * held to account as a power told overseen is. A promise alone is the matter promised; a marketing
   * campaign's "promised" is a verb and is not read.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> promisesAccounted(List<String> surface, boolean[] clause, Lang lang) {
    int promise = -1;
    boolean campaign = false;
    for (int k = 0; k < surface.size() && promise < 0; k++) {
      if (!promiseNouns.get(lang).contains(surface.get(k))) {
        continue;
      }
      for (int n = Math.max(0, k - 2); n <= k + 2 && n < surface.size(); n++) {
        String s = surface.get(n);
        if (n != k && (electoral.get(lang).contains(s) || campaigns.get(lang).contains(s))
            && !clause[Math.max(n, k)] && (Math.abs(n - k) < 2 || !clause[Math.min(n, k) + 1])) {
          promise = k;
          campaign = !electoral.get(lang).contains(s);
          break;
        }
      }
    }
    if (promise < 0) {
      return Set.of();
    }
    boolean told = false;
    boolean office = !campaign;
    for (int k = 0; k < surface.size(); k++) {
      told |= k != promise && accounted.get(lang).contains(surface.get(k));
      office |= overseen.get(lang).contains(surface.get(k));
    }
    return told && office ? Set.of(promise) : Set.of();
  }

  /**
   * The positions of the question's tokens where the people or a group of the public watch a public
   * body at its work and make known what they saw: one of {@link PolicyWords#observers} (residents,
   * volunteers, an association, "bénévoles", "asociaciones"), then within {@link #BEARER_SPAN} tokens in
   * its clause a verb of {@link PolicyWords#observing}, {@link PolicyWords#checking} or {@link
   * PolicyWords#overseeing} (observe, attend, follow, "assister", "vigilar"), then within {@link
   * #BEARER_SPAN} tokens after it in its clause a body of public power ({@link #watched}: a court, a
   * council, the town hall; or an assembly beside a word of {@link PolicyWords#publicKinds}, "le conseil
   * municipal") with only its sittings and a noun phrase's function words between ({@link #bodyAfter}), and after the verb anywhere a word of {@link PolicyWords#publicising} (publish, a
   * report, "publient", "informes"): observers at a court's hearings or a council's sittings who publish
   * what they see hold it to account, read as a power told overseen is. A legislature named anywhere
   * leaves it to the legislature's openness; a trial watched on television has no such group, a club's
   * meetings no public body.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> sittingsObserved(List<String> surface, boolean[] clause, Lang lang) {
    int told = -1;
    for (int k = surface.size() - 1; k >= 0; k--) {
      if (legislature.get(lang).contains(surface.get(k))) {
        return Set.of();
      }
      if (told < 0 && publicising.get(lang).contains(surface.get(k))) {
        told = k;
      }
    }
    if (told < 0) {
      return Set.of();
    }
    for (int j = 0; j + 2 < told; j++) {
      if (!observers.get(lang).contains(surface.get(j))) {
        continue;
      }
      for (int v = j + 1; v < told && v <= j + BEARER_SPAN && !clause[v]; v++) {
        if (observing.get(lang).contains(surface.get(v)) && bodyAfter(surface, clause, v, lang)) {
          return Set.of(j);
        }
      }
    }
    return Set.of();
  }

  /**
   * Whether a body of public power ({@link #watched}), or an assembly with a word of {@link
   * PolicyWords#publicKinds} beside it, stands within {@link #BEARER_SPAN} tokens after {@code v} in its
   * clause, only the body's sittings ({@link PolicyWords#sittings}), words of public life ({@link
   * PolicyWords#of}, {@link PolicyWords#publicKinds}) and the function words of a noun phrase between: the body itself watched at its work, not its money nor its acts told
   * by a clause ("how the ministry spends").
   */
  private boolean bodyAfter(List<String> surface, boolean[] clause, int v, Lang lang) {
    Set<String> kinds = publicKinds.get(lang);
    for (int b = v + 1; b < surface.size() && b <= v + BEARER_SPAN && !clause[b]; b++) {
      String s = surface.get(b);
      if (watched.get(lang).contains(s) || assemblies.get(lang).contains(s)
          && (kinds.contains(surface.get(b - 1)) || b + 1 < surface.size() && kinds.contains(surface.get(b + 1)))) {
        return true;
      }
      if (!beforeBody.get(lang).contains(s)) {
        return false;
      }
    }
    return false;
  }

  /** The first token of {@code words} within {@link #CLAIM_SPAN} tokens after {@code k} in its clause, or -1. */
  private static int next(List<String> surface, boolean[] clause, int k, Set<String> words) {
    for (int j = k + 1; j < surface.size() && j <= k + CLAIM_SPAN && !clause[j]; j++) {
      if (words.contains(surface.get(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * How many tokens the public work at {@code k} takes ({@link PolicyWords#publicWorks}, {@link
   * PolicyWords#publicWorkPhrases}), none of the speaker's own ("my school"), or 0.
   */
  private int workAt(List<String> surface, boolean[] clause, int k, Lang lang) {
    if (owned(surface, clause, k, lang)) {
      return 0;
    }
    for (List<String> phrase : workPhrases.get(lang).getOrDefault(surface.get(k), List.of())) {
      if (QuestionCompiler.phraseAt(surface, k, phrase)) {
        return phrase.size();
      }
    }
    return works.get(lang).contains(surface.get(k)) ? 1 : 0;
  }

  /**
   * The positions of the question's tokens where the fault of a public work's or a public supply's
   * failure is asked: a word of {@link PolicyWords#blaming} or of {@link PolicyWords#answeringFor}
   * (responsible, accountable, "répondre", "responsabilidad"; not a verb of answering denied, "personne
   * ne répond", a reply not given) in a question that also tells a failure ({@link PolicyWords#failing},
   * {@link PolicyWords#stalling}: collapsed, flooded, abandoned, "coupures", "colapso"; or a completion
   * denied, {@link #denied}: "toujours pas achevé") and names a work a public body builds or a supply its
   * network brings ({@link PolicyWords#publicWorks}, {@link PolicyWords#publicWorkPhrases}, {@link
   * PolicyWords#networks}: a bridge, a health centre, electricity, "el agua"), none of them the speaker's
   * own. Who answers when the bridge falls or the water stops is who answers for a public service: the
   * word of fault is read as held to account, as a power told overseen is. So is the reason asked of a
   * work left undone or stopped, a verb of {@link PolicyWords#explaining} or a word of {@link
   * PolicyWords#reasons} ("say why the bridge was never completed", "pourquoi le marché annoncé n'a jamais
   * été bâti"), but not of any failure (why the school closed early is the day's news). A roof a
   * builder botched, a team that lost, a kitchen left undone tell no public work failing.
   *
   * @param surface the question's folded tokens, function words included
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> failureBlamed(List<String> surface, boolean[] clause, Lang lang) {
    Set<String> faults = blaming.get(lang);
    Set<String> failures = failing.get(lang);
    Set<String> things = failed.get(lang);
    // a failure told (a word of failing, or a completion denied) and a work: without both the question
    // is read no further (most questions)
    if (!QuestionCompiler.anyOf(surface, failureTold.get(lang))) {
      return Set.of();
    }
    boolean work = false;
    for (int k = 0; k < surface.size() && !work; k++) {
      work = things.contains(surface.get(k)) && !owned(surface, clause, k, lang) || workAt(surface, clause, k, lang) > 1;
    }
    if (!work) {
      return Set.of();
    }
    int fault = -1;
    int why = -1;
    boolean failure = false;
    boolean undelivered = false;
    for (int k = 0; k < surface.size(); k++) {
      String s = surface.get(k);
      if (fault < 0 && faults.contains(s) && !(answering.get(lang).contains(s) && unanswered(surface, clause, k, lang))) {
        fault = k;
      }
      if (why < 0 && (explaining.get(lang).contains(s) || said(reasons.get(lang), surface, k, lang))) {
        why = k;
      }
      boolean stopped = stalled.get(lang).contains(s) || denied(surface, clause, k, lang);
      failure |= failures.contains(s) || stopped;
      undelivered |= stopped;
    }
    // the reason asked of a work left undone: "say why the bridge was never completed", "pourquoi
    // le marché annoncé n'a jamais été bâti"
    return fault >= 0 && failure ? Set.of(fault) : why >= 0 && undelivered ? Set.of(why) : Set.of();
  }

  /**
   * Whether the word of answering at {@code k} is denied by a word of {@link PolicyWords#unanswering} at
   * most three tokens before it in its clause: "nobody at the utility answers", "personne ne répond", "no
   * responde": a reply not given, the service failing its users, no fault asked.
   */
  private boolean unanswered(List<String> surface, boolean[] clause, int k, Lang lang) {
    for (int b = k - 1; b >= 0 && b >= k - 3 && !clause[b + 1]; b--) {
      if (unanswering.get(lang).contains(surface.get(b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} tells a work built or finished ({@link PolicyWords#completing}) with a
   * word of {@link PolicyWords#undone} at most three tokens before it in its clause: "still not finished",
   * "n'est pas encore achevé", "sigue aún sin terminar".
   */
  private boolean denied(List<String> surface, boolean[] clause, int k, Lang lang) {
    if (!finished.get(lang).contains(surface.get(k))) {
      return false;
    }
    for (int b = k - 1; b >= 0 && b >= k - 3 && !clause[b + 1]; b--) {
      if (undone.get(lang).contains(surface.get(b))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a first person's possessive stands right before the word at {@code k} ("my school"). */
  private boolean owned(List<String> surface, boolean[] clause, int k, Lang lang) {
    return k > 0 && !clause[k] && lexicon.get(lang).grammar().personal().contains(surface.get(k - 1));
  }

  /**
   * Where the phrase of a body's staff beginning at {@code j} ends, or -1 ({@link #answerable}): a word of
   * {@link PolicyWords#attendants} or {@link PolicyWords#servants} made public by a word of {@link
   * PolicyWords#publicKinds} right before it (English) or right after it (French, Spanish): "public
   * employees", "responsables publics", "servidores públicos"; or such a word, or a denial ({@link
   * PolicyWords#denials}: "nobody", "personne", "nadie"), owned by a body of public power past a
   * preposition ({@link #staffBody}: "staff at the ministry", "agents de la préfecture", "nadie del
   * ministerio"); or staff right after such a body ("ministry staff", "town hall staff"). A shop's, a
   * restaurant's or a club's staff is none.
   */
  private int staffed(List<String> surface, boolean[] clause, int j, Lang lang) {
    String s = surface.get(j);
    boolean member = staff.get(lang).contains(s);
    if (!member && !denials.get(lang).contains(s)) {
      return -1;
    }
    if (member) {
      Set<String> kinds = publicKinds.get(lang);
      // the kind stands where the language puts a noun's qualifier: before it ("public servants") or after
      boolean kindBefore = lexicon.get(lang).grammar().ownerBefore();
      if (kindBefore && j > 0 && !clause[j] && kinds.contains(surface.get(j - 1))) {
        return j;
      }
      if (!kindBefore && j + 1 < surface.size() && !clause[j + 1] && kinds.contains(surface.get(j + 1))) {
        return j + 1;
      }
      if (j > 0 && !clause[j] && overseen.get(lang).contains(surface.get(j - 1))) {
        return j;
      }
      for (List<String> seat : seats.get(lang)) {
        if (QuestionCompiler.phraseAt(surface, j - seat.size(), seat)) {
          return j;
        }
      }
    }
    return staffBody(surface, clause, j, lang);
  }

  /**
   * The position of the body of public power that owns the staff at {@code j} past a preposition of
   * belonging or place, with at most two words (an article, "government" of "government agencies")
   * between, or -1.
   */
  private int staffBody(List<String> surface, boolean[] clause, int j, Lang lang) {
    Lexicon.Grammar g = lexicon.get(lang).grammar();
    if (j + 1 >= surface.size() || clause[j + 1]) {
      return -1;
    }
    String p = surface.get(j + 1);
    if (!g.belonging().contains(p) && !g.places().contains(p) && !g.locatives().contains(p)) {
      return -1;
    }
    for (int b = j + 2; b < surface.size() && b <= j + 4 && !clause[b]; b++) {
      if (overseen.get(lang).contains(surface.get(b))) {
        return b;
      }
    }
    return -1;
  }

  /**
   * Where the main clause begins whose subject is the holder at {@code j} (his phrase ending at {@code
   * end}), told as the subject of a clause of {@link PolicyWords#conditions} ("if a minister lies to
   * parliament, does he face any consequences", "si le maire détourne l'argent, doit-il en répondre",
   * "si el alcalde roba, ¿enfrenta consecuencias?"), or -1: the conjunction before him with only an
   * article or a rank between, and, in English and French, a pronoun of {@link
   * PolicyWords#holderPronouns} among the first three words of the main clause (Spanish drops it). A
   * holder who is the object of the condition ("if my dog bites the postman") is none, nor one after a
   * frame of the speaker's own ("in my game, if the mayor lies").
   */
  private int takenUp(List<String> surface, boolean[] clause, int j, int end, Lang lang) {
    Lexicon.Grammar g = lexicon.get(lang).grammar();
    int c = j - 1;
    while (c >= 0 && c >= j - 3 && !clause[c + 1]
        && (g.articles().contains(surface.get(c)) || indefinite.get(lang).contains(surface.get(c))
            || ranks.get(lang).contains(surface.get(c)))) {
      c--;
    }
    if (c < 0 || clause[c + 1] || !conditions.get(lang).contains(surface.get(c))) {
      return -1;
    }
    // a frame of one's own before the condition ("in my game, if the mayor lies") makes him its character
    for (int b = 0; b < c; b++) {
      if (g.personal().contains(surface.get(b))) {
        return -1;
      }
    }
    int main = end + 1;
    while (main < surface.size() && !clause[main]) {
      main++;
    }
    if (main >= surface.size()) {
      return -1;
    }
    // a language that drops the subject pronoun takes the holder up with none ("¿enfrenta consecuencias?")
    if (g.dropsSubject()) {
      return main;
    }
    for (int k = main; k < surface.size() && k <= main + 2 && (k == main || !clause[k]); k++) {
      if (thirdPersons.get(lang).contains(surface.get(k))) {
        return main;
      }
    }
    return -1;
  }

  /**
   * Whether the holder whose phrase ends at {@code end} is told coming back to explain himself or to
   * report ({@link PolicyWords#returning}, then {@link PolicyWords#explaining} or {@link
   * PolicyWords#reporting} at most four tokens after it): "do elected representatives come back to
   * explain", "les conseillers reviennent-ils expliquer", "los concejales vuelven al barrio a explicarnos".
   */
  private boolean reportsBack(List<String> surface, boolean[] clause, int end, Lang lang) {
    for (int v = end + 1; v < surface.size() && v <= end + BEARER_SPAN && !clause[v]; v++) {
      if (!said(returning.get(lang), surface, v, lang)) {
        continue;
      }
      for (int r = v + 1; r < surface.size() && r <= v + 5 && !clause[r]; r++) {
        if (reporting.get(lang).contains(surface.get(r))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the holder whose phrase ends at {@code end} is told explaining himself or reporting to the
   * people he serves, or facing them: a verb of {@link PolicyWords#explaining}, {@link
   * PolicyWords#reporting} or {@link PolicyWords#bearing} ("councillors facing their voters") within
   * {@link #BEARER_SPAN} tokens, then, two or three tokens after it, the people as a whole, those a
   * public counter serves or claimants ({@link PolicyWords#thePeople}, {@link PolicyWords#served},
   * {@link PolicyWords#claimants}): "a governor should report to the citizens on his year", "le préfet
   * explique aux habitants", "el intendente rinde cuentas a los vecinos". A holder explaining to his
   * colleagues, a client or the press answers to none of them.
   */
  private boolean reportsToPeople(List<String> surface, boolean[] clause, int end, Lang lang) {
    for (int v = end + 1; v < surface.size() && v <= end + BEARER_SPAN && !clause[v]; v++) {
      if (!reporting.get(lang).contains(surface.get(v)) && !bearing.get(lang).contains(surface.get(v))) {
        continue;
      }
      // the people past a preposition or an article: right after the verb they name its kind ("rendre public")
      for (int r = v + 2; r < surface.size() && r <= v + 3 && !clause[r] && !clause[v + 1]; r++) {
        if (people.get(lang).contains(surface.get(r))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the holder at {@code j} is the speaker's own or what the speaker is ({@link #answerable}):
   * a first person's possessive anywhere in his clause ("my dad, a police officer", "le ministre du
   * culte de ma paroisse").
   */
  private boolean ownLife(List<String> surface, boolean[] clause, int j, Lang lang) {
    Lexicon.Grammar g = lexicon.get(lang).grammar();
    for (int b = j - 1; b >= 0 && !clause[b + 1]; b--) {
      if (g.personal().contains(surface.get(b))) {
        return true;
      }
    }
    for (int a = j + 1; a < surface.size() && !clause[a]; a++) {
      if (g.personal().contains(surface.get(a))) {
        return true;
      }
    }
    // what someone is: a copula or a speaker's "I am" before him, past his rank and an indefinite article
    int b = j - 1;
    while (b >= 0 && !clause[b + 1] && ranks.get(lang).contains(surface.get(b))) {
      b--;
    }
    boolean some = b >= 0 && !clause[b + 1] && indefinite.get(lang).contains(surface.get(b));
    if (some) {
      b--;
    }
    // "are officials ever punished" asks of them all: a copula names what one is before "a" only
    return b >= 0 && some && !clause[b + 1] && g.copulas().contains(surface.get(b))
        || b >= 0 && !clause[b + 1] && SELF.contains(surface.get(b));
  }

  /** The words of a speaker saying what he is, before the post he holds ("I'm", "je suis", "soy"). */
  private static final Set<String> SELF = Set.of("im", "i'm", "am", "suis", "sommes", "soy", "somos");

  /**
   * Whether a verb of {@link PolicyWords#compelling} stands at most three tokens before the power at
   * {@code j} in its clause: the people make it act ("force the governor to justify", "contraindre le préfet à
   * s'expliquer", "forzar a la gobernadora a justificar"), the act owed whatever its grammar.
   */
  private boolean compelled(List<String> surface, boolean[] clause, int j, Lang lang) {
    for (int b = Math.max(0, j - 3); b < j; b++) {
      if (compelling.get(lang).contains(surface.get(b)) && !clause[b + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a preposition opens the holder at {@code j}, right before him or before his article. */
  private boolean opened(List<String> surface, boolean[] clause, int j, Lang lang) {
    Set<String> prepositions = opening.get(lang);
    return j >= 1 && !clause[j] && prepositions.contains(surface.get(j - 1))
        || j >= 2 && !clause[j] && !clause[j - 1] && lexicon.get(lang).grammar().articles().contains(surface.get(j - 1))
            && prepositions.contains(surface.get(j - 2));
  }

  /** Whether the holder at {@code j} is told bearing a sanction in the passive ({@link #answerable}). */
  private boolean borne(List<String> surface, boolean[] clause, int j, int end, Lang lang) {
    Set<String> forms = sanctioned.get(lang);
    // the auxiliary before the bearer, a question's order: "are employees of the ministry ever punished"
    // (past his article, his public kind or the body he serves: "are state employees ever dismissed")
    boolean inverted = false;
    for (int b = j - 1; b >= 0 && b >= j - 3 && !clause[b + 1] && !inverted; b--) {
      String w = surface.get(b);
      inverted = passives.get(lang).contains(w);
      if (!inverted && !lexicon.get(lang).grammar().articles().contains(w) && !publicKinds.get(lang).contains(w)
          && !overseen.get(lang).contains(w)) {
        break;
      }
    }
    for (int k = end + 1; k < surface.size() && k <= end + BEARER_SPAN && !clause[k]; k++) {
      if (forms.contains(surface.get(k)) && (inverted || passive(surface, clause, k, lang))) {
        return true;
      }
    }
    // the participle before its subject: "son castigados los funcionarios"
    for (int k = j - 1; k >= 0 && k >= j - 3 && !clause[k + 1]; k--) {
      if (forms.contains(surface.get(k)) && passive(surface, clause, k, lang)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an auxiliary of the passive stands at most two tokens before the participle at {@code k}. */
  private boolean passive(List<String> surface, boolean[] clause, int k, Lang lang) {
    for (int a = k - 1; a >= 0 && a >= k - 3 && !clause[a + 1]; a--) {
      if (passives.get(lang).contains(surface.get(a))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the holder at {@code j} is told facing a sanction named by its noun ({@link #answerable}). */
  private boolean faced(List<String> surface, boolean[] clause, int j, int end, Lang lang) {
    Set<String> nouns = sanctions.get(lang);
    Set<String> verbs = bearing.get(lang);
    // the holder, then a verb of bearing, then the noun at most two tokens after it
    for (int v = end + 1; v < surface.size() && v <= end + BEARER_SPAN && !clause[v]; v++) {
      if (verbs.contains(surface.get(v))) {
        for (int n = v + 1; n < surface.size() && n <= v + 3 && !clause[n]; n++) {
          if (nouns.contains(surface.get(n))) {
            return true;
          }
        }
      }
    }
    // the noun before the holder, joined to him by a verb of bearing or a preposition of whom it is for,
    // with only closed-class words and ranks between; or the verb of bearing right after him ("what
    // sanctions will the ministers face")
    Lexicon.Grammar g = lexicon.get(lang).grammar();
    for (int n = j - 1; n >= 0 && n >= j - OBJECT_SPAN && !clause[n + 1]; n--) {
      if (!nouns.contains(surface.get(n))) {
        continue;
      }
      if (n + 1 < j && (verbs.contains(surface.get(n + 1)) || sanctionedFor.get(lang).contains(surface.get(n + 1)))) {
        boolean bare = true;
        for (int b = n + 2; b < j && bare; b++) {
          bare = g.closedClass().contains(surface.get(b)) || ranks.get(lang).contains(surface.get(b));
        }
        if (bare) {
          return true;
        }
      }
      for (int v = end + 1; v < surface.size() && v <= end + 2 && !clause[v]; v++) {
        if (verbs.contains(surface.get(v))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the power at {@code j} is told owing an answer for its acts ({@link #answerable}): a verb of
   * {@link PolicyWords#answeringFor} within {@link #BEARER_SPAN} tokens, followed by a word of {@link
   * PolicyWords#answerable} or, where that word is French "en", led by it ("en répondre").
   */
  private boolean answersFor(List<String> surface, boolean[] clause, int j, Lang lang) {
    Lexicon.Grammar g = lexicon.get(lang).grammar();
    Set<String> verbs = answering.get(lang);
    Set<String> owed = answerableBy.get(lang);
    // the answer owed begins within the span, at French "en" where it leads the verb
    for (int k = j + 1; k < surface.size() && k <= j + BEARER_SPAN + 1 && !clause[k]; k++) {
      if (!verbs.contains(surface.get(k))) {
        continue;
      }
      String last = surface.get(k - 1);
      if ("en".equals(last) && owed.contains(last)) {
        return true;
      }
      if (k > j + BEARER_SPAN) {
        break;
      }
      // a noun after its determiner ("an answer for", "sa réponse") is an answer given
      if (g.articles().contains(last) || g.determiners().contains(last) || g.possessives().contains(last)
          || indefinite.get(lang).contains(last) || k + 1 >= surface.size() || clause[k + 1]) {
        continue;
      }
      // the subject pronoun of a question put by inversion stands between: "répondent-ils de leurs décisions"
      int q = k + 1;
      if (thirdPersons.get(lang).contains(surface.get(q)) && q + 1 < surface.size() && !clause[q + 1]) {
        q++;
      }
      String particle = surface.get(q);
      if (owed.contains(particle) && !"en".equals(particle)) {
        // a bare "de" or "por" before a closed-class word only: "de ses décisions", "por sus actos", never
        // "de manière claire", "por escrito"
        boolean bare = "de".equals(particle) || "por".equals(particle);
        return !bare || q + 1 < surface.size() && !clause[q + 1] && g.closedClass().contains(surface.get(q + 1));
      }
    }
    return false;
  }

  /** Whether a word asking a reason follows the verb at {@code k} in its clause ({@link #bound}). */
  private boolean reasoned(List<String> surface, boolean[] clause, int k, Lang lang) {
    for (int r = k + 1; r < surface.size() && r <= k + OBJECT_SPAN && !clause[r]; r++) {
      if (said(reasons.get(lang), surface, r, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code k}, alone or with the token after it, is one of {@code words} (one of
   * the lists of {@link #phraseHeads}); the pair is made only where a phrase of them begins so.
   */
  private boolean said(Set<String> words, List<String> surface, int k, Lang lang) {
    return words.contains(surface.get(k)) || k + 1 < surface.size() && phraseHeads.get(lang).contains(surface.get(k))
        && words.contains(surface.get(k) + " " + surface.get(k + 1));
  }

  /**
   * Whether the power at {@code i} is opened by a definite article, with no preposition before or in it
   * (the power is then the object of another's act or the holder of a thing), and followed by what a
   * subject is.
   * A power whose word is as often an everyday thing ({@link PolicyWords#homonyms}: "cour", a yard;
   * "police", a font; "court") acts only where its verb is certain: grammar right after it (an
   * auxiliary, a negation, a relative pronoun: "la police a", "le tribunal ne") or a word and then
   * what follows a verb and not a noun ({@link Lexicon.Grammar#objects}: "la police fiche des
   * militants"; not an article joined to a preposition of belonging, "la cour carrée du Louvre"),
   * not a word that describes it ("la cour pavée d'une ferme", "la police
   * municipale du feuilleton").
   */
  private boolean acting(List<String> surface, boolean[] clause, String[] elision, int i, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    String next = surface.get(i + 1);
    if (clause[i] || clause[i + 1] || !lex.grammar().articles().contains(surface.get(i - 1))
        || after.get(lang).contains(next) || after.get(lang).contains(elision[i + 1])
        || lex.publicLife().justice().contains(next) || before.get(lang).contains(surface.get(i - 1))
        || i >= 2 && !clause[i - 1] && before.get(lang).contains(surface.get(i - 2))) {
      return false;
    }
    return !lex.publicLife().homonyms().contains(surface.get(i)) || lex.grammar().closedClass().contains(next)
        || i + 2 < surface.size() && !clause[i + 2] && elision[i + 2].isEmpty()
            && lex.grammar().objects().contains(surface.get(i + 2))
            && !lex.grammar().belonging().contains(surface.get(i + 2));
  }

  /**
   * {@code out} with {@code at} added: the positions a reading finds start as the empty constant and
   * are made, in their order, at the first one, since most questions find none.
   */
  private static Set<Integer> added(Set<Integer> out, int at) {
    Set<Integer> grown = out.isEmpty() ? new TreeSet<>() : out;
    grown.add(at);
    return grown;
  }

  /** {@code phrases} by their first word, each word's in the order of {@code phrases}. */
  private static Map<String, List<List<String>>> byFirst(List<List<String>> phrases) {
    Map<String, List<List<String>>> out = new HashMap<>();
    phrases.forEach(p -> out.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p));
    out.replaceAll((first, ps) -> List.copyOf(ps));
    return Map.copyOf(out);
  }
}
