package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pledgebot.base.Text;
import org.pledgebot.base.Text;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;

/**
 * Finds the thesaurus themes a question is about, whatever its language, and how surely.
 *
 * <p>Every label, synonym and vocabulary entry of every theme, in every language, is a phrase to
 * look for. Function words are ignored on both sides ("accès à l'information" = "access to
 * information" = [access, information]); words match up to inflection ({@link Word#sameAs}: a stem of
 * three letters counts when two languages' stemmers give it, and so does a French one of four cut
 * from a noun in "-ment", {@link Word#shortStemCut}: "parl" of "parlement" is also "parler"'s) or a typo ({@link Edits#near}: for a
 * word the thesaurus knows in no form; inside a phrase of two words or more, also one edit in a
 * word of three or four letters that is no thesaurus word, when another word of the phrase is
 * exact: "opne budget"; and, inside a phrase, a word of the same family ({@link #root}: "declaren" of
 * "declaración de bienes"; or, between words of the question's language, {@link #verbalRoot}:
 * "communiquer" of "refus de communication") when another word of the phrase is found as it is);
 * the words of a
 * phrase may come in any order, with one extra word among them ("make my
 * data open", "access to government information"). Where phrases overlap, the longest wins; a
 * phrase listed under two themes names both.
 *
 * <p>Each match is evidence for its theme, weighed by the words of the phrase (at most {@value
 * #MAX_WEIGHT}; a lone word many themes use counts {@value #GENERIC_WEIGHT}; vocabulary, which
 * relates to a theme without naming it, {@value #VOCABULARY} of that; an acronym typed in
 * capitals, {@value #ACRONYM}). A question word that is no phrase but belongs to the phrases of
 * one or two themes ("budget", "parliamentary"), a cue, is weaker evidence for them ({@value #CUE}). A
 * theme's weight is the sum of its evidence; the themes kept are those within half of the best.
 *
 * <p>Evidence is strong, or everyday: the entries marked {@link Theme#needsContext} ("budget",
 * "mining", "service delivery") and those naming a sector of public action ({@link Theme#sectors}:
 * a hospital, a school, a health service are things of daily life in every language), lone words
 * found only through their stem with another ending ("account" for "accountability", "lobby" for
 * "lobbying"), phrases found through a short typo,
 * and single words of phrases. Whether everyday evidence is enough is the caller's rule ({@link
 * QuestionCompiler}), which is told which of those words are also everyday words of the question's
 * language ({@link Commonness}) and name no theme themselves: cues and vocabulary ("new", "maison",
 * "espera"), weaker still than a word of the field that everyday language does not use. Two such
 * words of the field, each a one-word entry of the same theme found as written or a cue lifted
 * from the theme's own phrases, vouch for each other: together they are strong evidence ({@link
 * #corroborated}).
 */
final class ThemeDetector {

  /** Every language, in declaration order: {@code Lang.values()} copies its array at every call. */
  private static final Lang[] LANGS = Lang.values();

  /** Each language's {@link #agents}, made once: {@link #agentRoot} asks them of question words. */
  private static final Map<Lang, List<Rewrite>> AGENTS = agentRewrites();

  /** A one-word entry matched only through a typo needs this length: "miles" is not "mines". */
  static final int MIN_FUZZY_SINGLE = 6;

  /** The shortest word a typo is forgiven in, inside a phrase. */
  static final int MIN_SHORT_TYPO = 3;

  /** Cue words shorter than this ("e" of e-services) say nothing. */
  static final int MIN_CUE_LENGTH = 3;

  /** A word of at most this many themes' phrases is a cue for each of them. */
  static final int MAX_CUE_THEMES = 2;

  /** Longer phrases are more specific; beyond three words they are not more so. */
  static final int MAX_WEIGHT = 3;

  /** The weight of a theme named by one word that many themes' phrases use ("transparency"). */
  static final float GENERIC_WEIGHT = 0.5f;

  /** Vocabulary relates to a theme without naming it: it weighs this share of a synonym. */
  static final float VOCABULARY = 0.75f;

  /** The weight a cue word gives the theme it is most often a word of: a word lifted from a phrase. */
  static final float CUE = 0.25f;

  /** An acronym typed in capitals ("EITI", "FOI") names a thing exactly, as a two-word phrase does. */
  static final float ACRONYM = 2f;

  /** Everyday evidence weighs this share of strong evidence. */
  static final float EVERYDAY = 0.5f;

  /** A theme is kept when its weight is at least this share of the best theme's. */
  static final float KEEP = 0.5f;

  /** How many words a verb of choosing may stand before the public spending it apportions ({@link #apportioned}). */
  static final int APPORTIONED = 4;

  /**
   * A thesaurus entry: a label, synonym or vocabulary phrase of one theme. Each is its own;
   * {@code id} numbers the entries from 0 in the order they were made ({@link #matches} counts by it).
   * {@code families} holds, for each of its words, the lookup forms of its families: its {@link #root}'s
   * and its {@link #verbal} root's in the entry's language (none for a word too short to tell), made
   * once here since phrases compare them for every question. {@code sector}: the entry names a sector
   * of public action ({@link Theme#sectors}: "hospitals", "eau potable"). {@code typedOnly}: a word of
   * it is a compound's fragment, looked up as typed only ({@link #fragments}), which a question
   * word's stem may still meet when the entry is placed ({@link Word#sameAs}).
   */
  private record Entry(String theme, Lang lang, List<Word> words, List<List<String>> families, int weightWords,
      boolean vocabulary, boolean everyday, boolean sector, boolean acronym, boolean typedOnly, int id) {

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private final Analysis analysis;
  private final Commonness commonness;
  /**
   * The folded words the thesaurus writes only in capitals, as acronyms, wherever it writes them
   * ("CADA" of "avis de la CADA", "FOI" of "FOI requests"): a cue lifted from them is the acronym's.
   */
  private final Set<String> acronymsOnly;
  private final Set<String> acronymWords = new HashSet<>();
  private final Set<String> plainWords = new HashSet<>();
  private final Set<String> policyWords = PolicyWords.all();
  private final Map<String, List<Entry>> byForm = new HashMap<>();
  private final Map<String, List<Entry>> bySurface = new HashMap<>();
  private final Map<Character, List<String>> shortSurfaces = new HashMap<>();
  /** The one-word entries whose word the entries of many themes use ("transparency"). */
  private final Set<Entry> generic = new HashSet<>();
  private final Vocabulary surfaces;
  /** Per word form, per theme, how many of the theme's entries hold it. */
  private final Map<String, Map<String, Integer>> themesByForm = new HashMap<>();
  /** The same for labels and synonyms only: the words that name a theme as a cue. */
  private final Map<String, Map<String, Integer>> cuesByForm = new HashMap<>();
  /**
   * The same for labels, synonyms and vocabulary phrases of several words: the words a cue is
   * lifted from ("revenue" of "oil revenues"). A lone vocabulary word is an entry, not a cue.
   */
  private final Map<String, Map<String, Integer>> phraseCuesByForm = new HashMap<>();
  /** Per lookup form, the themes one of whose sector entries ({@link Theme#sectors}) holds a word of that form. */
  private final Map<String, Set<String>> sectorForms = new HashMap<>();
  private final Map<String, Map<Lang, Set<String>>> stemsByTheme = new HashMap<>();
  private final Map<String, Map<Lang, Set<String>>> labelStems = new HashMap<>();
  /** Per theme, per language, the weight its label has where a question names it ({@link #labelWeight}). */
  private final Map<String, Map<Lang, Float>> labelWeights = new HashMap<>();
  private final Map<Lang, Set<String>> words = new HashMap<>();
  private final Map<Lang, Set<List<String>>> phrases = new HashMap<>();
  private final Map<Lang, Set<String>> spelled = new HashMap<>();
  /** How many entries were made: the next one's {@link Entry#id}. */
  private int entries;
  /**
   * Per thread, the table {@link #matches} counts the question words that find each phrase in
   * ({@link Positions}): one question at a time on a thread, so each thread keeps its own, sized
   * once for every entry, instead of one built and dropped per question.
   */
  private final ThreadLocal<Positions> positions = ThreadLocal.withInitial(() -> new Positions(entries));
  /** Per language, the entry naming the private sector ({@link PolicyWords#privateSector}), if the thesaurus has it. */
  private final Map<Lang, Entry> privateSector = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> officeholders = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> firms = new EnumMap<>(Lang.class);
  /** Per language, the entry naming the governing of natural resources ({@link PolicyWords#resourceGovernance}). */
  private final Map<Lang, Entry> resourceGovernance = new EnumMap<>(Lang.class);
  /** Per language, the nouns of governing a natural resource ({@link PolicyWords#stewardship}). */
  private final Map<Lang, Set<String>> stewardship = new EnumMap<>(Lang.class);
  /** Per language, the nouns that head a trade's companies ({@link PolicyWords#companies}). */
  private final Map<Lang, Set<String>> companies = new EnumMap<>(Lang.class);
  /**
   * Per language, per word of a trade (the adjective's own form and, in French and Spanish, its
   * singular), the thesaurus phrase that names the trade's companies ({@link #trades}).
   */
  private final Map<Lang, Map<String, Entry>> tradeFirms = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link #tradeFirms} whose entry alone needs context (an everyday word: "mining"). */
  private final Map<Lang, Set<String>> everydayTrades = new EnumMap<>(Lang.class);
  /** Per language, the entry naming office used for one's own ends ({@link PolicyWords#favour}), if the thesaurus has it. */
  private final Map<Lang, Entry> favour = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> kin = new EnumMap<>(Lang.class);
  /** Per language, the deals a public body gives out ({@link PolicyWords#dealtOut}): beside kin, office used for kin. */
  private final Map<Lang, Set<String>> dealtOut = new EnumMap<>(Lang.class);
  /** The words of an enquirer's trade ({@link PolicyWords#enquiry}): no cue alone. */
  private final Map<Lang, Set<String>> enquiry = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> possessives = new EnumMap<>(Lang.class);
  /** Per language, the entry naming money given for an act of office ({@link PolicyWords#bribe}), if the thesaurus has it. */
  private final Map<Lang, Entry> bribe = new EnumMap<>(Lang.class);
  /** Per language, the entry naming office left for the firms it dealt with ({@link PolicyWords#revolvingDoor}), if the thesaurus has it. */
  private final Map<Lang, Entry> revolvingDoor = new EnumMap<>(Lang.class);
  /** Per language, the entry naming firms pressing a public body ({@link PolicyWords#lobbying}), if the thesaurus has it. */
  private final Map<Lang, Entry> lobbying = new EnumMap<>(Lang.class);
  /** Per language, the entry of {@link PolicyWords#publicServices}. */
  private final Map<Lang, Entry> services = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> payments = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#gifts}, by their forms only. */
  private final Map<Lang, Set<String>> gifts = new EnumMap<>(Lang.class);
  /**
   * Per language, the words beside which a gift is private life's ({@link #bribe}): relatives, elders,
   * pastimes, one's own life's things and ends, feasts and contests ({@link PolicyWords#kin}, {@link
   * PolicyWords#elders}, {@link PolicyWords#pastimes}, {@link PolicyWords#ownLife}, {@link
   * PolicyWords#occasions}).
   */
  private final Map<Lang, Set<String>> giftSettings = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> officers = new EnumMap<>(Lang.class);
  /** Per language, the entry naming what public bodies spend ({@link PolicyWords#publicSpending}), if the thesaurus has it. */
  private final Map<Lang, Entry> publicSpending = new EnumMap<>(Lang.class);
  /** Per language, the entry naming the papers public bodies hold ({@link PolicyWords#publicRecords}), if the thesaurus has it. */
  private final Map<Lang, Entry> publicRecords = new EnumMap<>(Lang.class);
  /** Per language, the entry naming public data anyone may reuse ({@link PolicyWords#openData}), if the thesaurus has it. */
  private final Map<Lang, Entry> openData = new EnumMap<>(Lang.class);
  /** Per language, the words of a data file ({@link PolicyWords#dataFiles}), read beside public spending ({@link #asData}). */
  private final Map<Lang, Set<String>> dataFiles = new EnumMap<>(Lang.class);
  /** Per language, data in plain talk and the words that tell it kept as open data ({@link #keptAsData}). */
  private final Map<Lang, Set<String>> dataWords = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> dataQualities = new EnumMap<>(Lang.class);
  /** Per language, the words of data and of a data file ({@link PolicyWords#dataWords}), read beside a reuser ({@link #forReuse}). */
  private final Map<Lang, Set<String>> reusedData = new EnumMap<>(Lang.class);
  /** Per language, what a public body puts out for everyone ({@link PolicyWords#holdings}, {@link PolicyWords#dataWords}, {@link #holdingsReleased}). */
  private final Map<Lang, Set<String>> holdings = new EnumMap<>(Lang.class);
  /** Per language, a file's form and its reuse ({@link PolicyWords#reuseTerms}, {@link #holdingsReleased}). */
  private final Map<Lang, Set<String>> reuseTerms = new EnumMap<>(Lang.class);
  /** Per language, the bodies of public power that own holdings ({@link PolicyWords#treasuries}, {@link PolicyWords#administrations}, {@link PolicyWords#offices}, the policy words of more than scope). */
  private final Map<Lang, Set<String>> holders = new EnumMap<>(Lang.class);
  /** Per language, the makers of programs who reuse data ({@link PolicyWords#reusers}, {@link #forReuse}). */
  private final Map<Lang, Set<String>> reusers = new EnumMap<>(Lang.class);
  /**
   * Per language, the entry naming the police, the prosecution and the courts held to account ({@link
   * PolicyWords#justiceAccountability}), if the thesaurus has it.
   */
  private final Map<Lang, Entry> justiceHeld = new EnumMap<>(Lang.class);
  /**
   * Per language, the entry naming a government's commitments ({@link PolicyWords#publicCommitments}),
   * if the thesaurus has it: what a body of public power's commitments read as ({@link #owned}).
   */
  private final Map<Lang, Entry> publicCommitments = new EnumMap<>(Lang.class);
  /** Per language, the words that make a plan told beside them a public one ({@link PolicyWords#planMarks}). */
  private final Map<Lang, Set<String>> planMarks = new EnumMap<>(Lang.class);
  /** Per language, the steps of a plan's making and review ({@link PolicyWords#planStages}). */
  private final Map<Lang, Set<String>> planStages = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#commitments}. */
  private final Map<Lang, Set<String>> commitmentNouns = new EnumMap<>(Lang.class);
  /** Per language, the bodies of public power that own commitments ({@link PolicyWords#treasuries}). */
  private final Map<Lang, Set<String>> publicOwners = new EnumMap<>(Lang.class);
  /**
   * Per language, who heeds or ignores the people in {@link #heeded}: the bodies of public power and one
   * member of a legislature ({@link PolicyWords#treasuries}, {@link PolicyWords#oneLegislator}).
   */
  private final Map<Lang, Set<String>> heeders = new EnumMap<>(Lang.class);
  /** Per language, a reform ({@link PolicyWords#reforms}): the people's ideas of one are their say ({@link #heeded}). */
  private final Map<Lang, Set<String>> reformNouns = new EnumMap<>(Lang.class);
  /** Per language, one member of a legislature ({@link PolicyWords#oneLegislator}, {@link #heeded}). */
  private final Map<Lang, Set<String>> members = new EnumMap<>(Lang.class);
  /** Per language, who makes commitments told with the public's part ({@link PolicyWords#commitmentMakers}). */
  private final Map<Lang, Set<String>> commitmentMakers = new EnumMap<>(Lang.class);
  /** Per language, the partnership's own names ({@link PolicyWords#partnership}). */
  private final Map<Lang, Set<String>> partnershipNames = new EnumMap<>(Lang.class);
  /** Per language, the partnership's acronyms ({@link PolicyWords#partnershipAcronyms}). */
  private final Map<Lang, Set<String>> partnershipAcronyms = new EnumMap<>(Lang.class);
  /** Per language, the field's name ({@link PolicyWords#fieldName}). */
  private final Map<Lang, List<String>> fieldName = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a process ({@link PolicyWords#fieldProcesses}). */
  private final Map<Lang, Set<String>> fieldProcesses = new EnumMap<>(Lang.class);
  /** Per language, the words of co-creating ({@link PolicyWords#coCreating}). */
  private final Map<Lang, Set<String>> coCreating = new EnumMap<>(Lang.class);
  /** Per language, what makes co-creating the national plan's ({@link PolicyWords#coCreationMarks}). */
  private final Map<Lang, Set<String>> coCreationMarks = new EnumMap<>(Lang.class);
  /** Per language, a policy, strategy or law co-created ({@link PolicyWords#coCreatedPolicies}). */
  private final Map<Lang, Set<String>> coCreatedPolicies = new EnumMap<>(Lang.class);
  /** Per language, the plan, its commitments, the partnership ({@link PolicyWords#coCreatedPlan}). */
  private final Map<Lang, Set<String>> coCreatedPlan = new EnumMap<>(Lang.class);
  /** Per language, the entry naming oversight ({@link PolicyWords#oversight}), if the thesaurus has it. */
  private final Map<Lang, Entry> oversight = new EnumMap<>(Lang.class);
  /** Per language, the entry naming the public taking part in policy making ({@link PolicyWords#participation}), if the thesaurus has it. */
  private final Map<Lang, Entry> participation = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#explaining} and their stems. */
  private final Map<Lang, Set<String>> explaining = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#explanations}. */
  private final Map<Lang, Set<String>> explanations = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#questioning}, by their forms only. */
  private final Map<Lang, Set<String>> questioning = new EnumMap<>(Lang.class);
  /** Per language, the nouns of questions ({@link PolicyWords#questionNouns}). */
  private final Map<Lang, Set<String>> questionNouns = new EnumMap<>(Lang.class);
  /** Per language, the nouns of questions that are also the verb ({@link PolicyWords#questionVerbs}). */
  private final Map<Lang, Set<String>> questionVerbs = new EnumMap<>(Lang.class);
  /** Per language, the verbs that put questions ({@link PolicyWords#puttingQuestions}). */
  private final Map<Lang, Set<String>> puttingQuestions = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#complaining}, by their forms only. */
  private final Map<Lang, Set<String>> complaining = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#bribes}, by their forms only. */
  private final Map<Lang, Set<String>> bribes = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#answering}, by their forms only. */
  private final Map<Lang, Set<String>> answering = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#answeringFor}, by their forms only. */
  private final Map<Lang, Set<String>> answeringFor = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#results}, by their forms only. */
  private final Map<Lang, Set<String>> results = new EnumMap<>(Lang.class);
  /** Per language, the public auditors of {@link PolicyWords#auditors}, as their words joined by a space. */
  private final Map<Lang, Set<String>> auditors = new EnumMap<>(Lang.class);
  /** Per language, the first words of {@link #auditors}, looked up before a phrase is built. */
  private final Map<Lang, Set<String>> auditorHeads = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#findings}, by their forms only. */
  private final Map<Lang, Set<String>> findings = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#promises}, by their forms only. */
  private final Map<Lang, Set<String>> promises = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#keeping}, by their forms only. */
  private final Map<Lang, Set<String>> keeping = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#keeping} and {@link PolicyWords#actedOn}: an auditor's work followed up. */
  private final Map<Lang, Set<String>> auditsHeeded = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#redress}, by their forms only. */
  private final Map<Lang, Set<String>> redress = new EnumMap<>(Lang.class);
  /** Per language, the nouns of {@link PolicyWords#rulings}, by their forms only. */
  private final Map<Lang, Set<String>> rulings = new EnumMap<>(Lang.class);
  /** Per language, the public bodies a decision of which is challenged ({@link PolicyWords#treasuries}, {@link PolicyWords#administrations}). */
  private final Map<Lang, Set<String>> challenged = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#grading}, by their forms only. */
  private final Map<Lang, Set<String>> grading = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#gradingAfterGrammar}, by their forms only. */
  private final Map<Lang, Set<String>> gradingAfterGrammar = new EnumMap<>(Lang.class);
  /** Per language, the words of {@link PolicyWords#overseeing} and their stems. */
  private final Map<Lang, Set<String>> overseeing = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#asking} and their stems. */
  private final Map<Lang, Set<String>> asking = new EnumMap<>(Lang.class);
  /** Per language, the verbs of deciding ({@link PolicyWords#deciding}), by forms and stems ({@link #codecided}). */
  private final Map<Lang, Set<String>> deciding = new EnumMap<>(Lang.class);
  /** Per language, the verbs of heeding ({@link PolicyWords#heeding}), by forms and stems ({@link #heeded}). */
  private final Map<Lang, Set<String>> heeding = new EnumMap<>(Lang.class);
  /** Per language, the verbs of heeding with the people joined ({@link PolicyWords#heedingUs}, {@link #heeded}). */
  private final Map<Lang, Set<String>> heedingUs = new EnumMap<>(Lang.class);
  /** The people asked only once a text of public action was finished ({@link #askedLate}). */
  private final LateSay lateSay;
  /**
   * Per language, the public matters a seat at the table is had in ({@link #seated}): a body of public power,
   * a text of public action, a law, decisions ({@link PolicyWords#treasuries}, {@link PolicyWords#rulesMade},
   * {@link PolicyWords#drawnUp}, {@link PolicyWords#reforms}, {@link PolicyWords#lawMaking}, {@link
   * PolicyWords#decisions}).
   */
  private final Map<Lang, Set<String>> seatedMatters = new EnumMap<>(Lang.class);
  /** Per language, the people a public body serves ({@link PolicyWords#thePeople}, {@link #heeded}). */
  private final Map<Lang, Set<String>> thePeople = new EnumMap<>(Lang.class);
  /** Per language, a public service's users named by their use of it ({@link PolicyWords#serviceUsers}, {@link #voiced}). */
  private final Map<Lang, Set<String>> serviceUsers = new EnumMap<>(Lang.class);
  /**
   * Per language, the words that tell a service as a pet's or a firm's ({@link PolicyWords#pets}, {@link
   * PolicyWords#firms}, {@link PolicyWords#ventures}, {@link PolicyWords#apps}): the gate reads the public
   * services' lead beside them, so {@link #voiced} leaves that lead as it is.
   */
  private final Map<Lang, Set<String>> privateServers = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a person's view ({@link PolicyWords#views}, {@link #heeded}). */
  private final Map<Lang, Set<String>> views = new EnumMap<>(Lang.class);
  /** Per language, the rules a government or a city adopts by itself ({@link PolicyWords#rulesMade}, {@link #sayInRules}). */
  private final Map<Lang, Set<String>> rulesMade = new EnumMap<>(Lang.class);
  /**
   * Per language, a service's users and the groups of the public ({@link PolicyWords#serviceUsers},
   * {@link PolicyWords#constituencies}), who have a say in the rules made beside a public body or a
   * public service ({@link #sayInRules}).
   */
  private final Map<Lang, Set<String>> groups = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a say and of a view ({@link PolicyWords#sayNouns}, {@link PolicyWords#views}). */
  private final Map<Lang, Set<String>> says = new EnumMap<>(Lang.class);
  /**
   * Per language, the texts of public action drawn up besides the rules ({@link PolicyWords#drawnUp}) and
   * the rules of {@link PolicyWords#instruments} that {@link PolicyWords#rulesMade} leaves out ({@link #sayInRules}).
   */
  private final Map<Lang, Set<String>> drawnUp = new EnumMap<>(Lang.class);
  /**
   * Per language, the texts made that no organisation writes for its own affairs: {@link #textsMade} less
   * {@link PolicyWords#instruments} ({@link #sayInRules}).
   */
  private final Map<Lang, Set<String>> ownRulesless = new EnumMap<>(Lang.class);
  /** Per language, the rules only a public power makes: {@link #rulesMade} less {@link PolicyWords#instruments} ({@link #byThePublic}). */
  private final Map<Lang, Set<String>> publicRules = new EnumMap<>(Lang.class);
  /**
   * Per language, the words of a law in the making that are neither a text drawn up nor its making ({@link
   * PolicyWords#lawMaking} less {@link PolicyWords#drawnUp} and {@link PolicyWords#making}; {@link #textMade}).
   */
  private final Map<Lang, Set<String>> lawsNamed = new EnumMap<>(Lang.class);
  /** Per language, every text made: {@link #rulesMade} and {@link #drawnUp} ({@link #involvedInMaking}). */
  private final Map<Lang, Set<String>> textsMade = new EnumMap<>(Lang.class);
  /** Per language, the making of a text, by forms and stems ({@link PolicyWords#making}, {@link #involvedInMaking}). */
  private final Map<Lang, Set<String>> making = new EnumMap<>(Lang.class);
  /** Per language, the nouns of making a text, by forms and stems ({@link PolicyWords#makingNouns}, {@link #byThePublic}). */
  private final Map<Lang, Set<String>> makingNouns = new EnumMap<>(Lang.class);
  /**
   * Per language, the verbs that bring people into a work, by forms and stems: involving, heeding and voicing
   * ({@link PolicyWords#involving}, {@link PolicyWords#heeding}, {@link PolicyWords#voicing}; {@link #involvedInMaking}).
   */
  private final Map<Lang, Set<String>> involving = new EnumMap<>(Lang.class);
  /** Per language, a seat and the table it stands at ({@link PolicyWords#seatNouns}, {@link PolicyWords#tables}; {@link #seatAtTable}). */
  private final Map<Lang, Set<String>> seatNouns = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> tables = new EnumMap<>(Lang.class);
  /**
   * Per language, the verbs of a say put on a text, by forms and stems: voicing, shaping and heeding
   * ({@link PolicyWords#voicing}, {@link PolicyWords#shaping}, {@link PolicyWords#heeding}; {@link #sayInRules}).
   */
  private final Map<Lang, Set<String>> saying = new EnumMap<>(Lang.class);
  /** Per language, the verbs of putting an idea forward ({@link PolicyWords#proposing}), by forms and stems ({@link #heeded}). */
  private final Map<Lang, Set<String>> proposing = new EnumMap<>(Lang.class);
  /** Per language, the verbs of putting a view forward ({@link PolicyWords#voicing}), by forms and stems ({@link #voiced}). */
  private final Map<Lang, Set<String>> voicing = new EnumMap<>(Lang.class);
  /** Per language, the verbs of heeding by their forms as written only ({@link PolicyWords#heeding}, {@link #voiced}). */
  private final Map<Lang, Set<String>> heedForms = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a legislature ({@link PolicyWords#chambers}, {@link #voiced}). */
  private final Map<Lang, Set<String>> chambers = new EnumMap<>(Lang.class);
  /** Per language, a legislature's members and the stages of its work ({@link PolicyWords#chamberWork}, {@link #voiced}). */
  private final Map<Lang, Set<String>> chamberWork = new EnumMap<>(Lang.class);
  /** Per language, a legislature or its members named by themselves ({@link PolicyWords#legislators}, {@link #legislatureAtWork}). */
  private final Map<Lang, Set<String>> legislators = new EnumMap<>(Lang.class);
  /** Per language, a legislature named as the institution ({@link PolicyWords#houses}, {@link #itsOwnObject}). */
  private final Map<Lang, Set<String>> houses = new EnumMap<>(Lang.class);
  /** Per language, what puts a legislature after an act of overseeing as its agent ({@link PolicyWords#overseenBy}). */
  private final Map<Lang, Set<String>> overseenBy = new EnumMap<>(Lang.class);
  /** Per language, a legislature's adjectives ({@link PolicyWords#legislatureAdjectives}). */
  private final Map<Lang, Set<String>> legislatureAdjectives = new EnumMap<>(Lang.class);
  /** Per language, the laws a legislature makes ({@link PolicyWords#lawMaking}). */
  private final Map<Lang, Set<String>> lawMaking = new EnumMap<>(Lang.class);
  /** Per language, a law as an instrument anyone names ({@link PolicyWords#statutes}, {@link #lawOfItsMatter}). */
  private final Map<Lang, Set<String>> statutes = new EnumMap<>(Lang.class);
  /** Per language, a legislature's own stages of law-making: {@link PolicyWords#lawMaking} less {@link PolicyWords#statutes} ({@link #lawOfItsMatter}). */
  private final Map<Lang, Set<String>> stagesOfLaw = new EnumMap<>(Lang.class);
  /** Per language, a legislature's members' own record ({@link PolicyWords#memberRecord}). */
  private final Map<Lang, Set<String>> memberRecord = new EnumMap<>(Lang.class);
  /** Per language, the executive a legislature holds to account ({@link PolicyWords#executive}). */
  private final Map<Lang, Set<String>> executive = new EnumMap<>(Lang.class);
  /** Per language, what people put forward ({@link PolicyWords#ideas}, {@link #heeded}). */
  private final Map<Lang, Set<String>> ideas = new EnumMap<>(Lang.class);
  /** Per language, one's kin and elders ({@link PolicyWords#kin}, {@link PolicyWords#elders}): a view asked among them is theirs ({@link #heeded}). */
  private final Map<Lang, Set<String>> family = new EnumMap<>(Lang.class);
  /** Per language, the verbs of deciding, choosing and voting ({@link PolicyWords#deciding}, {@link PolicyWords#choosing}), by forms and stems ({@link #apportioned}). */
  private final Map<Lang, Set<String>> choosing = new EnumMap<>(Lang.class);
  /** Per language, the people at large the analyzer drops as function words ({@link PolicyWords#folk}): they name who decides ({@link #apportioned}). */
  private final Map<Lang, Set<String>> folk = new EnumMap<>(Lang.class);
  /** Per language, the bodies and offices of public power ({@link PolicyWords#treasuries}, {@link PolicyWords#offices}) that decide alone ({@link #apportioned}). */
  private final Map<Lang, Set<String>> powers = new EnumMap<>(Lang.class);
  /**
   * Per language, who owns a decision told public: the bodies of public power and the divisions of a
   * country ({@link PolicyWords#treasuries}, {@link PolicyWords#divisions}; {@link #decisionTold}).
   */
  private final Map<Lang, Set<String>> deciders = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a decision ({@link PolicyWords#decisions}, {@link #decisionTold}). */
  private final Map<Lang, Set<String>> decisionNouns = new EnumMap<>(Lang.class);
  /**
   * Per language, the verbs and nouns of deciding and adopting, by forms and stems ({@link
   * PolicyWords#deciding}, {@link PolicyWords#adopting}; {@link #decisionTold}).
   */
  private final Map<Lang, Set<String>> adopting = new EnumMap<>(Lang.class);
  /**
   * Per language, the people named as the public a body serves, neither people at large nor those named
   * by where they live ({@link PolicyWords#thePeople} less {@link PolicyWords#folk} and {@link
   * PolicyWords#dwellers}; {@link #decisionTold}).
   */
  private final Map<Lang, Set<String>> publicNamed = new EnumMap<>(Lang.class);
  /** Per language, the rules only a public power adopts ({@link PolicyWords#decrees}, {@link #peopleSaying}). */
  private final Map<Lang, Set<String>> decrees = new EnumMap<>(Lang.class);
  /** Per language, the works a public body builds ({@link PolicyWords#publicWorks}, {@link #decisionTold}). */
  private final Map<Lang, Set<String>> publicWorks = new EnumMap<>(Lang.class);
  /** Per language, no one as the object of a verb of heeding ({@link PolicyWords#noOne}, {@link #unheard}). */
  private final Map<Lang, Set<String>> noOne = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a consultation ({@link PolicyWords#consultations}, {@link #consulted}). */
  private final Map<Lang, Set<String>> consultations = new EnumMap<>(Lang.class);
  /** Per language, what a consultation is held on: every text made and a law in the making ({@link #consulted}). */
  private final Map<Lang, Set<String>> consultedOn = new EnumMap<>(Lang.class);
  /** Per language, the texts no club or school writes: decrees and a law in the making ({@link #consulted}). */
  private final Map<Lang, Set<String>> publicTexts = new EnumMap<>(Lang.class);
  /** Per language, the nouns of a consultation or a meeting ({@link PolicyWords#meetings}, {@link #consulted}). */
  private final Map<Lang, Set<String>> hearings = new EnumMap<>(Lang.class);
  /** Per language, the words of togetherness ({@link PolicyWords#together}) a verb of deciding may have before its body ({@link #codecided}). */
  private final Map<Lang, Set<String>> together = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#taking} and their stems. */
  private final Map<Lang, Set<String>> taking = new EnumMap<>(Lang.class);
  /** Per language, the attendants who are officers in a public compound ({@link PolicyWords#attendants}). */
  private final Map<Lang, Set<String>> attendants = new EnumMap<>(Lang.class);
  /** Per language, the public owners and beats that make an attendant an officer ({@link #serving}). */
  private final Map<Lang, Set<String>> publicBeats = new EnumMap<>(Lang.class);
  /** Per language, whether a compound names its owner before the head ("border guards"). */
  private final Map<Lang, Boolean> ownerBefore = new EnumMap<>(Lang.class);
  /** Per language, the verbs of {@link PolicyWords#hiring} and their stems. */
  private final Map<Lang, Set<String>> hiring = new EnumMap<>(Lang.class);
  /** The themes that are a process holding commitments of any other theme ({@link Theme#frame}). */
  private final Set<String> frames = new HashSet<>();
  /** Per language, the nouns of a plan ({@link PolicyWords#plans}) ({@link #plannedWithPeople}). */
  private final Map<Lang, Set<String>> planNouns = new EnumMap<>(Lang.class);
  /** The phrases of a frame theme written in words of its own label ("action plan", "plan d'action"): its name. */
  private final Set<Entry> titles = new HashSet<>();
  /**
   * The themes a frame's process is made with ({@link #framing}): those with a label or synonym held
   * whole, in the same language, inside a longer entry of a frame ("co-creation" inside "co-creation
   * standards", "cocréation" inside "normes de cocréation"): the public's participation is how a
   * national plan is made, not the topic of its commitments.
   */
  private final Set<String> means = new HashSet<>();

  ThemeDetector(Analysis analysis, Thesaurus thesaurus, Commonness commonness) {
    this.lateSay = new LateSay(analysis);
    this.analysis = analysis;
    this.commonness = commonness;
    // thesaurus phrases share most of their words: each text and word is analysed once
    Parsed parsed = new Parsed(analysis);
    for (Theme theme : thesaurus.themes()) {
      if (theme.frame()) {
        frames.add(theme.id());
      }
      Set<String> everydayWords = everydayWords(theme, parsed);
      for (Lang lang : LANGS) {
        Set<String> everyday = WordSet.copyOf(theme.needsContext(lang));
        Set<String> sectors = WordSet.copyOf(theme.sectors(lang));
        // a sector of public action is a thing of daily life first (a hospital, a school, the health
        // service): it names the theme only beside public life, as an entry marked as needing context does
        Predicate<String> marked = s -> everyday.contains(s) || sectors.contains(s)
            || inflects(parsed.surface(s), everydayWords);
        if (theme.label().containsKey(lang)) {
          Entry label = add(theme, lang, theme.label(lang), false, marked.test(theme.label(lang)), false, parsed);
          if (label != null) {
            labelWeights.computeIfAbsent(theme.id(), k -> new EnumMap<>(Lang.class))
                .put(lang, (float) Math.min(label.weightWords(), MAX_WEIGHT));
          }
          labelStems.computeIfAbsent(theme.id(), k -> new EnumMap<>(Lang.class))
              .put(lang, Set.copyOf(Analysis.terms(analysis.forLang(lang), theme.label(lang))));
        }
        for (String s : theme.synonyms(lang)) {
          titled(theme, lang, s, add(theme, lang, s, false, marked.test(s), false, parsed));
        }
        for (String s : theme.vocabulary(lang)) {
          titled(theme, lang, s, add(theme, lang, s, true, marked.test(s), sectors.contains(s), parsed));
        }
      }
    }
    this.surfaces = new Vocabulary(bySurface.keySet());
    Set<String> only = new HashSet<>(acronymWords);
    only.removeAll(plainWords);
    this.acronymsOnly = WordSet.copyOf(only);
    for (Lang lang : LANGS) {
      officeholders.put(lang, PolicyWords.officeholders(lang));
      firms.put(lang, PolicyWords.firms(lang));
      companies.put(lang, PolicyWords.companies(lang));
      entry(parsed.surface(PolicyWords.privateSector(lang)), lang).ifPresent(e -> privateSector.put(lang, e));
      entry(parsed.surface(PolicyWords.resourceGovernance(lang)), lang).ifPresent(e -> resourceGovernance.put(lang, e));
      stewardship.put(lang, PolicyWords.stewardship(lang));
      kin.put(lang, PolicyWords.kin(lang));
      dealtOut.put(lang, PolicyWords.dealtOut(lang));
      enquiry.put(lang, PolicyWords.enquiry(lang));
      possessives.put(lang, PolicyWords.possessives(lang));
      entry(parsed.surface(PolicyWords.favour(lang)), lang).ifPresent(e -> favour.put(lang, e));
      entry(parsed.surface(PolicyWords.revolvingDoor(lang)), lang).ifPresent(e -> revolvingDoor.put(lang, e));
      entry(parsed.surface(PolicyWords.lobbying(lang)), lang).ifPresent(e -> lobbying.put(lang, e));
      payments.put(lang, PolicyWords.payments(lang));
      gifts.put(lang, PolicyWords.gifts(lang));
      giftSettings.put(lang, PolicyWords.union(PolicyWords.kin(lang), PolicyWords.elders(lang),
          PolicyWords.pastimes(lang), PolicyWords.ownLife(lang), PolicyWords.occasions(lang)));
      officers.put(lang, PolicyWords.officers(lang));
      asking.put(lang, verbs(PolicyWords.asking(lang), lang, analysis));
      deciding.put(lang, verbs(PolicyWords.deciding(lang), lang, analysis));
      heeding.put(lang, verbs(PolicyWords.heeding(lang), lang, analysis));
      heedingUs.put(lang, PolicyWords.heedingUs(lang));
      thePeople.put(lang, PolicyWords.thePeople(lang));
      serviceUsers.put(lang, PolicyWords.serviceUsers(lang));
      privateServers.put(lang, PolicyWords.union(PolicyWords.pets(lang), PolicyWords.firms(lang),
          PolicyWords.ventures(lang), PolicyWords.apps(lang)));
      views.put(lang, PolicyWords.views(lang));
      rulesMade.put(lang, PolicyWords.rulesMade(lang));
      groups.put(lang, PolicyWords.union(PolicyWords.serviceUsers(lang), PolicyWords.constituencies(lang),
          PolicyWords.served(lang), PolicyWords.affected(lang)));
      says.put(lang, PolicyWords.union(PolicyWords.sayNouns(lang), PolicyWords.views(lang)));
      Set<String> drawn = PolicyWords.minus(PolicyWords.union(PolicyWords.drawnUp(lang), PolicyWords.instruments(lang)),
          PolicyWords.rulesMade(lang));
      drawnUp.put(lang, drawn);
      textsMade.put(lang, PolicyWords.union(drawn, PolicyWords.rulesMade(lang)));
      ownRulesless.put(lang, PolicyWords.minus(textsMade.get(lang), PolicyWords.instruments(lang)));
      publicRules.put(lang, PolicyWords.minus(PolicyWords.rulesMade(lang), PolicyWords.instruments(lang)));
      lawsNamed.put(lang, PolicyWords.minus(PolicyWords.lawMaking(lang), PolicyWords.drawnUp(lang),
          PolicyWords.making(lang)));
      making.put(lang, verbs(PolicyWords.making(lang), lang, analysis));
      makingNouns.put(lang, verbs(PolicyWords.makingNouns(lang), lang, analysis));
      involving.put(lang, verbs(PolicyWords.union(PolicyWords.involving(lang), PolicyWords.heeding(lang),
          PolicyWords.voicing(lang)), lang, analysis));
      seatNouns.put(lang, PolicyWords.seatNouns(lang));
      tables.put(lang, PolicyWords.tables(lang));
      saying.put(lang, verbs(PolicyWords.union(PolicyWords.voicing(lang), PolicyWords.shaping(lang),
          PolicyWords.heeding(lang)), lang, analysis));
      proposing.put(lang, verbs(PolicyWords.proposing(lang), lang, analysis));
      ideas.put(lang, PolicyWords.ideas(lang));
      voicing.put(lang, verbs(PolicyWords.voicing(lang), lang, analysis));
      chambers.put(lang, PolicyWords.chambers(lang));
      chamberWork.put(lang, PolicyWords.chamberWork(lang));
      legislators.put(lang, PolicyWords.legislators(lang));
      houses.put(lang, PolicyWords.houses(lang));
      overseenBy.put(lang, PolicyWords.overseenBy(lang));
      legislatureAdjectives.put(lang, PolicyWords.legislatureAdjectives(lang));
      lawMaking.put(lang, PolicyWords.lawMaking(lang));
      statutes.put(lang, PolicyWords.statutes(lang));
      stagesOfLaw.put(lang, PolicyWords.minus(PolicyWords.lawMaking(lang), PolicyWords.statutes(lang)));
      memberRecord.put(lang, PolicyWords.memberRecord(lang));
      executive.put(lang, PolicyWords.executive(lang));
      heedForms.put(lang, PolicyWords.heeding(lang));
      family.put(lang, PolicyWords.union(PolicyWords.kin(lang), PolicyWords.elders(lang)));
      choosing.put(lang, verbs(PolicyWords.union(PolicyWords.deciding(lang), PolicyWords.choosing(lang)), lang, analysis));
      together.put(lang, PolicyWords.together(lang));
      taking.put(lang, verbs(PolicyWords.taking(lang), lang, analysis));
      hiring.put(lang, verbs(PolicyWords.hiring(lang), lang, analysis));
      overseeing.put(lang, verbs(PolicyWords.overseeing(lang), lang, analysis));
      explaining.put(lang, verbs(PolicyWords.explaining(lang), lang, analysis));
      explanations.put(lang, PolicyWords.explanations(lang));
      questioning.put(lang, PolicyWords.questioning(lang));
      questionNouns.put(lang, PolicyWords.questionNouns(lang));
      puttingQuestions.put(lang, PolicyWords.puttingQuestions(lang));
      questionVerbs.put(lang, PolicyWords.questionVerbs(lang));
      complaining.put(lang, PolicyWords.complaining(lang));
      bribes.put(lang, PolicyWords.bribes(lang));
      answering.put(lang, PolicyWords.answering(lang));
      answeringFor.put(lang, PolicyWords.answeringFor(lang));
      results.put(lang, PolicyWords.results(lang));
      auditors.put(lang, PolicyWords.auditors(lang));
      auditorHeads.put(lang, PolicyWords.auditors(lang).stream().map(p -> p.split(" ")[0])
          .collect(Collectors.toUnmodifiableSet()));
      findings.put(lang, PolicyWords.findings(lang));
      promises.put(lang, PolicyWords.promises(lang));
      keeping.put(lang, PolicyWords.keeping(lang));
      auditsHeeded.put(lang, PolicyWords.union(PolicyWords.keeping(lang), PolicyWords.actedOn(lang)));
      redress.put(lang, PolicyWords.redress(lang));
      rulings.put(lang, PolicyWords.rulings(lang));
      challenged.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.administrations(lang)));
      grading.put(lang, PolicyWords.grading(lang));
      gradingAfterGrammar.put(lang, PolicyWords.gradingAfterGrammar(lang));
      attendants.put(lang, PolicyWords.attendants(lang));
      // not the offices of public power: a court or a president may be a private one's ("los agentes
      // del tribunal de arbitraje"), and the police or a judge are officers of their own
      publicBeats.put(lang, PolicyWords.union(PolicyWords.beats(lang), PolicyWords.divisions(lang),
          PolicyWords.prerogatives(lang), PolicyWords.treasuries(lang)));
      ownerBefore.put(lang, switch (lang) {
        case EN -> true;
        case FR, ES -> false;
      });
      entry(parsed.surface(PolicyWords.bribe(lang)), lang).ifPresent(e -> bribe.put(lang, e));
      entry(parsed.surface(PolicyWords.publicSpending(lang)), lang).ifPresent(e -> publicSpending.put(lang, e));
      entry(parsed.surface(PolicyWords.publicRecords(lang)), lang).ifPresent(e -> publicRecords.put(lang, e));
      entry(parsed.surface(PolicyWords.openData(lang)), lang).ifPresent(e -> openData.put(lang, e));
      dataFiles.put(lang, PolicyWords.dataFiles(lang));
      dataWords.put(lang, PolicyWords.dataWords(lang));
      dataQualities.put(lang, PolicyWords.dataQualities(lang));
      reusedData.put(lang, PolicyWords.union(PolicyWords.dataFiles(lang), PolicyWords.dataWords(lang)));
      // data in plain talk a public body keeps is its holdings as its figures are
      holdings.put(lang, PolicyWords.union(PolicyWords.holdings(lang), PolicyWords.dataWords(lang)));
      reuseTerms.put(lang, PolicyWords.reuseTerms(lang));
      // and every body whose papers are public records: a policy word of more than scope, an office
      // of public power ("the regulator", "el catastro")
      holders.put(lang, WordSet.copyOf(PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.administrations(lang),
          PolicyWords.minus(PolicyWords.of(lang), PolicyWords.scope(lang)), PolicyWords.offices(lang))));
      reusers.put(lang, PolicyWords.reusers(lang));
      entry(parsed.surface(PolicyWords.justiceAccountability(lang)), lang).ifPresent(e -> justiceHeld.put(lang, e));
      entry(parsed.surface(PolicyWords.oversight(lang)), lang).ifPresent(e -> oversight.put(lang, e));
      entry(parsed.surface(PolicyWords.publicServices(lang)), lang).ifPresent(e -> services.put(lang, e));
      entry(parsed.surface(PolicyWords.participation(lang)), lang).ifPresent(e -> participation.put(lang, e));
      entry(parsed.surface(PolicyWords.publicCommitments(lang)), lang).ifPresent(e -> publicCommitments.put(lang, e));
      commitmentNouns.put(lang, PolicyWords.commitments(lang));
      planMarks.put(lang, PolicyWords.planMarks(lang));
      planStages.put(lang, PolicyWords.planStages(lang));
      planNouns.put(lang, PolicyWords.plans(lang));
      publicOwners.put(lang, PolicyWords.treasuries(lang));
      heeders.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.oneLegislator(lang)));
      members.put(lang, PolicyWords.oneLegislator(lang));
      reformNouns.put(lang, PolicyWords.reforms(lang));
      seatedMatters.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.rulesMade(lang),
          PolicyWords.drawnUp(lang), PolicyWords.reforms(lang), PolicyWords.lawMaking(lang), PolicyWords.decisions(lang)));
      commitmentMakers.put(lang, PolicyWords.commitmentMakers(lang));
      partnershipNames.put(lang, PolicyWords.partnership(lang));
      partnershipAcronyms.put(lang, PolicyWords.partnershipAcronyms(lang));
      coCreating.put(lang, PolicyWords.coCreating(lang));
      fieldName.put(lang, PolicyWords.fieldName(lang));
      fieldProcesses.put(lang, PolicyWords.fieldProcesses(lang));
      coCreationMarks.put(lang, PolicyWords.coCreationMarks(lang));
      coCreatedPolicies.put(lang, PolicyWords.coCreatedPolicies(lang));
      coCreatedPlan.put(lang, PolicyWords.coCreatedPlan(lang));
      powers.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.offices(lang)));
      folk.put(lang, PolicyWords.folk(lang));
      deciders.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.divisions(lang)));
      decisionNouns.put(lang, PolicyWords.decisions(lang));
      adopting.put(lang, verbs(PolicyWords.union(PolicyWords.deciding(lang), PolicyWords.adopting(lang)), lang, analysis));
      publicNamed.put(lang, PolicyWords.minus(PolicyWords.thePeople(lang), PolicyWords.folk(lang),
          PolicyWords.dwellers(lang)));
      decrees.put(lang, PolicyWords.decrees(lang));
      publicWorks.put(lang, PolicyWords.publicWorks(lang));
      noOne.put(lang, PolicyWords.noOne(lang));
      consultations.put(lang, PolicyWords.consultations(lang));
      hearings.put(lang, PolicyWords.union(PolicyWords.consultations(lang), PolicyWords.meetings(lang)));
      consultedOn.put(lang, PolicyWords.union(textsMade.get(lang), lawsNamed.get(lang)));
      publicTexts.put(lang, PolicyWords.union(PolicyWords.decrees(lang), lawsNamed.get(lang)));
    }
    for (Lang lang : LANGS) {
      tradeFirms.put(lang, tradeFirms(lang));
    }
    means(bySurface.values().stream().flatMap(List::stream).distinct().toList());
    // a lone word the entries of more than MAX_CUE_THEMES themes use
    bySurface.values().stream().flatMap(List::stream)
        .filter(e -> e.words().size() == 1 && themeCounts(e.words().get(0), themesByForm).size() > MAX_CUE_THEMES)
        .forEach(generic::add);
    for (String s : bySurface.keySet()) {
      if (s.length() >= MIN_SHORT_TYPO && s.length() <= Edits.MIN_LENGTH_ONE_EDIT) {
        shortSurfaces.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
      }
    }
  }

  /**
   * The thesaurus texts and words analysed while the detector is built, each once: the
   * phrases share most of their words, and each word is stemmed in every language.
   */
  private static final class Parsed {
    private final Analysis analysis;
    private final Map<String, List<String>> surfaces = new HashMap<>();
    private final Map<String, Word> words = new HashMap<>();

    Parsed(Analysis analysis) {
      this.analysis = analysis;
    }

    /** {@link Analysis#surface} of {@code text}. */
    List<String> surface(String text) {
      return surfaces.computeIfAbsent(text, analysis::surface);
    }

    /** {@link Word#of} {@code surface}. */
    Word word(String surface) {
      return words.computeIfAbsent(surface, s -> Word.of(analysis, s));
    }
  }

  /** The one-word entries of a theme that need context, in every language, as folded surfaces. */
  private Set<String> everydayWords(Theme theme, Parsed parsed) {
    Set<String> out = new HashSet<>();
    for (Lang lang : LANGS) {
      for (String text : theme.needsContext(lang)) {
        List<String> tokens = parsed.surface(text);
        if (tokens.size() == 1) {
          out.add(tokens.get(0));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code tokens} are one word inflecting one of {@code everyday} ({@link #inflection}):
   * "parliaments" needs context as "parliament" does.
   */
  private static boolean inflects(List<String> tokens, Set<String> everyday) {
    if (tokens.size() != 1) {
      return false;
    }
    for (String w : everyday) {
      if (inflection(w, tokens.get(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gathers the {@link #means} of the frames from {@code entries}, every entry of the thesaurus once:
   * the themes of the entries (not a frame's, not vocabulary) whose words are fewer than a frame
   * entry's of the same language and each one of its words. It runs at every start, in the
   * interpreter, while search waits for the detector: each frame entry looks among the entries that
   * begin with one of its own words, not among all of them.
   */
  private void means(List<Entry> entries) {
    Map<Lang, Map<String, List<Entry>>> byFirstWord = new EnumMap<>(Lang.class);
    for (Entry e : entries) {
      if (!frames.contains(e.theme()) && !e.vocabulary()) {
        byFirstWord.computeIfAbsent(e.lang(), k -> new HashMap<>())
            .computeIfAbsent(e.words().get(0).surface(), k -> new ArrayList<>()).add(e);
      }
    }
    for (Entry f : entries) {
      Map<String, List<Entry>> candidates = byFirstWord.get(f.lang());
      if (!frames.contains(f.theme()) || candidates == null) {
        continue;
      }
      Set<String> words = new HashSet<>();
      for (Word w : f.words()) {
        words.add(w.surface());
      }
      for (String first : words) {
        for (Entry e : candidates.getOrDefault(first, List.of())) {
          if (e.words().size() < f.words().size() && !means.contains(e.theme()) && within(e.words(), words)) {
            means.add(e.theme());
          }
        }
      }
    }
  }

  /** Whether the surface of each of {@code phrase}'s words is one of {@code surfaces}. */
  private static boolean within(List<Word> phrase, Set<String> surfaces) {
    for (Word w : phrase) {
      if (!surfaces.contains(w.surface())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps {@code entry} among the {@link #titles} where its theme is a frame ({@link Theme#frame}) and
   * {@code text} is a phrase whose every term is a term of the theme's label in {@code lang}: the
   * process named by its own name, not by a phrase everyday work shares ("implementation support").
   */
  private void titled(Theme theme, Lang lang, String text, Entry entry) {
    if (entry == null || !theme.frame() || !theme.label().containsKey(lang)) {
      return;
    }
    List<String> terms = Analysis.terms(analysis.forLang(lang), text);
    if (terms.size() > 1 && Set.copyOf(Analysis.terms(analysis.forLang(lang), theme.label(lang))).containsAll(terms)) {
      titles.add(entry);
    }
  }

  /** Adds the entry of {@code text}, and returns it; null where it has no word but function words. */
  private Entry add(Theme theme, Lang language, String text, boolean vocabulary, boolean everyday, boolean sector,
      Parsed parsed) {
    List<String> tokens = parsed.surface(text);
    for (String piece : text.split(" ")) {
      (Text.acronym(piece, false) ? acronymWords : plainWords).addAll(parsed.surface(piece));
    }
    if (tokens.size() > 1 && !vocabulary) {
      phrases.computeIfAbsent(language, k -> new HashSet<>()).add(List.copyOf(tokens));
      spelled.computeIfAbsent(language, k -> new HashSet<>()).add(Folding.words(text));
    }
    List<Word> phrase = new ArrayList<>();
    for (String surface : tokens) {
      if (!analysis.isFunctionWord(surface)) {
        phrase.add(parsed.word(surface));
      }
    }
    if (phrase.isEmpty()) {
      return null;
    }
    int weightWords = (int) phrase.stream().filter(w -> !analysis.isStop(w)).count();
    boolean acronym = phrase.size() == 1 && Text.acronym(text, false);
    List<List<String>> families = phrase.stream().map(w -> families(w.surface(), language)).toList();
    Set<String> fragments = fragments(text);
    boolean typedOnly = phrase.stream().anyMatch(w -> fragments.contains(w.surface()));
    Entry entry = new Entry(theme.id(), language, List.copyOf(phrase), families, Math.max(1, weightWords), vocabulary,
        everyday, sector, acronym, typedOnly, entries++);
    Map<Lang, Set<String>> stems = stemsByTheme.computeIfAbsent(theme.id(), k -> new HashMap<>());
    for (Word w : new LinkedHashSet<>(phrase)) {
      List<String> forms = fragments.contains(w.surface()) ? List.of("s:" + w.surface()) : forms(w);
      // a verbal family is the entry's in its own language only
      List<String> found = new ArrayList<>();
      List<String> verbal = new ArrayList<>();
      for (String form : forms) {
        String tag = verbalTag(form);
        if (tag == null) {
          found.add(form);
        } else if (tag.equals(language.code())) {
          verbal.add(form);
        }
      }
      forms = found;
      for (String form : concat(found, verbal)) {
        List<Entry> list = byForm.computeIfAbsent(form, k -> new ArrayList<>());
        if (!list.contains(entry)) {
          list.add(entry);
        }
        if (sector) {
          sectorForms.computeIfAbsent(form, k -> new HashSet<>()).add(theme.id());
        }
      }
      bySurface.computeIfAbsent(w.surface(), k -> new ArrayList<>()).add(entry);
      if (!analysis.isStop(w) && w.surface().length() >= MIN_CUE_LENGTH) {
        for (String form : concat(found, verbal)) {
          themesByForm.computeIfAbsent(form, k -> new HashMap<>()).merge(theme.id(), 1, Integer::sum);
          if (!vocabulary) {
            cuesByForm.computeIfAbsent(form, k -> new HashMap<>()).merge(theme.id(), 1, Integer::sum);
          }
          if (!vocabulary || phrase.size() > 1) {
            phraseCuesByForm.computeIfAbsent(form, k -> new HashMap<>()).merge(theme.id(), 1, Integer::sum);
          }
        }
      }
      if (!vocabulary) {
        words.computeIfAbsent(language, k -> new HashSet<>()).add(w.surface());
        for (Lang lang : LANGS) {
          if (w.stem(lang) != null) {
            stems.computeIfAbsent(lang, k -> new HashSet<>()).add(w.stem(lang));
          }
        }
      }
    }
    return entry;
  }

  /**
   * The parts of a hyphenated compound of {@code text} shorter than {@value #MIN_LONE_STEM} letters,
   * folded ("pre" of "pre-budget", "co" of "co-creation"): prefixes, not words, found only as
   * typed, never through a stem that words of other languages share ("près").
   */
  private Set<String> fragments(String text) {
    Set<String> out = new HashSet<>();
    for (String token : text.split("\\s+")) {
      if (token.indexOf('-') > 0) {
        for (String part : token.split("-")) {
          List<String> folded = analysis.surface(part);
          if (folded.size() == 1 && folded.get(0).length() < MIN_LONE_STEM) {
            out.add(folded.get(0));
          }
        }
      }
    }
    return out;
  }

  /** The forms a word is looked up by: its surface and its stem in each language, tagged. */
  private static List<String> forms(Word w) {
    List<String> out = new ArrayList<>(2 + LANGS.length);
    out.add("s:" + w.surface());
    for (Lang lang : LANGS) {
      if (w.stemCounts(lang, MIN_LONE_STEM)) {
        out.add(lang.code() + ":" + w.stem(lang));
      }
    }
    String root = root(w.surface());
    if (root != null) {
      out.add(FAMILY_FORM + root);
    }
    for (Lang lang : LANGS) {
      out.addAll(verbalForms(w.surface(), root, lang));
    }
    return out;
  }

  /**
   * The lookup forms of a word's families in {@code lang} as that language's {@link #verbal}
   * rewrites join them: its {@link #root} and its {@link #verbalRoot}, each tagged with the language
   * ("publication": fr:public and fr:publi; "publier": fr:publi); none for a word too short to tell.
   */
  private static List<String> verbalForms(String surface, String root, Lang lang) {
    String verbal = verbalRoot(lang, surface);
    List<String> conjugated = conjugatedStems(lang, surface);
    List<String> out = new ArrayList<>(2 + conjugated.size());
    if (root != null) {
      out.add(verbalForm(lang, root));
    }
    if (verbal != null) {
      out.add(verbalForm(lang, verbal));
    }
    for (String stem : conjugated) {
      out.add(verbalForm(lang, CONJUGATED_FORM + stem));
    }
    return out.isEmpty() ? List.of() : out;
  }

  /** A verb's stem among a word's {@link #verbalForms} starts with this, after the language's tag. */
  private static final String CONJUGATED_FORM = "c:";

  /**
   * The infinitive endings of a language whose stemmer does not bring a verb's infinitive and its
   * conjugated forms to one stem, each with the endings the forms add to the stem the infinitive
   * leaves without its "-re". French's light stemmer keeps the "r" of an infinitive in "-dre" and
   * "-uire" ("rendre" to "rendr", "conduire" to "conduir") and cuts the forms to the bare stem or
   * leaves them whole ("rend", "rendent"; "conduisent"), so a phrase written
   * with the infinitive missed the verb as a question conjugates it. The participle ("rendu",
   * "conduit") and the second person plural ("rendez") are left out: they are as often a noun of
   * their own or a compound's ("un compte rendu", "un rendez-vous", "un conduit"), which a phrase
   * of the verb would misread ("rendre compte"). Other French infinitives in
   * "-re" are left out: the nouns and adjectives in "-tre", "-bre", "-aire", "-oire" outnumber them.
   * English's Porter stems and Spanish's {@link #verbal} rewrites already join a verb's forms, but
   * for the Spanish stems whose vowel changes ({@link #alternations}).
   */
  static Map<String, List<String>> conjugations(Lang lang) {
    return switch (lang) {
      case EN, ES -> Map.of();
      case FR -> Map.of(
          "dre", List.of("", "s", "e", "es", "ent", "ons", "ions", "iez", "ait", "ais", "aient", "ant", "ra", "ras",
              "rai", "rons", "rez", "ront", "rait", "raient", "it", "is", "irent"),
          "uire", List.of("s", "se", "ses", "sent", "sons", "sions", "siez", "sait", "sais", "saient", "sant", "ra",
              "ras", "rai", "rons", "rez", "ront", "rait", "raient", "sit", "sis", "sirent"));
    };
  }

  /** The shortest stem ({@link #conjugatedStems}) read as a verb's: "rend". */
  static final int MIN_CONJUGATED_STEM = 4;

  /**
   * The verb stems {@code surface} may carry in {@code lang} ({@link #conjugations}): an infinitive's
   * without its "-re" ("rend" of "rendre"), or, for a form, what is left without one of its endings
   * when that ends as such an infinitive's stem does ("rend" of "rend" and of "rendent"), each of
   * {@value #MIN_CONJUGATED_STEM} letters or more; and the stems with a changed vowel ({@link
   * #changedStems}: "rind" of Spanish "rendir" and of "rinden"). Read, as a word of the same family is, inside
   * phrases only and beside a word found as it is.
   */
  static List<String> conjugatedStems(Lang lang, String surface) {
    List<String> out = changedStems(lang, surface);
    for (Map.Entry<String, List<String>> verb : CONJUGATIONS.get(lang).entrySet()) {
      String infinitive = verb.getKey();
      String stemEnd = infinitive.substring(0, infinitive.length() - 2);
      if (surface.endsWith(infinitive) && surface.length() - 2 >= MIN_CONJUGATED_STEM) {
        out = with(out, surface.substring(0, surface.length() - 2));
        continue;
      }
      for (String ending : verb.getValue()) {
        int stem = surface.length() - ending.length();
        if (stem >= MIN_CONJUGATED_STEM && surface.endsWith(ending) && surface.startsWith(stemEnd, stem - stemEnd.length())) {
          out = with(out, surface.substring(0, stem));
        }
      }
    }
    return out;
  }

  /**
   * A language's verbs whose stem's last vowel changes where the stress falls on it: the infinitive
   * ending they have, the vowel the infinitive's stem ends with and the one the changed forms have,
   * and the endings those forms add to the changed stem. Spanish "-ir" verbs of "e" write "i" in
   * the present's stressed forms, the whole present subjunctive, the preterite's third persons and
   * the gerund ("rendir": "rinde", "rinden", "rindan", "rindió", "rindiendo"; "seguir": "siguen";
   * "invertir": "invirtió"), so neither the stemmer nor a family's root joins them to the
   * infinitive a phrase is written with. English and French verbs of a phrase change no vowel the
   * light stemmers keep.
   */
  static List<Alternation> alternations(Lang lang) {
    return switch (lang) {
      case EN, FR -> List.of();
      case ES -> List.of(new Alternation("ir", 'e', 'i', List.of("o", "es", "e", "en", "a", "as", "an", "amos", "io",
          "ieron", "iendo", "iera", "ieras", "ieran", "iese", "iesen")));
    };
  }

  /** An infinitive's ending, its stem's last vowel and the changed vowel of its forms, and their endings. */
  record Alternation(String infinitive, char vowel, char changed, List<String> endings) {}

  /** Each language's {@link #alternations}. */
  private static final Map<Lang, List<Alternation>> ALTERNATIONS = allAlternations();

  private static Map<Lang, List<Alternation>> allAlternations() {
    Map<Lang, List<Alternation>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, alternations(lang));
    }
    return out;
  }

  /**
   * The changed stems {@code surface} may carry in {@code lang} ({@link #alternations}), each of
   * {@value #MIN_CONJUGATED_STEM} letters or more: an infinitive's stem with its last vowel changed
   * ("rind" of "rendir", "sigu" of "seguir"), or a form's stem whose last vowel is the changed one
   * ("rind" of "rinden" and "rindió"). The "u" written after "g" or "q" only to keep their sound is
   * no vowel here.
   */
  private static List<String> changedStems(Lang lang, String surface) {
    List<String> out = List.of();
    for (Alternation a : ALTERNATIONS.get(lang)) {
      int stem = surface.length() - a.infinitive().length();
      if (surface.endsWith(a.infinitive()) && stem >= MIN_CONJUGATED_STEM) {
        int vowel = lastVowel(surface, stem);
        if (vowel >= 0 && surface.charAt(vowel) == a.vowel()) {
          out = with(out, surface.substring(0, vowel) + a.changed() + surface.substring(vowel + 1, stem));
        }
        continue;
      }
      for (String ending : a.endings()) {
        stem = surface.length() - ending.length();
        if (stem >= MIN_CONJUGATED_STEM && surface.endsWith(ending)) {
          int vowel = lastVowel(surface, stem);
          if (vowel >= 0 && surface.charAt(vowel) == a.changed()) {
            out = with(out, surface.substring(0, stem));
          }
        }
      }
    }
    return out;
  }

  /** The position of the last vowel of {@code word}'s first {@code end} letters, or -1. */
  private static int lastVowel(String word, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = word.charAt(i);
      boolean silent = c == 'u' && i > 0 && (word.charAt(i - 1) == 'g' || word.charAt(i - 1) == 'q');
      if ("aeiou".indexOf(c) >= 0 && !silent) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> with(List<String> list, String item) {
    if (list.contains(item)) {
      return list;
    }
    List<String> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  /** Each language's {@link #conjugations}. */
  private static final Map<Lang, Map<String, List<String>>> CONJUGATIONS = allConjugations();

  private static Map<Lang, Map<String, List<String>>> allConjugations() {
    Map<Lang, Map<String, List<String>>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, conjugations(lang));
    }
    return out;
  }

  /** Lookup forms of a word's family ({@link #root}, {@link #verbalRoot}) start with this. */
  private static final String FAMILY_FORM = "r:";

  /** The lookup form of a word's verbal family in {@code lang}: the family's, tagged with the language. */
  private static String verbalForm(Lang lang, String root) {
    return FAMILY_FORM + lang.code() + ":" + root;
  }

  /** The language code a verbal family's lookup form is tagged with, or null for any other form. */
  static String verbalTag(String form) {
    int colon = form.indexOf(':', FAMILY_FORM.length());
    return form.startsWith(FAMILY_FORM) && colon > 0 ? form.substring(FAMILY_FORM.length(), colon) : null;
  }

  /** Whether {@link #verbalTag} is not null, without making the tag. */
  static boolean verbal(String form) {
    return form.startsWith(FAMILY_FORM) && form.indexOf(':', FAMILY_FORM.length()) > 0;
  }

  /** Whether {@link #verbalTag} is {@code code} (a language code, no colon), without making the tag. */
  static boolean verbalIn(String form, String code) {
    int start = FAMILY_FORM.length();
    return form.startsWith(FAMILY_FORM) && form.indexOf(':', start) == start + code.length()
        && form.startsWith(code, start);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The lookup forms of the families of an entry's word written in {@code lang}: its {@link #root}'s,
   * and its {@link #verbalRoot}'s in that language; none for a word too short to tell.
   */
  private static List<String> families(String surface, Lang lang) {
    List<String> out = new ArrayList<>(3);
    String root = root(surface);
    if (root != null) {
      out.add(FAMILY_FORM + root);
    }
    out.addAll(verbalForms(surface, root, lang));
    return List.copyOf(out);
  }

  /**
   * A stem shorter than this is a word's only when two languages' stemmers agree on it ({@link
   * Word#stemCounts}): one stemmer alone cutting a word down to three letters is an accident of its
   * rules, not an inflection ("copies" to a French "cop").
   */
  static final int MIN_LONE_STEM = 4;

  /**
   * A word family's root keeps at least this many letters: "declar", "consult", "disclos", and
   * five-letter ones ("ecrit" of "écriture" and "écrites", "oblig", "evalu"); four would be
   * prefixes, not families.
   */
  static final int MIN_ROOT = 5;

  /**
   * The derivational and verbal endings of a language: the noun, the verb and the participle of
   * one family share what is left ("disclose"/"disclosure", "declarer"/"declaration"/"declaren",
   * "consultar"/"consultation").
   */
  static List<String> derivations(Lang lang) {
    return switch (lang) {
      case EN -> List.of("ations", "itions", "ation", "ition", "ments", "ment", "ures", "ure", "ing", "ers", "ed",
          "er", "es", "e", "s");
      case FR -> List.of("ations", "itions", "ements", "ation", "ition", "ement", "ments", "ment", "ures", "ure",
          "er", "ir", "ez", "es", "e", "s");
      case ES -> List.of("aciones", "iciones", "acion", "icion", "iendo", "ando", "ados", "adas", "idos", "idas",
          "arios", "arias", "ario", "aria", "ivos", "ivas", "ivo", "iva", "ado", "ada", "ido", "ida", "ar", "er",
          "ir", "en", "an", "es", "os", "as", "a", "o", "s");
    };
  }

  /** Every language's {@link #derivations}, longest first: a word's language is not known here. */
  private static final List<String> DERIVATIONS = allDerivations();

  private static List<String> allDerivations() {
    Set<String> all = new LinkedHashSet<>();
    for (Lang lang : LANGS) {
      all.addAll(derivations(lang));
    }
    List<String> out = new ArrayList<>(all);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /**
   * A language's rewrites that bring a verb's forms and its action noun to one form before {@link
   * #root} where their endings alone do not: the noun and the verb share no ending to take off
   * (French "publication" / "publier", "communication" / "communiquent", "attente" / "attendre" /
   * "attend", "plainte" / "plaignent"), or the verb is conjugated or carries a pronoun that the
   * endings do not know (Spanish "regulaba" / "regulación", "reutilizarlos" / "reutilización",
   * "publiquen" / "publicación", "cumplimiento" / "cumplir"). English needs none: Porter's stems
   * already make its verbs and nouns one word. The action nouns in "-sion" change the verb's last
   * consonant, which no ending takes off ({@link #sionFamilies}); the one who does the act is read
   * by {@link #agents}.
   */
  static List<Rewrite> verbal(Lang lang) {
    return switch (lang) {
      case EN -> List.of();
      case FR -> List.of(
          // the noun in -ication, the verb in -ier or -iquer: one family in -i
          new Rewrite("ications", "i"), new Rewrite("ication", "i"),
          new Rewrite("iquer", "i"), new Rewrite("iquent", "i"), new Rewrite("iquons", "i"), new Rewrite("iquez", "i"),
          new Rewrite("ier", "i"), new Rewrite("ient", "i"), new Rewrite("iees", "i"), new Rewrite("iee", "i"),
          // the verb in -ndre, its forms in -nd-, the noun in -nte: one family in -n
          new Rewrite("ndre", "n"), new Rewrite("ndent", "n"), new Rewrite("ndons", "n"), new Rewrite("ndez", "n"),
          new Rewrite("nds", "n"), new Rewrite("nd", "n"), new Rewrite("ntes", "n"), new Rewrite("nte", "n"),
          // -aindre and -eindre conjugate in -aign-, -eign-
          new Rewrite("aignent", "ain"), new Rewrite("aignons", "ain"), new Rewrite("aignez", "ain"),
          new Rewrite("eignent", "ein"), new Rewrite("eignons", "ein"), new Rewrite("eignez", "ein"));
      case ES -> List.of(
          // a pronoun after the infinitive
          new Rewrite("arlos", "ar"), new Rewrite("arlas", "ar"), new Rewrite("arles", "ar"), new Rewrite("arlo", "ar"),
          new Rewrite("arla", "ar"), new Rewrite("arle", "ar"), new Rewrite("arse", "ar"),
          new Rewrite("erlos", "er"), new Rewrite("erlas", "er"), new Rewrite("erles", "er"), new Rewrite("erlo", "er"),
          new Rewrite("erla", "er"), new Rewrite("erle", "er"), new Rewrite("erse", "er"),
          new Rewrite("irlos", "ir"), new Rewrite("irlas", "ir"), new Rewrite("irles", "ir"), new Rewrite("irlo", "ir"),
          new Rewrite("irla", "ir"), new Rewrite("irle", "ir"), new Rewrite("irse", "ir"),
          // the imperfect and the preterite
          new Rewrite("abamos", "ar"), new Rewrite("aban", "ar"), new Rewrite("abas", "ar"), new Rewrite("aba", "ar"),
          new Rewrite("aron", "ar"), new Rewrite("amos", "ar"), new Rewrite("ieron", "er"), new Rewrite("imos", "ir"),
          // the subjunctive's spelling: c and g before e
          new Rewrite("quemos", "car"), new Rewrite("quen", "car"), new Rewrite("guemos", "gar"), new Rewrite("guen", "gar"),
          // and z before e: the verbs in -izar write -ice- in the subjunctive and the first preterite
          new Rewrite("icemos", "izar"), new Rewrite("icen", "izar"), new Rewrite("ices", "izar"), new Rewrite("ice", "izar"),
          // the noun in -miento
          new Rewrite("imientos", "ir"), new Rewrite("imiento", "ir"), new Rewrite("amientos", "ar"),
          new Rewrite("amiento", "ar"));
    };
  }

  /**
   * The verbs of {@code lang} whose action noun ends in "-sion" ("-sión") where the verb's stem ends
   * in another consonant: each form of such a verb rewritten, by its stem's last letters and its
   * ending, to the noun, so that its {@link #root} is the noun's. Spanish: "-itir" and "-idir" make
   * "-isión" ("transmitir", "transmiten", "emitir", "decidir", "deciden"), "-ertir" and its forms in
   * "-iert-" and "-irt-" "-ersión" ("invertir", "invierte", "invirtió"), "-undir" "-usión"
   * ("difundir"), "-eder" "-esión" ("conceder", "concede"); each with its infinitive, present,
   * preterite, participle and gerund, not its subjunctive in "-a", whose forms are as often nouns
   * ("comida", "salida", "visita"), nor the present's "-ite", "-ites", which are also the nouns in
   * "-ité" and "-ite" once folded ("comité" is no form of a verb of "comisión", nor "trámite"). French: "-ider" makes "-ision" ("décider", "décident"), "-ettre"
   * "-ission" ("retransmettre", "soumettent"); not "-ser", whose commonest verb is no family of its
   * noun ("penser", "pension"). The nouns are left as they are. English needs none: Porter's stems
   * do not join "decide" and "decision", and its questions are read with its own entries.
   */
  static List<Rewrite> sionFamilies(Lang lang) {
    return switch (lang) {
      case EN -> List.of();
      case FR -> {
        List<Rewrite> out = new ArrayList<>();
        for (String ending : List.of("er", "e", "es", "ent", "ez", "ons", "ee", "ees")) {
          out.add(new Rewrite("id" + ending, "ision"));
        }
        for (String ending : List.of("ettre", "ettent", "ettons", "ettez", "ettait", "ettaient")) {
          out.add(new Rewrite(ending, "ission"));
        }
        yield List.copyOf(out);
      }
      case ES -> {
        List<Rewrite> out = new ArrayList<>();
        for (String ending : List.of("ir", "e", "es", "en", "imos", "io", "ieron", "ido", "ida", "idos", "idas",
            "iendo")) {
          if (!ending.equals("e") && !ending.equals("es")) {
            out.add(new Rewrite("it" + ending, "ision"));
          }
          out.add(new Rewrite("id" + ending, "ision"));
          out.add(new Rewrite("und" + ending, "usion"));
          out.add(new Rewrite("ert" + ending, "ersion"));
        }
        for (String ending : List.of("e", "es", "en")) {
          out.add(new Rewrite("iert" + ending, "ersion"));
        }
        for (String ending : List.of("io", "ieron", "iendo")) {
          out.add(new Rewrite("irt" + ending, "ersion"));
        }
        for (String ending : List.of("er", "e", "es", "en", "emos", "io", "ieron", "ido", "ida", "idos", "idas",
            "iendo")) {
          out.add(new Rewrite("ed" + ending, "esion"));
        }
        yield List.copyOf(out);
      }
    };
  }

  /**
   * The agent nouns of {@code lang} rewritten to their act, so that the one who does it is of the
   * act's family ({@link #agentRoot}): French "-eur", "-euse" to the verb's present, as the noun of
   * the act often writes it ("pêcheurs" of "pêche", "demandeuse" of "demande"), and "-ateur",
   * "-atrice" to the action noun ("législateurs" of "législation"). Read for a question word the
   * thesaurus does not write itself ({@link #known}): an agent noun that is an entry of its own
   * ("développeurs") names that entry, not the act of another ("développement"). Spanish's in
   * "-ador" are left out: the present they give is as often another noun ("programador",
   * "programa"; "recaudador", whose private errands its act's family would read as public money).
   * English needs none: Porter's stems already cut "-er" ("fisher", "fish").
   */
  static List<Rewrite> agents(Lang lang) {
    return AGENTS.get(lang);
  }

  private static Map<Lang, List<Rewrite>> agentRewrites() {
    Map<Lang, List<Rewrite>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, agentRewrites(lang));
    }
    return out;
  }

  private static List<Rewrite> agentRewrites(Lang lang) {
    return switch (lang) {
      case EN, ES -> List.of();
      case FR -> List.of(new Rewrite("ateurs", "ation"), new Rewrite("ateur", "ation"),
          new Rewrite("atrices", "ation"), new Rewrite("atrice", "ation"), new Rewrite("eurs", "e"),
          new Rewrite("euses", "e"), new Rewrite("eur", "e"), new Rewrite("euse", "e"));
    };
  }

  /**
   * The root of the act of an agent noun in {@code lang} ({@link #agents}, the first ending it has,
   * longest first, leaving {@value #MIN_ROOT} letters), or null for a word that is none.
   */
  static String agentRoot(Lang lang, String surface) {
    for (Rewrite r : agents(lang)) {
      String ending = r.ending();
      if (surface.endsWith(ending) && surface.length() - ending.length() + r.replacement().length() >= MIN_ROOT) {
        return root(surface.substring(0, surface.length() - ending.length()) + r.replacement());
      }
    }
    return null;
  }

  /** A word ending and what {@link #verbal} puts in its place. */
  record Rewrite(String ending, String replacement) {}

  /** Each language's {@link #verbal} rewrites, longest ending first. */
  private static final Map<Lang, List<Rewrite>> REWRITES = rewrites();

  private static Map<Lang, List<Rewrite>> rewrites() {
    Map<Lang, List<Rewrite>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      List<Rewrite> all = new ArrayList<>(verbal(lang));
      all.addAll(sionFamilies(lang));
      all.sort(Comparator.comparingInt((Rewrite r) -> r.ending().length()).reversed());
      out.put(lang, List.copyOf(all));
    }
    return out;
  }

  /**
   * The root of a word's verbal family in {@code lang}: the {@link #root} of the word rewritten by
   * the longest of the language's {@link #verbal} endings it has (leaving {@value #MIN_ROOT}
   * letters), or null when none applies or the rewrite leaves the word's own root. A question word
   * meets an entry's word through it only when both are of that language: English "attend" is not
   * French "attente".
   */
  static String verbalRoot(Lang lang, String surface) {
    for (Rewrite r : REWRITES.get(lang)) {
      String ending = r.ending();
      if (surface.endsWith(ending) && surface.length() - ending.length() + r.replacement().length() >= MIN_ROOT) {
        String other = root(surface.substring(0, surface.length() - ending.length()) + r.replacement());
        return other == null || other.equals(root(surface)) ? null : other;
      }
    }
    return null;
  }

  /**
   * The root of a word's family, or null for a word too short to tell: its folded surface without
   * the longest derivational or verbal ending that leaves {@value #MIN_ROOT} letters. Words of one
   * family reach each other's themes only as cues, never as the entry itself ({@link #detect}).
   */
  static String root(String surface) {
    for (String ending : DERIVATIONS) {
      if (surface.length() - ending.length() >= MIN_ROOT && surface.endsWith(ending)) {
        return surface.substring(0, surface.length() - ending.length());
      }
    }
    return surface.length() >= MIN_ROOT ? surface : null;
  }

  /**
   * Surface words of the labels and synonyms written in {@code lang}, for language evidence (the
   * vocabulary holds too many words both languages write alike: "table", "format").
   */
  Set<String> words(Lang lang) {
    return WordSet.copyOf(words.getOrDefault(lang, Set.of()));
  }

  /** The labels and synonyms of two words or more written in {@code lang}, as folded surface tokens. */
  Set<List<String>> phrases(Lang lang) {
    return Set.copyOf(phrases.getOrDefault(lang, Set.of()));
  }

  /**
   * The labels and synonyms of two words or more written in {@code lang} as typed, folded, their
   * words one space apart ({@link Folding#words}: "acces a l information"), which {@link Shorthand}
   * reads run together.
   */
  Set<String> spelledPhrases(Lang lang) {
    return WordSet.copyOf(spelled.getOrDefault(lang, Set.of()));
  }

  /** Whether a folded surface token is a word of some entry of the thesaurus ("cocreation", "anticorruption"). */
  boolean thesaurusWord(String surface) {
    return bySurface.containsKey(surface);
  }

  /**
   * Per theme, how many of its entries ({@code byForm}: all, or labels and synonyms) hold a form of
   * {@code w}; none for a policy word. Its verbal families are left out: they count in the question's
   * language only ({@link #inLanguage}).
   */
  private Map<String, Integer> themeCounts(Word w, Map<String, Map<String, Integer>> byForm) {
    return themeCounts(w, forms(w), byForm);
  }

  private Map<String, Integer> themeCounts(Word w, List<String> forms, Map<String, Map<String, Integer>> byForm) {
    Map<String, Integer> out = new HashMap<>();
    if (policyWords.contains(w.surface())) {
      return out;
    }
    for (String form : forms) {
      Map<String, Integer> here = verbal(form) ? null : byForm.get(form);
      if (here != null) {
        for (Map.Entry<String, Integer> e : here.entrySet()) {
          Integer before = out.get(e.getKey());
          if (before == null || e.getValue() > before) {
            out.put(e.getKey(), e.getValue());
          }
        }
      }
    }
    return out;
  }

  /**
   * Per language, the stems of a theme's label in that language as its text field holds them:
   * how much a pledge's own text is about the theme.
   */
  Map<Lang, Set<String>> labelStems(String themeId) {
    return labelStems.getOrDefault(themeId, Map.of());
  }

  /**
   * The weight a theme's label in {@code lang} (else in the reference language) has where a question names
   * it whole: its words, at most {@value #MAX_WEIGHT}; 1 for a theme the thesaurus does not know.
   */
  float labelWeight(String themeId, Lang lang) {
    Map<Lang, Float> weights = labelWeights.getOrDefault(themeId, Map.of());
    return weights.getOrDefault(lang, weights.getOrDefault(Lang.reference(), 1f));
  }

  /** The most sets of themes whose {@link #labelStems(Set)} are kept. */
  static final int MAX_LABEL_SETS = 1_024;

  /** Per set of theme ids, {@link #labelStems(Set)}. */
  private final Memo<Set<String>, Map<Lang, Set<String>>> labelSets = new Memo<>(MAX_LABEL_SETS);

  /**
   * Per language, the stems of the labels of all of {@code themeIds} ({@link #labelStems(String)}
   * joined), unmodifiable: the same for every question naming those themes, so joined once per set
   * and kept rather than at every question; and, the same map each time, it is found again at once
   * as the key of the ranking group the query builder keeps for it ({@link FieldTerms#labels}).
   */
  Map<Lang, Set<String>> labelStems(Set<String> themeIds) {
    Map<Lang, Set<String>> kept = labelSets.get(themeIds);
    if (kept != null) {
      return kept;
    }
    Map<Lang, Set<String>> joined = new EnumMap<>(Lang.class);
    for (String theme : themeIds) {
      for (Map.Entry<Lang, Set<String>> stems : labelStems(theme).entrySet()) {
        joined.computeIfAbsent(stems.getKey(), k -> new HashSet<>()).addAll(stems.getValue());
      }
    }
    // kept in a fixed order, languages as declared and stems sorted: the query's label clauses are
    // built in it, and Map.copyOf's and Set.copyOf's orders change from run to run ({@link Question})
    Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
    joined.forEach((lang, stems) -> out.put(lang, Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(stems)))));
    return labelSets.keep(Set.copyOf(themeIds), Collections.unmodifiableMap(out));
  }

  /** The entry of {@code lang} written as the words {@code text}, function words left out as entries leave them, if the thesaurus has one. */
  private java.util.Optional<Entry> entry(List<String> text, Lang lang) {
    List<String> surface = text.stream().filter(w -> !analysis.isFunctionWord(w)).toList();
    Entry found = null;
    for (Entry e : bySurface.getOrDefault(surface.get(0), List.of())) {
      if (e.lang() == lang && e.words().stream().map(Word::surface).toList().equals(surface)) {
        found = e;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /** The verbs {@code forms} of {@code lang} and their stems, to read a question's verb by either. */
  private static Set<String> verbs(Set<String> forms, Lang lang, Analysis analysis) {
    Set<String> out = new HashSet<>();
    for (String v : forms) {
      out.add(v);
      String stem = analysis.stem(lang, v);
      if (stem != null) {
        out.add(stem);
      }
    }
    return WordSet.copyOf(out);
  }

  /** The stems of a theme's labels and synonyms in {@code lang}, to pick the snippet that shows the theme. */
  Set<String> stems(String themeId, Lang lang) {
    return stemsByTheme.getOrDefault(themeId, Map.of()).getOrDefault(lang, Set.of());
  }

  /**
   * What a question's words say about themes.
   *
   * @param words the question's words, function words left out
   * @param capitals per word, whether it was typed in capitals
   */
  Detection detect(List<Word> words, List<Boolean> capitals, Lang lang) {
    return detect(words, capitals, lang, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of(), Set.of(), new Stories(Set.of(), Set.of(), Set.of()));
  }

  /**
   * What a question's words say about themes, the words at {@code publicMoney} being money told as a
   * public body's ({@link PublicMoney}): each reads as the question language's entry for public
   * spending ({@link PolicyWords#publicSpending}), taken after every other match, also on a word another
   * entry found ("money", "dinero": the reading names what the everyday word only relates to). Where
   * an officeholder deals in it ({@link #dealing}: kin hired with it, a bribe), that is read instead.
   *
   * @param words the question's words, function words left out
   * @param capitals per word, whether it was typed in capitals
   * @param publicMoney positions in {@code words}
   * @param publicPapers positions in {@code words} of papers asked of a public body ({@link
   *     PublicRecords}): each reads as the question language's entry for public records ({@link
   *     PolicyWords#publicRecords}), as money read as public spending does
   * @param ownEnds positions in {@code words} of money or relatives whose end or source is the holder's
   *     private life ({@link PrivateEnds}): no dealing of office is read on them
   * @param afterFunctionWord positions in {@code words} whose word follows a function word in the
   *     question (an article, a preposition): an adjective there stands alone as a noun ({@link #trades})
   * @param verbs positions in {@code words} whose word stands as a verb ({@link VerbReadings}: "the
   *     city plans its housing"): a one-word entry found there is a step weaker (strong evidence
   *     everyday, everyday evidence none), and the word is no cue
   * @param justiceActing positions in {@code words} of the police, the prosecution or a court told
   *     acting ({@link JusticeActs}): each reads as the question language's entry for holding those
   *     powers to account ({@link PolicyWords#justiceAccountability}), as papers read as public
   *     records do
   * @param powersHeld the positions of {@code justiceActing} where a holder or a body of public power is
   *     told overseen, questioned, bound to give reasons or made to answer for his acts ({@link
   *     JusticeActs#overseen}, {@link JusticeActs#bound}, {@link JusticeActs#answerable}) rather than the
   *     police or a court told acting: there the holding to account leads ({@link #besideHeld})
   * @param complaint positions in {@code words} of the clause of a complaint (after a word of {@link
   *     PolicyWords#denials}, "nobody", "personne", "nadie", and what that clause says nobody did): the
   *     themes an entry finds there lead those found only elsewhere ({@link #untold})
   * @param plans positions in {@code words} of plans told by themselves, no other thing's ({@link
   *     PlanReadings}): the frame's process where the question tells its making ({@link #drafted})
   * @param heedIdioms positions in {@code words} of the noun of taking a thing into account ({@link
   *     PolicyWords#heedIdioms}: "into account", "en compte", "en cuenta"): an entry found on that noun
   *     alone reads as the people's part ({@link #heard}), as strong or as everyday as it was found
   * @param stories positions in {@code words} of public integrity told as a story ({@link IntegrityStories}):
   *     a post left for a firm it dealt with reads as the revolving door's entry ({@link
   *     PolicyWords#revolvingDoor}), a commission told hidden on a public deal as a bribe's ({@link
   *     PolicyWords#bribe}), firms pressing a public body as lobbying's ({@link PolicyWords#lobbying}), all
   *     read as an officeholder's dealing is ({@link #dealing})
   */
  Detection detect(List<Word> words, List<Boolean> capitals, Lang lang, Set<Integer> publicMoney,
      Set<Integer> publicPapers, Set<Integer> ownEnds, Set<Integer> afterFunctionWord, Set<Integer> verbs,
      Set<Integer> justiceActing, Set<Integer> powersHeld, Set<Integer> complaint, Set<Integer> plans,
      Set<Integer> heedIdioms, Stories stories) {
    List<Known> known = new ArrayList<>(words.size());
    for (Word w : words) {
      known.add(known(w));
    }
    List<Match> matches = matches(words, known, capitals, lang);
    List<Match> lone = new ArrayList<>(0);
    boolean paired = false;
    for (Match m : trades(words, lang, afterFunctionWord)) {
      if (m.start == m.end) {
        lone.add(m);
      } else {
        matches.add(m);
        paired = true;
      }
    }
    List<Match> governed = governed(words, matches, lang);
    if (!governed.isEmpty()) {
      matches.addAll(governed);
      paired = true;
    }
    if (paired) {
      matches.sort(ThemeDetector::taking);
    }
    matches.addAll(lone);
    matches.addAll(privateSector(words, lang));
    Entry spent = publicSpending.get(lang);
    if (spent != null) {
      for (int i : publicMoney) {
        matches.add(new Match(spent, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    Entry held = publicRecords.get(lang);
    if (held != null) {
      for (int i : publicPapers) {
        matches.add(new Match(held, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    matches.addAll(owned(words, lang));
    if (!heedIdioms.isEmpty()) {
      heard(matches, heedIdioms, lang);
    }
    Detection plain = detection(words, known, capitals, matches, lang, verbs, complaint, afterFunctionWord, plans,
        heedIdioms);
    List<Match> dealing = told(dealing(words, lang, matches, !plain.themes().isEmpty(), ownEnds), stories, lang);
    Entry answered = justiceHeld.get(lang);
    if (dealing.isEmpty() && (answered == null || justiceActing.isEmpty())) {
      return plain;
    }
    // what an officeholder deals the money in (kin hired with it, a bribe) is what the question is
    // about: the money is no longer read as public spending
    List<Match> all = new ArrayList<>(matches.size() + dealing.size() + justiceActing.size());
    for (Match m : matches) {
      if (dealing.isEmpty() || m.entry != spent || m.start != m.end) {
        all.add(m);
      }
    }
    all.addAll(dealing);
    // the police or a court told acting is read last, and is not what tells of public life for the
    // dealing (a gendarme asking his mother for money is no bribe); where the dealing names what the
    // power did (a bribe, a favour), that is the question's theme, and the acting weighs below it
    if (answered != null) {
      for (int i : justiceActing) {
        all.add(new Match(answered, i, i, new int[] {i}, new int[0], false, false, false, !dealing.isEmpty()));
      }
    }
    Detection read = detection(words, known, capitals, all, lang, verbs, complaint, afterFunctionWord, plans,
        heedIdioms);
    Entry people = participation.get(lang);
    return dealing.isEmpty() ? besideHeld(plain, read, powersHeld.isEmpty() ? null : answered.theme(),
        people == null ? null : people.theme()) : read;
  }

  /**
   * The positions of public integrity told as a story ({@link IntegrityStories}): {@code moved}, a post
   * left for the firm it dealt with or a move between office and business both ways; {@code paid}, a
   * commission told hidden on a public deal; {@code pressed}, firms' pressure on a public body.
   */
  record Stories(Set<Integer> moved, Set<Integer> paid, Set<Integer> pressed) {}

  /**
   * What an officeholder deals in ({@code dealing}), with the stories of {@code stories} read beside it:
   * each post moved as the question language's entry for the revolving door, each commission paid under
   * the table as its entry for a bribe, each firms' pressure on a public body as its entry for lobbying
   * ({@link PolicyWords#lobbying}), where the thesaurus has them and no such match is there yet.
   */
  private List<Match> told(List<Match> dealing, Stories stories, Lang lang) {
    if (stories.moved().isEmpty() && stories.paid().isEmpty() && stories.pressed().isEmpty()) {
      return dealing;
    }
    List<Match> out = new ArrayList<>(dealing);
    Entry lobby = lobbying.get(lang);
    if (lobby != null) {
      for (int i : stories.pressed()) {
        out.add(new Match(lobby, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    Entry door = revolvingDoor.get(lang);
    if (door != null) {
      for (int i : stories.moved()) {
        out.add(new Match(door, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    Entry paid = bribe.get(lang);
    if (paid != null) {
      for (int i : stories.paid()) {
        if (!found(dealing, paid.theme(), i)) {
          out.add(new Match(paid, i, i, new int[] {i}, new int[0], false, false, false, false));
        }
      }
    }
    return out;
  }

  /**
   * A power held to account answers for some matter: the themes the question's own words kept without
   * the justice reading ({@code plain}) stay beside it ({@code read}) at {@value #KEEP} of its best
   * theme where that reading pushed them out, as {@link #questioned} keeps the matter of a holder
   * questioned: officials answering for a hospital's waste name the public service too. A dealing (a
   * bribe, kin hired) is no such case: there the money is what the holder dealt, not the matter.
   * Where a holder or a body of public power itself is held ({@code led}, the theme of {@link
   * PolicyWords#justiceAccountability}: the power told overseen, questioned, bound to give its reasons
   * or made to answer), the people who hold it (residents, civil society, a round table of them) are
   * not taking part in its decisions, as {@link #overseers} reads them: where the theme of {@link
   * PolicyWords#participation} ({@code people}) weighs at least as much as the holding to account,
   * that theme takes the weight the people's words gave theirs, which stays beside it at {@value
   * #KEEP} of it. The matter held (a budget, a bribe, a service) keeps its weight, and the police or a
   * court told acting leads nothing by itself.
   */
  private static Detection besideHeld(Detection plain, Detection read, String led, String people) {
    float engaged = led == null || people == null ? 0f : read.themes().getOrDefault(people, 0f);
    boolean leads = engaged > 0f && engaged >= read.themes().getOrDefault(led, 0f);
    if (read.themes().isEmpty()
        || !leads && read.themes().keySet().containsAll(plain.themes().keySet())) {
      return read;
    }
    float best = 0f;
    for (float w : read.themes().values()) {
      best = Math.max(best, w);
    }
    Map<String, Float> themes = new LinkedHashMap<>(read.themes());
    if (leads) {
      themes.put(led, engaged);
      themes.put(people, KEEP * engaged);
    }
    for (String theme : plain.themes().keySet()) {
      themes.putIfAbsent(theme, KEEP * best);
    }
    return new Detection(themes, read.words(), read.naming(), read.strong(), read.named(), read.everyday(),
        read.everydayItems(), read.domain(), read.topics(), read.cues(), read.common(), read.slipped(), read.overseen(),
        read.held());
  }

  /**
   * The noun of taking a thing into account ("into account", "en compte", "en cuenta"; the compiler's
   * {@code heedIdioms}) tells a view heeded, never a ledger nor answering for one's acts: an entry of
   * another theme found on it (the theme held to account, through "account", "cuenta", or a phrase of
   * it placed across the noun, "public ... account") is read as the people's part instead ({@link
   * PolicyWords#participation}'s theme), as strong or as everyday as it was found, and so is the noun
   * taken as a cue ({@link #cue}), so the gate hears what it heard before and the theme is the one the
   * phrase tells.
   */
  private void heard(List<Match> matches, Set<Integer> heedIdioms, Lang lang) {
    Entry people = participation.get(lang);
    if (people == null) {
      return;
    }
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      Entry e = m.entry;
      if (e.theme().equals(people.theme()) || !anyAt(m.positions, heedIdioms)) {
        continue;
      }
      Entry read = new Entry(people.theme(), e.lang(), e.words(), e.families(), e.weightWords(), e.vocabulary(),
          e.everyday(), e.sector(), e.acronym(), e.typedOnly(), e.id());
      matches.set(i, new Match(read, m.start, m.end, m.positions, m.slips, m.fuzzy, m.weak, m.acronym, m.underDealing));
    }
  }

  /** Whether one of {@code positions} is in {@code at}. */
  private static boolean anyAt(int[] positions, Set<Integer> at) {
    for (int p : positions) {
      if (at.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** What the question's words say about themes, given the matches of entries taken in order. */
  private Detection detection(List<Word> words, List<Known> known, List<Boolean> capitals, List<Match> matches,
      Lang lang, Set<Integer> verbs, Set<Integer> complaint, Set<Integer> afterFunctionWord, Set<Integer> plans,
      Set<Integer> heedIdioms) {
    Evidence ev = new Evidence(words.size(), marked(matches, words), lang, verbs, complaint, afterFunctionWord, plans);
    for (Match m : matches) {
      ev.take(m, words);
    }
    asData(words, ev);
    forReuse(words, ev);
    holdingsReleased(words, ev);
    Set<String> domain = new HashSet<>();
    Set<String> lifted = new HashSet<>();
    Set<String> cues = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!ev.used[i] && !ev.verbs.contains(i) && !analysis.isStop(w) && w.surface().length() >= MIN_CUE_LENGTH
          && !lowerCaseWord(w.surface(), capitals.get(i), lang)
          && cue(w, known.get(i), ev, domain, lifted, heedIdioms.contains(i))) {
        cues.add(w.surface());
      }
    }
    return detection(words, known, ev, domain, lifted, cues);
  }

  /**
   * Public spending asked as data: where the evidence of public spending's theme is strong (a phrase of
   * the field, or money read as a public body's, {@link PublicMoney}), the first word of a data file
   * ({@link PolicyWords#dataFiles}: a file, a spreadsheet, a csv, a download, a format, a portal) reads
   * as the question language's entry for open data ({@link PolicyWords#openData}), strong evidence
   * taken on the word beside what entry found it, so the data's theme is kept second beside the
   * money's. The money's public owner is what gives those words their context: a household's,
   * a bank's or a club's budget or spending is everyday evidence alone, and the file stays theirs. One
   * word only, and none where the data would then weigh more than the money: several words of the file
   * say one thing, and must not put the money they carry out of the answer.
   */
  private void asData(List<Word> words, Evidence ev) {
    Entry data = openData.get(ev.lang);
    Entry spent = publicSpending.get(ev.lang);
    if (data == null || spent == null || !ev.firm.contains(spent.theme()) || ev.firm.contains(data.theme())) {
      return;
    }
    Set<String> files = dataFiles.get(ev.lang);
    for (int i = 0; i < words.size(); i++) {
      if (files.contains(words.get(i).surface()) && !ev.verbs.contains(i) || keptAsData(words, i, ev.lang)) {
        Match read = new Match(data, i, i, new int[] {i}, new int[0], false, false, false, false);
        Float before = ev.bySpan.get(new Span(read));
        float gain = weight(read, false) - (before == null ? 0f : before);
        if (ev.weights.getOrDefault(data.theme(), 0f) + gain <= ev.weights.get(spent.theme())) {
          ev.take(read, words);
        }
        return;
      }
    }
  }

  /**
   * Whether the word at {@code i} is data in plain talk ({@link PolicyWords#dataWords}) with a word
   * telling it kept as open data right before or after it ({@link PolicyWords#dataQualities}: "raw
   * data", "données brutes", "datos reutilizables"): beside public spending it names the money's
   * data as a file's word does ({@link #asData}); "data" alone is as often a phone's plan. Not among
   * the settings of private life ({@link #giftSettings}).
   */
  private boolean keptAsData(List<Word> words, int i, Lang lang) {
    if (!dataWords.get(lang).contains(words.get(i).surface())) {
      return false;
    }
    Set<String> kept = dataQualities.get(lang);
    if (!(i > 0 && kept.contains(words.get(i - 1).surface())
        || i + 1 < words.size() && kept.contains(words.get(i + 1).surface()))) {
      return false;
    }
    // the settings of private life a gift is read beside (a wedding, a relative, a pastime): there the
    // money is one's own, whatever its words found
    Set<String> settings = giftSettings.get(lang);
    for (Word w : words) {
      if (settings.contains(w.surface())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Public data asked for its reuse: where a maker of programs who would build on data stands in the
   * question ({@link PolicyWords#reusers}: developers, programmers, software, a machine reading it),
   * not as a verb, and the question already holds some other theme's evidence (a public service, a
   * body's papers: what the data is of), the first word of data or of a data file ({@link
   * PolicyWords#dataWords}, {@link PolicyWords#dataFiles}) not standing as a verb reads as the question
   * language's entry for open data ({@link PolicyWords#openData}), strong, taken on the word beside
   * whatever entry found it. A phone's data, a shop's customer file or a spreadsheet at work name no
   * reuser; a firm's developers and its files hold no public matter's evidence. Once per question, and
   * not where open data is already strong.
   */
  private void forReuse(List<Word> words, Evidence ev) {
    Entry data = openData.get(ev.lang);
    if (data == null || ev.firm.contains(data.theme()) || !otherTheme(ev, data.theme())) {
      return;
    }
    Set<String> makers = reusers.get(ev.lang);
    boolean reuser = false;
    for (int i = 0; i < words.size() && !reuser; i++) {
      reuser = makers.contains(words.get(i).surface()) && !ev.verbs.contains(i);
    }
    if (!reuser) {
      return;
    }
    Set<String> files = reusedData.get(ev.lang);
    for (int i = 0; i < words.size(); i++) {
      if (files.contains(words.get(i).surface()) && !ev.verbs.contains(i)) {
        ev.take(new Match(data, i, i, new int[] {i}, new int[0], false, true, false, false), words);
        return;
      }
    }
  }

  /**
   * A public body's holdings released for reuse: where the question names a body of public power
   * ({@link PolicyWords#treasuries}, {@link PolicyWords#administrations}: the ministry, the city, the
   * state; or any body whose papers are public records, a policy word of more than scope or an office
   * of {@link PolicyWords#offices}: the regulator, the land registry's "catastro") and what such a body puts out for everyone ({@link PolicyWords#holdings}: figures, maps,
   * registers, timetables, a census, what it counts or measures; or its data, {@link PolicyWords#dataWords}), the first word of a file's form or of its reuse ({@link
   * PolicyWords#reuseTerms}: a format, a spreadsheet, downloadable, reusing, or the scanned PDF it is asked against) not standing as a verb
   * reads as the question language's entry for open data ({@link PolicyWords#openData}), strong, taken
   * on the word beside whatever entry found it: the ministry's maps reused under a licence are its
   * data, not a permit it grants. One's own figures or a shop's map name no public body's holdings;
   * public money found at all is read by {@link #asData}, which keeps the money first. Once per question, and not where open data is already strong.
   */
  private void holdingsReleased(List<Word> words, Evidence ev) {
    Entry data = openData.get(ev.lang);
    Entry spent = publicSpending.get(ev.lang);
    if (data == null || ev.firm.contains(data.theme()) || spent != null && ev.weights.containsKey(spent.theme())
        || !among(words, holders.get(ev.lang)) || !among(words, holdings.get(ev.lang))) {
      return;
    }
    Set<String> terms = reuseTerms.get(ev.lang);
    for (int i = 0; i < words.size(); i++) {
      if (terms.contains(words.get(i).surface()) && !ev.verbs.contains(i)) {
        ev.take(new Match(data, i, i, new int[] {i}, new int[0], false, false, false, false), words);
        return;
      }
    }
  }

  /** Whether some theme other than {@code theme} has weight in the evidence. */
  private static boolean otherTheme(Evidence ev, String theme) {
    for (Map.Entry<String, Float> e : ev.weights.entrySet()) {
      if (!e.getKey().equals(theme) && e.getValue() > 0f) {
        return true;
      }
    }
    return false;
  }

  /**
   * The placements of the entries the question's words find, in the order they are taken: longest
   * phrase first, then the tightest span, exact before typo, naming before vocabulary, leftmost.
   */
  private List<Match> matches(List<Word> words, List<Known> known, List<Boolean> capitals, Lang lang) {
    // A phrase of n words can only be placed on n distinct question words, each of which finds
    // it as a candidate (a form in common or a typo of one of its words): a phrase found from
    // fewer positions is not tried, which spares most of the placements (a common word belongs
    // to many phrases).
    // A placement from position i spans at most n + 1 words and holds i, so it lies within n words
    // of i: in a message of several sentences, a phrase whose words are met in different sentences
    // is not tried from each of them (the count over the whole text grows with its length). An
    // entry with a word looked up as typed only may be placed on a word that does not find it
    // (a stem meets the fragment): for it, the count over the whole question stays the test.
    int[][] phrases = new int[known.size()][];
    for (int i = 0; i < phrases.length; i++) {
      phrases[i] = known.get(i).phrases();
    }
    Positions positions = this.positions.get().read(phrases);
    Set<Match> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Known k = known.get(i);
      int[] ids = k.ids();
      int[] sizes = k.sizes();
      for (int c = 0; c < ids.length; c++) {
        int n = sizes[c]; // negative: looked up as typed only
        if (n > 1 ? !positions.near(ids[c], i, n) : n < -1 && positions.count(ids[c]) < -n) {
          continue;
        }
        Match m = place(k.candidates().get(c), words, known, capitals, i, lang);
        if (m != null) {
          found.add(m);
        }
      }
    }
    List<Match> matches = new ArrayList<>(found);
    matches.sort(ThemeDetector::taking);
    return matches;
  }

  /**
   * Per word of a trade, the thesaurus phrase of {@code lang} that names the trade's companies: a
   * phrase of two words, one of {@link PolicyWords#companies} and the trade's word, in the order the
   * language writes a compound ("mining companies", "empresas mineras", "sociétés minières"), whose
   * trade's word the thesaurus also lists alone ({@link #alone}). In French and Spanish the
   * trade's word is an adjective that agrees with the noun, so its singular is kept too where listed
   * ("minera", "pétrolière"); the masculine, which names a person ("un minero", "un pétrolier"), is
   * not.
   */
  private Map<String, Entry> tradeFirms(Lang lang) {
    Set<String> heads = companies.get(lang);
    int head = ownerBefore.get(lang) ? 1 : 0;
    Map<String, Entry> out = new HashMap<>();
    for (List<Entry> entries : bySurface.values()) {
      for (Entry e : entries) {
        if (e.lang() != lang || e.words().size() != 2 || !heads.contains(e.words().get(head).surface())) {
          continue;
        }
        String trade = e.words().get(1 - head).surface();
        String singular = switch (lang) {
          case EN -> trade;
          case FR, ES -> trade.endsWith("s") ? trade.substring(0, trade.length() - 1) : trade;
        };
        for (String form : List.of(trade, singular)) {
          Entry alone = alone(form, e);
          if (alone != null) {
            out.putIfAbsent(form, e);
            if (alone.everyday()) {
              everydayTrades.computeIfAbsent(lang, k -> new HashSet<>()).add(form);
            }
          }
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The entry of {@code phrase}'s theme and language that lists {@code surface} alone, if any: the
   * trade's word names the field by itself ("minera", "oil"), as against a word that only the phrase
   * makes a company's ("empresas fantasma", "empresas de fachada": a ghost, a front).
   */
  private Entry alone(String surface, Entry phrase) {
    for (Entry e : bySurface.getOrDefault(surface, List.of())) {
      if (e.words().size() == 1 && e.lang() == phrase.lang() && e.theme().equals(phrase.theme())) {
        return e;
      }
    }
    return null;
  }

  /**
   * A trade's companies named otherwise than the thesaurus' phrase for them ({@link #tradeFirms}):
   * the trade's word beside another noun of {@link PolicyWords#companies} ("a mining firm", "the oil
   * majors", "una compañía minera", "une entreprise minière"), or, in French and Spanish, the
   * trade's adjective standing alone as the noun, right after a function word ("una minera", "de la
   * petrolera", "une pétrolière"; not "la ciudad minera", a town). Each reads as the phrase: a pair
   * of words in the phrase's own place among the matches, before the trade's word alone; a lone
   * adjective after every other match, beside its own entry (the word alone still counts with the
   * question's other words of the field as that entry); where that word alone needs context (an everyday word, "mining", "minera"), so does the reading, which only the
   * phrase as the thesaurus writes it does not (a job at a mining firm, an aunt's employer, stay
   * everyday evidence). Not where a holder of public office is named: there the company is the
   * private business that office meets ({@link #privateSector}), which the trade must not outweigh.
   */
  private List<Match> trades(List<Word> words, Lang lang, Set<Integer> afterFunctionWord) {
    Map<String, Entry> trade = tradeFirms.get(lang);
    if (trade.isEmpty() || held(words, lang)) {
      return List.of();
    }
    Set<String> heads = companies.get(lang);
    Set<String> everyday = everydayTrades.getOrDefault(lang, Set.of());
    int head = ownerBefore.get(lang) ? 1 : 0;
    List<Match> out = List.of();
    for (int i = 1; i < words.size(); i++) {
      // the pair of words the language writes a compound with: trade then company, or company then trade
      String first = words.get(i - 1).surface();
      String second = words.get(i).surface();
      String company = head == 0 ? first : second;
      String of = head == 0 ? second : first;
      Entry e = heads.contains(company) ? trade.get(of) : null;
      if (e != null) {
        out = out.isEmpty() ? new ArrayList<>(1) : out;
        out.add(new Match(e, i - 1, i, new int[] {i - 1, i}, new int[0], false, everyday.contains(of), false, false));
      }
    }
    boolean adjectiveAlone = switch (lang) {
      case EN -> false;
      case FR, ES -> true;
    };
    for (int i : adjectiveAlone ? afterFunctionWord : Set.<Integer>of()) {
      Entry e = trade.get(words.get(i).surface());
      if (e != null && (i == 0 || !heads.contains(words.get(i - 1).surface()))) {
        out = out.isEmpty() ? new ArrayList<>(1) : out;
        out.add(new Match(e, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    return out;
  }

  /**
   * A natural resource named by an everyday word of its sector, governed: a word of {@link
   * PolicyWords#stewardship} (management, licences, concessions, royalties, rights) next to a word
   * that one of the theme's everyday entries finds alone ("forests", "pesca", "land"; function words
   * left out), reads as the thesaurus' phrase for governing natural resources ({@link
   * PolicyWords#resourceGovernance}): a pair of words taken before either word alone, strong
   * evidence, as the thesaurus' own phrases of the kind ("land rights", "fishing licences") are
   * meant; not where such a phrase that needs no context already finds the pair. The sector's word
   * alone stays everyday evidence, and so does a governing word beside any other word, or beside the
   * sector's word typed with a slip or met only through its stem.
   */
  private List<Match> governed(List<Word> words, List<Match> matches, Lang lang) {
    Entry reading = resourceGovernance.get(lang);
    if (reading == null) {
      return List.of();
    }
    Set<String> nouns = stewardship.get(lang);
    List<Match> out = new ArrayList<>(0);
    for (int i = 0; i < words.size(); i++) {
      if (!nouns.contains(words.get(i).surface())) {
        continue;
      }
      for (Match m : matches) {
        if (!m.entry.everyday() || m.slips.length > 0 || !m.entry.theme().equals(reading.theme())) {
          continue;
        }
        // the sector's word alone next to the governing word, in the order the language writes a
        // compound (English puts it first: "land rights", never "the rights are mine"); or an everyday
        // phrase of two words that holds the governing word itself, its other word as written or of
        // its family: the sector's people, "licences aux pêcheurs" of "licences de pêche"
        boolean alone = !m.fuzzy && m.start == m.end && m.entry.words().size() == 1
            && noun(words.get(m.start), m.entry) && switch (lang) {
          case EN -> m.start == i - 1;
          case FR, ES -> Math.abs(m.start - i) == 1;
        };
        boolean phrase = m.end - m.start == 1 && (m.start == i || m.end == i);
        int a = Math.min(i, m.start);
        int b = Math.max(i, m.end);
        if ((alone || phrase) && !named(matches, a, b)) {
          out.add(new Match(reading, a, b, new int[] {a, b}, new int[0], false, false, false, false));
        }
      }
    }
    return out;
  }

  /**
   * A body of public power's commitments: where a noun for commitments ({@link PolicyWords#commitments})
   * follows a body of public power ({@link PolicyWords#treasuries}: a government, a ministry, the
   * state, a municipality) anywhere before it in the question, not only within the matcher's reach of
   * one extra word, the body is who made them (its subject or its owner), and the noun reads as the thesaurus' phrase for a government's commitments
   * ({@link PolicyWords#publicCommitments}): what a country's or a city's plan holds, whatever else the
   * question says its owner does with them (drafts, consults on, misses a deadline for). Taken after
   * every other match, only on a noun no entry found: a phrase that holds it keeps it, and the
   * phrase's own match, where owner and noun stand together, is taken first. A body named only after
   * the noun is as often whom a firm's or a person's commitments are made to.
   */
  private List<Match> owned(List<Word> words, Lang lang) {
    Entry reading = publicCommitments.get(lang);
    if (reading == null) {
      return List.of();
    }
    Set<String> nouns = commitmentNouns.get(lang);
    Set<String> owners = publicOwners.get(lang);
    boolean owner = false;
    for (int i = 0; i < words.size(); i++) {
      String surface = words.get(i).surface();
      if (owner && nouns.contains(surface)) {
        return List.of(new Match(reading, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
      owner |= owners.contains(surface);
    }
    return List.of();
  }

  /** Whether an entry that needs no context already finds the words from {@code a} to {@code b} ("mining contracts"). */
  private static boolean named(List<Match> matches, int a, int b) {
    for (Match m : matches) {
      if (!m.everyday() && m.start <= a && m.end >= b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code w} is the noun of a one-word entry as the entry writes it, in the singular or
   * the plural ("forest" of "forests", "bosque" of "bosques"), as against another word the entry's
   * stem finds (a verb, "cobra" of "cobre").
   */
  private static boolean noun(Word w, Entry e) {
    String typed = w.surface();
    String listed = e.words().get(0).surface();
    return typed.equals(listed) || typed.equals(listed + "s") || listed.equals(typed + "s");
  }

  /**
   * A company beside a holder of public office ({@link PolicyWords#firms}, {@link
   * PolicyWords#officeholders}: "a retired judge on a firm's board", "la fournisseuse du maire",
   * "una exconcejala y su constructora"): public
   * office meeting private business, which the field calls the private sector. Each such company
   * word reads as the question language's entry for it ({@link PolicyWords#privateSector}), needing
   * context as that entry does. Taken after every other match: a word some entry finds ("mining
   * companies") is that entry's. A company without an office beside it (a former boss who joined a
   * competitor) or an office without a company is no such reading.
   */
  private List<Match> privateSector(List<Word> words, Lang lang) {
    Entry sector = privateSector.get(lang);
    if (sector == null) {
      return List.of();
    }
    if (!held(words, lang)) {
      return List.of();
    }
    return beside(sector, firms.get(lang), words);
  }

  /**
   * A relative beside a holder of public office ({@link PolicyWords#kin}, {@link
   * PolicyWords#officeholders}), in a question whose words already say something of public life
   * (some theme found without the relatives: the contract, the payroll, the vote), or given a post
   * by the holder (a relative who is the object of a verb of {@link PolicyWords#hiring}: "the
   * governor appointed his nephew", "el intendente nombró a su yerno"): office used for kin. Each
   * such relative reads as the question language's entry for office used for one's own ends
   * ({@link PolicyWords#favour}), needing context as that entry does, taken after every other
   * match. A question the thesaurus finds nothing in (a mayor's daughter who marries, a minister
   * who hires a gardener for his family) tells family news and gets no such reading; and as
   * everyday evidence the reading goes through the gate's rules as any other.
   */
  private List<Match> favour(List<Word> words, Lang lang, boolean ofPublicLife, Set<Integer> ownEnds) {
    Entry favouritism = favour.get(lang);
    if (favouritism == null || !held(words, lang)
        || !ofPublicLife && !hired(words, lang, ownEnds) && !contracted(words, lang, ownEnds)) {
      return List.of();
    }
    return beside(favouritism, kin.get(lang), words);
  }

  /**
   * Whether a relative is the object of a verb of hiring: the word right after it, function words
   * and possessives left out ({@link PolicyWords#possessives}: "appointed his brother-in-law", as against a
   * gardener hired for one's family), and not hired for the holder's private life ({@code ownEnds},
   * {@link PrivateEnds}: a niece hired to mind the holder's children).
   */
  private boolean hired(List<Word> words, Lang lang, Set<Integer> ownEnds) {
    Set<String> relatives = kin.get(lang);
    Set<String> whose = possessives.get(lang);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (said(words.get(i), hiring.get(lang), lang)) {
        int j = i + 1;
        while (j + 1 < words.size() && whose.contains(words.get(j).surface())) {
          j++;
        }
        if (relatives.contains(words.get(j).surface()) && !ownEnds.contains(j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a relative stands at most {@value #DEALT_SPAN} words from a deal a public body gives out
   * ({@link PolicyWords#dealtOut}: a contract, a tender, "les marchés", "la licitación"): the holder's
   * kin getting the body's deals ("his cousin's firm won the contracts"), and not a relative serving the
   * holder's private life ({@code ownEnds}); a deal's word that is also a form of hiring ({@link
   * PolicyWords#hiring}) is that verb, read by {@link #hired} alone.
   */
  private boolean contracted(List<Word> words, Lang lang, Set<Integer> ownEnds) {
    Set<String> relatives = kin.get(lang);
    Set<String> deals = dealtOut.get(lang);
    for (int i = 0; i < words.size(); i++) {
      if (!relatives.contains(words.get(i).surface()) || ownEnds.contains(i)) {
        continue;
      }
      for (int j = Math.max(0, i - DEALT_SPAN); j < Math.min(words.size(), i + DEALT_SPAN + 1); j++) {
        // a form a verb of hiring shares ("contrató" folded) is that verb's, which {@link #hired} reads
        String deal = words.get(j).surface();
        if (deals.contains(deal) && !hiring.get(lang).contains(deal)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many words from a relative a deal given out may stand ({@link #contracted}). */
  static final int DEALT_SPAN = 5;

  /**
   * What a holder of public office deals in: kin ({@link #favour}), then money ({@link #bribe}).
   *
   * @param ofPublicLife whether the question finds some theme without the dealing
   * @param ownEnds positions of money or relatives serving the holder's private life ({@link PrivateEnds})
   */
  private List<Match> dealing(List<Word> words, Lang lang, List<Match> matches, boolean ofPublicLife,
      Set<Integer> ownEnds) {
    List<Match> kin = favour(words, lang, ofPublicLife, ownEnds);
    List<Match> money = bribe(words, lang, matches, ownEnds);
    if (money.isEmpty()) {
      return kin;
    }
    List<Match> out = new ArrayList<>(kin);
    out.addAll(money);
    return out;
  }

  /**
   * Money asked for or taken by a holder of public office ({@link PolicyWords#payments}): asked for,
   * wanted or taken by an officer serving the public ({@link PolicyWords#officers}, {@link
   * PolicyWords#asking}, {@link PolicyWords#taking}), or taken, pocketed or accepted by any holder
   * ({@link PolicyWords#officeholders}), an elected one included: office sold for money. An elected
   * holder asking for money asks for a budget; money won, lost or given back is no such reading.
   * The officer, the verb and the money tell the dealing in full, so the reading needs no other
   * evidence of public life (the French "argent" or "liquide", the English "cash" find none, and
   * a question must not need one language's cues to be read): each such word reads as the
   * question language's entry for a bribe ({@link PolicyWords#bribe}), taken after every other
   * match, and beside the money word's own match ({@link Evidence#reading}). Money whose end or
   * source is the holder's private life ({@code ownEnds}, {@link PrivateEnds}: for a wedding, from
   * one's parents, out of a cash machine) is the holder's own, not a bribe. A gift ({@link
   * PolicyWords#gifts}) handed over so is read the same way, even where its own weak match of conduct
   * is found (an inspector accepting gifts), but only where no word of private life stands anywhere in
   * the question ({@code giftSettings}: a relative, a pastime, a feast, a contest): gifts are handed
   * among private people every day, money for an act far less.
   */
  private List<Match> bribe(List<Word> words, Lang lang, List<Match> matches, Set<Integer> ownEnds) {
    Entry paid = bribe.get(lang);
    if (paid == null) {
      return List.of();
    }
    boolean took = said(words, taking.get(lang), lang);
    boolean officer = serving(words, lang) && (said(words, asking.get(lang), lang) || took);
    if (!officer && !(took && held(words, lang))) {
      return List.of();
    }
    List<Match> out = new ArrayList<>(1);
    for (Match m : beside(paid, payments.get(lang), words)) {
      if (!found(matches, paid.theme(), m.start()) && !ownEnds.contains(m.start())) {
        out.add(m);
      }
    }
    // a gift is the thesaurus's everyday word of conduct by itself; handed to office it is the bribe,
    // read beside that weak match as money is beside the budget's
    List<Match> given = beside(paid, gifts.get(lang), words);
    if (given.isEmpty() || anyOf(words, 0, words.size(), giftSettings.get(lang))) {
      return out;
    }
    for (Match m : given) {
      if (!ownEnds.contains(m.start())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether the question names a holder of public office who serves the public ({@link
   * PolicyWords#officers}), or an attendant ({@link PolicyWords#attendants}) whose compound a public
   * owner or beat forms (a body of {@link PolicyWords#treasuries}, a division, a prerogative of the
   * state, a beat of {@link PolicyWords#beats}; not an office, which a private body may have too): the content word right before it in English
   * ("border guards", "the tax collector", "customs people"), right after it in French and Spanish,
   * the function words between left out ("un agent de la préfecture", "gardes-frontières", "el agente de
   * tránsito", "un empleado de la alcaldía"), as against a security guard or a bank clerk.
   */
  private boolean serving(List<Word> words, Lang lang) {
    Set<String> office = officers.get(lang);
    Set<String> attending = attendants.get(lang);
    int owner = ownerBefore.get(lang) ? -1 : 1;
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      if (office.contains(s)) {
        return true;
      }
      int o = i + owner;
      if (attending.contains(s) && o >= 0 && o < words.size() && publicBeats.get(lang).contains(words.get(o).surface())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a question word is one of {@code verbs} (forms and stems, {@link #verbs}). */
  private static boolean said(List<Word> words, Set<String> verbs, Lang lang) {
    for (Word w : words) {
      if (said(w, verbs, lang)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is one of {@code verbs} (forms and stems, {@link #verbs}), by surface or stem. */
  private static boolean said(Word w, Set<String> verbs, Lang lang) {
    String stem = w.stem(lang);
    return verbs.contains(w.surface()) || stem != null && verbs.contains(stem);
  }

  /** Whether an entry of {@code theme} among {@code matches} is placed on question word {@code at}. */
  private static boolean found(List<Match> matches, String theme, int at) {
    for (Match m : matches) {
      if (m.entry().theme().equals(theme)) {
        for (int p : m.positions()) {
          if (p == at) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the question names a holder of public office ({@link PolicyWords#officeholders}), or one who held it. */
  private boolean held(List<Word> words, Lang lang) {
    Set<String> office = officeholders.get(lang);
    for (Word w : words) {
      if (holder(w, office)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is one of {@code office} ({@link PolicyWords#officeholders}), or one who held it. */
  private static boolean holder(Word w, Set<String> office) {
    String s = w.surface();
    return office.contains(s) || PolicyWords.former(s, office);
  }

  /** Each question word of {@code nouns}, read as {@code entry}. */
  private static List<Match> beside(Entry entry, Set<String> nouns, List<Word> words) {
    List<Match> out = new ArrayList<>(1);
    for (int i = 0; i < words.size(); i++) {
      if (nouns.contains(words.get(i).surface())) {
        out.add(new Match(entry, i, i, new int[] {i}, new int[0], false, false, false, false));
      }
    }
    return out;
  }

  /**
   * Per phrase entry (of several words), how many question words find it as a candidate, and
   * which: a table addressed by the entry's id ({@link Entry#id}, dense from 0), one per thread
   * ({@link #positions}), filled anew for each question. Each id's row holds the question it was
   * last written for (a stamp), its count and the head of a chain of the positions that find it,
   * last first: a row of another question's stamp reads as empty, so nothing is cleared between
   * questions and nothing is allocated once the findings of the longest question fit.
   */
  static final class Positions {
    /** Per id, three ints from {@code 3 * id}: the stamp, the count, the index of the last finding in {@link #at} plus one. */
    private int[] rows;
    /** Per finding, the question position and the index of the row's finding before it plus one. */
    private int[] at = new int[64];
    private int[] before = new int[64];
    /** The current question's stamp; 0 is no question's. */
    private int stamp;

    /** A table for entry ids below {@code ids} (more are taken as they come). */
    Positions(int ids) {
      this.rows = new int[3 * Math.max(1, ids)];
    }

    /**
     * Reads one question: {@code phrases}, per question word, the ids of the phrase entries it
     * finds, each once. Forgets the question read before.
     */
    Positions read(int[][] phrases) {
      if (++stamp == 0) {
        // once in four billion questions: the stamps start again from an empty table
        Arrays.fill(rows, 0);
        stamp = 1;
      }
      int total = 0;
      for (int[] ids : phrases) {
        total += ids.length;
      }
      if (total > at.length) {
        at = new int[Math.max(total, 2 * at.length)];
        before = new int[at.length];
      }
      int finding = 0;
      for (int position = 0; position < phrases.length; position++) {
        for (int id : phrases[position]) {
          int row = 3 * id;
          if (row >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(row + 3, 2 * rows.length));
          }
          if (rows[row] != stamp) {
            rows[row] = stamp;
            rows[row + 1] = 0;
            rows[row + 2] = 0;
          }
          rows[row + 1]++;
          at[finding] = position;
          before[finding] = rows[row + 2];
          rows[row + 2] = ++finding;
        }
      }
      return this;
    }

    /**
     * Whether {@code reach} of the positions that find entry {@code id} or more lie within {@code
     * reach} of {@code position}: those a placement of a phrase of {@code reach} words from there needs.
     */
    boolean near(int id, int position, int reach) {
      if (count(id) < reach) {
        return false;
      }
      int n = 0;
      for (int f = rows[3 * id + 2]; f != 0; f = before[f - 1]) {
        if (Math.abs(at[f - 1] - position) <= reach && ++n >= reach) {
          return true;
        }
      }
      return false;
    }

    int count(int id) {
      int row = 3 * id;
      return row < rows.length && rows[row] == stamp ? rows[row + 1] : 0;
    }
  }

  /** The order {@link #matches} are taken in. */
  private static int taking(Match a, Match b) {
    int c = Integer.compare(b.entry.words().size(), a.entry.words().size());
    if (c == 0) {
      c = Integer.compare(a.end - a.start, b.end - b.start);
    }
    if (c == 0) {
      c = Boolean.compare(a.fuzzy, b.fuzzy);
    }
    if (c == 0) {
      c = Boolean.compare(a.entry.vocabulary(), b.entry.vocabulary());
    }
    return c == 0 ? Integer.compare(a.start, b.start) : c;
  }

  /** A theme's evidence from one span of question words. */
  private record Span(String theme, int start, int end) {

    Span(Match m) {
      this(m.entry.theme(), m.start, m.end);
    }
  }

  /**
   * The spans where a phrase that needs context stands word for word as the thesaurus writes it:
   * it needs context however else the same words are matched (another language's entry of the
   * theme: "action plan" for "plan de acción"). Not a marked word met only through a stem or a
   * typo: a word of its family may be the theme's own ("corrupt" is not "corruption").
   */
  private static Set<Span> marked(List<Match> matches, List<Word> words) {
    Set<Span> marked = null;
    for (int k = 0; k < matches.size(); k++) {
      Match m = matches.get(k);
      if (m.entry.everyday() && typedAsWritten(m, words)) {
        marked = marked == null ? new HashSet<>() : marked;
        marked.add(new Span(m));
      }
    }
    return marked == null ? Set.of() : marked;
  }

  /** What the matches taken so far say: the words they cover, and per theme its weight and evidence. */
  private final class Evidence {
    final boolean[] used;
    final List<Match> taken = new ArrayList<>();
    final Map<String, Float> weights = new LinkedHashMap<>();
    /**
     * The themes an entry of their own finds, other than a lone word many themes use ({@link
     * #generic}), written in the question's language or typed as the entry writes it: not only cues
     * lifted from their phrases ({@link #cue}), nor only another language's entry met through a
     * stem ({@link #kept}).
     */
    Set<String> entered = Collections.emptySet();
    /** The themes a sector entry or a cue lifted from a sector's words finds ({@link Theme#sectors}). */
    Set<String> sectors = Collections.emptySet();
    /** The themes some other entry or cue finds: evidence of what is done, not only where. */
    Set<String> acts = Collections.emptySet();
    Map<Span, Float> bySpan = Collections.emptyMap();
    final Set<String> strong = new HashSet<>();
    /** The themes some strong evidence finds ({@link #asData} reads public spending's). */
    Set<String> firm = Collections.emptySet();
    Set<String> named = Collections.emptySet();
    /** The surfaces of the words of everyday evidence found in a label or synonym. */
    Set<String> namedEveryday = Collections.emptySet();
    final Map<String, Set<String>> everyday = new HashMap<>();
    final Map<String, Integer> items = new HashMap<>();
    /** The surfaces of the question words some match covers. */
    Set<String> matched = Collections.emptySet();
    /** The surfaces of the question words some match read otherwise than as typed ({@link #slipAt}). */
    Set<String> slipped = Collections.emptySet();
    /** The surfaces of the question words some match took as written, up to an inflection or its family. */
    Set<String> unslipped = Collections.emptySet();
    /**
     * Per theme, the surfaces of the one-word everyday entries found word for word (up to an
     * inflection, no typo, no other ending) and of the cues lifted from its phrases, each with
     * whether it names the theme: the pieces that may corroborate each other ({@link #corroborated}).
     */
    Map<String, Map<String, Boolean>> plain = Collections.emptyMap();
    final Set<Span> marked;
    final Lang lang;
    /** The positions of the words that stand as verbs ({@link VerbReadings}). */
    final Set<Integer> verbs;
    /** The positions of the words of a complaint's clause ({@link #untold}). */
    final Set<Integer> complaint;
    /** The positions of the words that follow a function word in the question ({@link #questioned}). */
    final Set<Integer> afterFunctionWord;
    /** The positions of the plans told by themselves ({@link PlanReadings}, {@link #drafted}). */
    final Set<Integer> plans;
    /** Per theme, the weight of the entries found wholly inside a complaint's clause. */
    Map<String, Float> told = Collections.emptyMap();
    /** Whether {@link #heeded} found one member of a legislature heeding the people (his own meetings, not the house's work). */
    boolean memberHeeds;
    /**
     * Per theme, what money read as public spending ({@link PublicMoney}) added to the weight the
     * question's words gave it as typed: the reading's raise, which sets no bar for the other themes
     * ({@link #kept(Map, Set, Map)}).
     */
    Map<String, Float> raised = Collections.emptyMap();
    /** The frame themes ({@link Theme#frame}) an entry names by its name, its acronym or strongly ({@link #framing}). */
    Set<String> framed = Collections.emptySet();
    /** Those of {@link #framed} named by their own name or their acronym, not only by strong evidence. */
    Set<String> titled = Collections.emptySet();

    /** The weight of the theme the evidence weighs most, 0 when it found none. */
    float best() {
      float best = 0f;
      for (float w : weights.values()) {
        best = Math.max(best, w);
      }
      return best;
    }

    /** Whether {@code theme} weighs more than every other theme: a tie at the top is no lead. */
    boolean leadsAlone(String theme) {
      float own = weights.getOrDefault(theme, 0f);
      for (Map.Entry<String, Float> e : weights.entrySet()) {
        if (!e.getKey().equals(theme) && e.getValue() >= own) {
          return false;
        }
      }
      return own > 0f;
    }

    Evidence(int words, Set<Span> marked, Lang lang, Set<Integer> verbs, Set<Integer> complaint,
        Set<Integer> afterFunctionWord, Set<Integer> plans) {
      this.used = new boolean[words];
      this.marked = marked;
      this.lang = lang;
      this.verbs = verbs;
      this.complaint = complaint;
      this.afterFunctionWord = afterFunctionWord;
      this.plans = plans;
    }

    /** Takes {@code m} when its words are free, or when it has the same words as a match taken. */
    void take(Match m, List<Word> words) {
      // A phrase listed under two themes ("participatory budgeting") names both.
      // a word read beside public office is so beside its own match ("oil company", "argent"), and so is a
      // trade's adjective read as its companies
      if (!free(used, m) && !sameWordsAsTaken(m) && !reading(m) || lowerCaseWord(m, words)) {
        return;
      }
      Span span = new Span(m);
      // money read as public spending, papers read as public records, and the police or a court told
      // acting read as held to account, are as strong as their
      // entry, whatever everyday entry found the same word, and weigh as everyday evidence: a stray
      // cue of another theme follows them, but the evidence of what the money went wrong by stays
      // kept beside it
      boolean spent = (publicSpending.get(lang) == m.entry || publicRecords.get(lang) == m.entry
          || justiceHeld.get(lang) == m.entry) && m.start == m.end;
      // a sector's word read as governed is so even where the pair is an everyday phrase typed as
      // written: the plural titles handed out, not one holder's paper ({@link #governed})
      boolean governs = resourceGovernance.get(lang) == m.entry && m.start != m.end;
      // a gift handed over to office is read as a bribe ({@link #bribe}) on the word the thesaurus
      // lists as conduct needing context: the office and the handing are that context
      boolean handed = bribe.get(lang) == m.entry && m.start == m.end && !m.everyday();
      // the police or a court told acting is everyday evidence: what it did to whom (a judge's outing, a
      // police officer's medal) is as often private life, which the rest of the question must say it is not
      boolean everydayMatch = spent ? m.everyday() || justiceHeld.get(lang) == m.entry
          : m.everyday() || marked.contains(span) && !governs && !handed || m.borrowed(lang) && typedAsWritten(m, words)
          || slipOfAWord(m, words);
      if (!spent && asVerb(m)) {
        // a noun of the field typed as a verb is a step weaker: strong evidence everyday, everyday none
        if (everydayMatch) {
          return;
        }
        everydayMatch = true;
      }
      taken.add(m);
      for (int k = m.start; k <= m.end; k++) {
        used[k] = true;
      }
      String theme = m.entry.theme();
      if (!everydayMatch) {
        firm = grown(firm);
        firm.add(theme);
      }
      if (m.entry.sector()) {
        sectors = grown(sectors);
        sectors.add(theme);
      } else {
        acts = grown(acts);
        acts.add(theme);
      }
      float w = weight(m, everydayMatch || spent);
      if (!generic.contains(m.entry) && (m.entry.lang() == lang || typedAsWritten(m, words))) {
        entered = grown(entered);
        entered.add(theme);
        // the process is named by its own name, its acronym as typed, or strong evidence: its lone
        // everyday word ("plan") or a phrase everyday work shares ("implementation support", "member
        // governments") is as often a household's, a firm's or another theme's
        boolean title = titles.contains(m.entry) || m.entry.acronym() && m.acronym;
        if (frames.contains(theme) && (title || !everydayMatch)) {
          framed = grown(framed);
          framed.add(theme);
          if (title) {
            titled = grown(titled);
            titled.add(theme);
          }
        }
      }
      Float before = bySpan.get(span);
      if (before == null && everydayMatch) {
        count(items, theme);
      }
      if (before == null || w > before) {
        bySpan = grown(bySpan);
        bySpan.put(span, w);
        add(weights, theme, w - (before == null ? 0f : before));
        if (spent && publicSpending.get(lang) == m.entry) {
          raised = grown(raised);
          add(raised, theme, w - (before == null ? 0f : before));
        }
        if (inside(m, complaint)) {
          told = grown(told);
          add(told, theme, w - (before == null ? 0f : before));
        }
      }
      if (everydayMatch && m.entry.words().size() == 1 && !m.fuzzy && !m.weak && !m.entry.acronym()
          && !(m.borrowed(lang) && typedAsWritten(m, words))) {
        plain = grown(plain);
        plain.computeIfAbsent(theme, t -> new HashMap<>())
            .merge(words.get(m.start).surface(), !m.entry.vocabulary(), Boolean::logicalOr);
      }
      for (int k : m.positions) {
        String surface = words.get(k).surface();
        matched = grown(matched);
        matched.add(surface);
        if (slipAt(m, k)) {
          slipped = grown(slipped);
          slipped.add(surface);
        } else {
          unslipped = grown(unslipped);
          unslipped.add(surface);
        }
        if (everydayMatch) {
          everyday.computeIfAbsent(surface, s -> new TreeSet<>()).add(theme);
          if (!m.entry.vocabulary()) {
            namedEveryday = grown(namedEveryday);
            namedEveryday.add(surface);
          }
        } else {
          strong.add(surface);
          if (!m.entry.vocabulary()) {
            named = grown(named);
            named.add(surface);
          }
        }
      }
    }

    /**
     * Whether {@code m} read the question word at {@code position} otherwise than as typed: as a typo
     * of an entry word, or, a one-word entry, only through a stem with another ending ("écolos" is
     * "écoles" to the stemmer).
     */
    private static boolean slipAt(Match m, int position) {
      if (m.weak && m.start == m.end && m.entry.words().size() == 1) {
        return true;
      }
      for (int s : m.slips) {
        if (s == position) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code m} is a one-word entry found on a word that stands as a verb ({@link
     * VerbReadings}): a noun of the field typed alike as an everyday verb ("the city plans its
     * housing") does not name its theme as the noun does.
     */
    private boolean asVerb(Match m) {
      return m.start == m.end && m.entry.words().size() == 1 && verbs.contains(m.start);
    }

    /**
     * Whether {@code m} was found by taking an everyday word of the question's language ({@link
     * Commonness}) for a typo of an entry word, among words that are all everyday words of it: the
     * words read as everyday language typed as meant ("public speaking" is no slip for "public
     * spending"), so the entry is at most everyday evidence, as a phrase found through a short typo
     * is. A word of the field that everyday language does not use beside the slip ("somme du PGO")
     * says the slip was one.
     */
    private boolean slipOfAWord(Match m, List<Word> words) {
      if (m.slips.length == 0) {
        return false;
      }
      for (int k : m.positions) {
        if (!commonness.everyday(lang, words.get(k).surface())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code m} is an acronym typed in small letters that is an everyday word of the
     * question's language ({@link Commonness}): Spanish "cada" is "each", not the French CADA.
     */
    private boolean lowerCaseWord(Match m, List<Word> words) {
      return m.entry.acronym() && !m.acronym && commonness.everyday(lang, words.get(m.start).surface());
    }

    /**
     * Whether {@code m} is a word read beside public office as a phrase of the field: a company as
     * the private sector ({@link #privateSector}), a relative as abuse of power ({@link #favour}),
     * money as a bribe ({@link #bribe}), or money read as public spending ({@link #publicSpending}).
     * The word is both what it is and what the office makes it, so the reading is taken beside the
     * word's own match, as a one-word reading is ({@link Match#sameWordsAs}: "bribe" over the budget's
     * "money"), whatever the phrase's length in the question's language ("pot-de-vin" over the
     * budget's "argent").
     */
    private boolean reading(Match m) {
      return m.start == m.end && m.entry.words().size() > 1
          && (privateSector.get(lang) == m.entry || favour.get(lang) == m.entry || bribe.get(lang) == m.entry
              || publicSpending.get(lang) == m.entry || publicRecords.get(lang) == m.entry
              || justiceHeld.get(lang) == m.entry || openData.get(lang) == m.entry
              || tradeFirms.get(lang).containsValue(m.entry));
    }

    private boolean sameWordsAsTaken(Match m) {
      for (int t = 0; t < taken.size(); t++) {
        if (m.sameWordsAs(taken.get(t))) {
          return true;
        }
      }
      return false;
    }
  }

  private static void count(Map<String, Integer> counts, String key) {
    Integer n = counts.get(key);
    counts.put(key, n == null ? 1 : n + 1);
  }

  private static void add(Map<String, Float> sums, String key, float value) {
    Float before = sums.get(key);
    sums.put(key, before == null ? value : before + value);
  }

  /**
   * {@code set} itself once it holds something, else a new set to fill: the evidence's sets start as
   * the empty constant and are made at their first element, since most questions leave most of them
   * empty.
   */
  private static <T> Set<T> grown(Set<T> set) {
    return set.isEmpty() ? new HashSet<>() : set;
  }

  /** {@code map} itself once it holds something, else a new map to fill ({@link #grown(Set)}). */
  private static <K, V> Map<K, V> grown(Map<K, V> map) {
    return map.isEmpty() ? new HashMap<>() : map;
  }

  /**
   * Whether {@code surface}, typed in small letters, is a word the thesaurus writes only as an
   * acronym and an everyday word of the question's language ({@link Commonness}): Spanish "cada"
   * of "cada año" is "each", no cue lifted from the French CADA's phrases; the cue's twin of {@link
   * Evidence#lowerCaseWord}, which gives such a word no evidence as an entry.
   */
  private boolean lowerCaseWord(String surface, boolean capitals, Lang lang) {
    return !capitals && acronymsOnly.contains(surface) && commonness.everyday(lang, surface);
  }

  /**
   * A question word no match covers: a cue for the one or two themes whose phrases hold it
   * (lifted when only vocabulary phrases do), or a word of the field ({@code domain}) when more
   * themes' phrases do. Returns whether it is a cue.
   */
  private boolean cue(Word w, Known k, Evidence ev, Set<String> domain, Set<String> lifted, boolean heeding) {
    InLanguage in = k.inLanguage().get(ev.lang);
    Map<String, Integer> counts = in.phraseCues();
    Map<String, Integer> named = in.cues();
    Entry people = heeding ? participation.get(ev.lang) : null;
    if (people != null && !counts.isEmpty()) {
      // the noun of taking a thing into account cues the people's part alone ({@link #heard})
      named = named.isEmpty() ? named : Map.of(people.theme(), 1);
      counts = Map.of(people.theme(), 1);
    }
    if (enquiry.get(ev.lang).contains(w.surface()) || LanguagePack.of(ev.lang).hedges().contains(w.surface())) {
      // a word of the enquirer's trade says why one asks, not what about, and an adverb of the
      // question's hedges ({@link LanguagePack#hedges}: "finally", "finalement") how sure or how soon:
      // lifted from a phrase, neither is evidence of the phrase's themes (the phrase said in full is
      // matched, not lifted; "finally" is no piece of "beneficiarios finales")
      return false;
    }
    if (counts.isEmpty() || counts.size() > MAX_CUE_THEMES) {
      if (!in.themes().isEmpty()) {
        domain.add(w.surface());
      }
      return false;
    }
    int most = 0;
    for (int n : counts.values()) {
      most = Math.max(most, n);
    }
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      add(ev.weights, c.getKey(), CUE * c.getValue() / most);
    }
    for (String theme : counts.keySet()) {
      count(ev.items, theme);
      if (sectorWord(k, theme)) {
        ev.sectors = grown(ev.sectors);
        ev.sectors.add(theme);
      } else {
        ev.acts = grown(ev.acts);
        ev.acts.add(theme);
      }
    }
    ev.everyday.computeIfAbsent(w.surface(), s -> new TreeSet<>()).addAll(counts.keySet());
    // a word of the theme's own phrases is a piece of its field, as a one-word entry is, when no
    // language uses it every day: an everyday word of another language ("making" in a French
    // question) is a loanword or a name there, not a rare word of the field
    if (!commonness.everydayAnywhere(w.surface())) {
      for (String theme : counts.keySet()) {
        ev.plain = grown(ev.plain);
        ev.plain.computeIfAbsent(theme, t -> new HashMap<>())
            .merge(w.surface(), named.containsKey(theme), Boolean::logicalOr);
      }
    }
    if (named.isEmpty()) {
      lifted.add(w.surface());
    }
    return true;
  }

  /**
   * {@code counts} (a word's {@link #themeCounts} in {@code byForm}) with those of its verbal family
   * in the question's language {@code lang} ({@link #verbalRoot}): a French verb counts in the
   * themes of its French action noun's phrases, as its other forms count in every language's.
   */
  private Map<String, Integer> inLanguage(Map<String, Integer> counts, String surface, List<String> forms, Lang lang,
      Map<String, Map<String, Integer>> byForm) {
    if (policyWords.contains(surface)) {
      return counts;
    }
    String tag = lang.code();
    Map<String, Integer> out = counts;
    for (String form : forms) {
      Map<String, Integer> here = verbalIn(form, tag) ? byForm.get(form) : null;
      if (here != null) {
        out = out == counts ? new HashMap<>(counts) : out;
        for (Map.Entry<String, Integer> e : here.entrySet()) {
          out.merge(e.getKey(), e.getValue(), Math::max);
        }
      }
    }
    return out;
  }

  private Detection detection(List<Word> words, List<Known> known, Evidence ev, Set<String> domain,
      Set<String> lifted, Set<String> cues) {
    drafted(words, ev);
    committedWithPeople(words, ev);
    coCreated(words, ev);
    corroborated(ev);
    heeded(words, ev);
    askedLate(words, ev);
    seated(words, ev);
    sayInRules(words, ev);
    Set<String> strong = ev.strong;
    Map<String, Set<String>> everyday = ev.everyday;
    everyday.keySet().removeAll(strong);
    Set<String> evidence = new HashSet<>(strong);
    evidence.addAll(everyday.keySet());
    domain.removeAll(evidence);
    // what each everyday word could be about: the themes whose phrases hold it, and those it named
    Map<String, Set<String>> topics = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String surface = words.get(i).surface();
      Set<String> named = everyday.get(surface);
      if (named != null) {
        Set<String> all = new TreeSet<>(named);
        all.addAll(known.get(i).themes().keySet());
        Set<String> before = topics.get(surface);
        if (before == null) {
          topics.put(surface, all);
        } else {
          before.addAll(all);
        }
      }
    }
    lifted.removeAll(strong);
    Set<String> naming = new HashSet<>(evidence);
    naming.removeAll(lifted);
    cues.removeAll(ev.matched);
    // a label or synonym that needs context ("budget") still names its theme, however common
    Set<String> common = new HashSet<>();
    for (String surface : everyday.keySet()) {
      if (!ev.namedEveryday.contains(surface) && commonness.everydayOrBorrowed(ev.lang, surface)) {
        common.add(surface);
      }
    }
    Set<String> settings = new HashSet<>(ev.sectors);
    settings.removeAll(ev.acts);
    Set<String> untold = untold(ev);
    settings.addAll(untold.isEmpty() ? framing(ev) : untold);
    Entry people = participation.get(ev.lang);
    Float engaged = people == null ? null : ev.weights.get(people.theme());
    boolean overseen = overseen(words, ev);
    overseers(words, ev);
    boolean held = questioned(words, ev);
    graded(words, ev);
    codecided(words, ev);
    voiced(words, ev, cues);
    apportioned(words, ev);
    plannedWithPeople(words, ev);
    if (untold.isEmpty()) {
      framedMeans(ev, settings);
    }
    heldByPeople(words, ev, engaged, settings);
    legislatureAtWork(words, ev, settings);
    lawOfItsMatter(words, ev, settings);
    if (!ev.slipped.isEmpty()) {
      ev.slipped.removeAll(ev.unslipped);
    }
    return new Detection(kept(ev.weights, ev.entered, settings, ev.raised), evidence, naming, strong, Set.copyOf(ev.named), everyday, ev.items,
        domain, topics, cues, common, ev.slipped, overseen, held);
  }

  /**
   * An act of oversight on public money names both: where a word of overseeing ({@link
   * PolicyWords#overseeing}: audit, scrutinise, contrôler, fiscalizar), or a phrase of the theme
   * oversight belongs to ("rendre des comptes", "veeduría ciudadana"), stands beside evidence of the
   * theme public spending belongs to ({@link PolicyWords#publicSpending}) found on other words than
   * the act's, the theme oversight belongs to ({@link PolicyWords#oversight}) and the money's are
   * both kept, each weighing at least {@value #KEEP} of the best theme: a budget phrase's several
   * words no longer drop the one-word act below half of them, and a lone everyday money word is not
   * dropped beside a body's name. The weights stay below the best theme's where they were, so the
   * theme the question's words weigh most still comes first. The act alone ("audit", also an
   * everyday word of the money's theme) has no object, and is weighed as before. Returns whether
   * the question holds such an act on public money.
   */
  private boolean overseen(List<Word> words, Evidence ev) {
    Entry act = oversight.get(ev.lang);
    Entry money = publicSpending.get(ev.lang);
    if (act == null || money == null || ev.weights.isEmpty()) {
      return false;
    }
    Set<String> verbs = overseeing.get(ev.lang);
    boolean[] acting = new boolean[words.size()];
    boolean overseen = false;
    for (int i = 0; i < words.size(); i++) {
      acting[i] = said(words.get(i), verbs, ev.lang);
      overseen |= acting[i];
    }
    for (int t = 0; t < ev.taken.size(); t++) {
      Match m = ev.taken.get(t);
      if (m.entry.theme().equals(act.theme()) && m.entry.words().size() > 1) {
        for (int k : m.positions) {
          acting[k] = true;
        }
        overseen = true;
      }
    }
    if (!overseen || !spentOn(ev, money.theme(), acting)) {
      return false;
    }
    float best = ev.best();
    for (String theme : List.of(act.theme(), money.theme())) {
      Float w = ev.weights.get(theme);
      if (w == null || w < KEEP * best) {
        ev.weights.put(theme, KEEP * best);
      }
      ev.entered = grown(ev.entered);
      ev.entered.add(theme);
    }
    return true;
  }

  /**
   * A decision taken with a body of public power is the people's say in it: where a verb of deciding
   * ({@link PolicyWords#deciding}) has a body of public power ({@link PolicyWords#treasuries}) right
   * after it, or after a word of togetherness ({@link PolicyWords#together}) ("decide with the
   * ministry", "décider ensemble avec la commune", "decidir junto con el gobierno"; the function word
   * between is left out of the words), and none before it (there the body decides alone), the theme of
   * {@link PolicyWords#participation} weighs as much as the question's best theme, which stays where
   * it was: the subject decided on (a school, a forest, a budget) keeps its theme beside the say. A
   * body after another word is that word's owner or place ("decides which of the government's papers
   * stay secret"), not who decides with the people. Read only where the question's words already found
   * a theme, so a body named in a private move gives none.
   */
  private void codecided(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    if (people == null || ev.weights.isEmpty()) {
      return;
    }
    Set<String> bodies = publicOwners.get(ev.lang);
    Set<String> verbs = deciding.get(ev.lang);
    for (int i = 0; i < words.size(); i++) {
      if (bodies.contains(words.get(i).surface())) {
        return;
      }
      int j = i + 1;
      if (j + 1 < words.size() && together.get(ev.lang).contains(words.get(j).surface())) {
        j++;
      }
      if (j < words.size() && said(words.get(i), verbs, ev.lang) && bodies.contains(words.get(j).surface())) {
        float best = ev.best();
        ev.weights.put(people.theme(), best);
        ev.entered = grown(ev.entered);
        ev.entered.add(people.theme());
        return;
      }
    }
  }

  /**
   * The people's view put on a thing of the field is their say in making it: where the people ({@link
   * PolicyWords#thePeople}) stand at most {@value #HEED_SPAN} words before a verb of {@link
   * PolicyWords#voicing} ("citizens can comment on the draft", "les citoyens peuvent proposer des
   * amendements", "que los vecinos opinen"), or beside a noun of their view ({@link PolicyWords#views}:
   * "the people's views", "l'avis de la population", "la opinión de la gente"), or after a verb of
   * {@link PolicyWords#heeding} with no body before it ("consulter la population sur..."), and another
   * theme's entry or cue is found at most {@value #HEED_SPAN} words after them (a law, a bill, a code
   * of ethics, a public service: the thing they speak on), the theme of {@link PolicyWords#participation}
   * leads that thing's ({@value #HEARD_LEAD} of the best theme), which stays beside it: the question
   * asks how the people take part in making the law or the service, not for the law itself; where a
   * legislature is named ({@link PolicyWords#chambers}), or its own work is spoken on after the say
   * where its theme leads ({@link PolicyWords#chamberWork}: a bill, amendments, a reading, its members'
   * votes), the chamber opening its work leads and the say stands right after it, and so where conduct leads (integrity told of a club or a family is
   * private life to the gate, which reads that lead). A verb of heeding is read by its forms as written ("hearings" are a
   * noun). Public money spoken on keeps its lead, the people's part beside it ({@link #apportioned}
   * weighs them). Weights only: what the words found is unchanged, so the gate judges the question as
   * before (a recipe or a post commented on finds no theme after it, and a private life's question
   * stays silent; the one lead it reads is kept). Where the public services' theme leads, a service's
   * users named by their use of it ({@link PolicyWords#serviceUsers}: patients, parents, "usagers",
   * "pacientes") are the people too: their view put on the service they use is their say in how it is
   * run, not a request for the service itself; told by their own view only (a verb of voicing, a noun
   * of their view), not by a verb of heeding put to them: users asked how the service should work better
   * are as often its survey as their say; not beside a pet or a firm ({@link #privateServers}), where
   * the gate reads the services' lead (a pet's care, a firm's product).
   */
  private void voiced(List<Word> words, Evidence ev, Set<String> cues) {
    Entry people = participation.get(ev.lang);
    Entry money = publicSpending.get(ev.lang);
    if (people == null || ev.weights.isEmpty() || ev.weights.getOrDefault(people.theme(), 0f) >= ev.best()
        || money != null && ev.weights.getOrDefault(money.theme(), 0f) >= ev.best()) {
      return; // the say leads already, or public money spoken on keeps its lead
    }
    Set<String> whom = thePeople.get(ev.lang);
    Set<String> voices = voicing.get(ev.lang);
    Set<String> opinions = views.get(ev.lang);
    Set<String> heeds = heedForms.get(ev.lang);
    Entry service = services.get(ev.lang);
    Set<String> users = service != null && ev.weights.getOrDefault(service.theme(), 0f) >= ev.best()
        ? serviceUsers.get(ev.lang) : Set.of();
    for (int j = 0; j < words.size(); j++) {
      String folk = words.get(j).surface();
      boolean user = !whom.contains(folk);
      if (user && !(users.contains(folk) && !among(words, privateServers.get(ev.lang)))) {
        continue;
      }
      int spoken = -1;
      for (int k = Math.max(0, j - HEED_SPAN); k < words.size() && k - j <= HEED_SPAN && spoken < 0; k++) {
        Word w = words.get(k);
        // heeding by its forms as written only: "hearings" of a committee are no verb
        boolean voice = opinions.contains(w.surface()) || k > j && said(w, voices, ev.lang)
            || k < j && !user && heeds.contains(w.surface()) && !bodyBefore(words, k, ev.lang);
        spoken = voice ? Math.max(j, k) : -1;
      }
      if (spoken >= 0 && spokenOn(words, ev, cues, people.theme(), spoken)) {
        // before a legislature named, the chamber opening its work to them leads and the say stands beside
        // it; conduct leading keeps its lead too, which the gate reads (QuestionCompiler.conductAlone: a
        // bribe at one's club is private life)
        float best = ev.best();
        boolean second = among(words, chambers.get(ev.lang))
            || ev.weights.getOrDefault(PolicyWords.conductTheme(), 0f) >= best
            || ev.weights.getOrDefault(PolicyWords.legislatureTheme(), 0f) >= best
                && anyOf(words, spoken + 1, words.size(), chamberWork.get(ev.lang));
        float share = second ? 1f / HEARD_LEAD : HEARD_LEAD;
        ev.weights.put(people.theme(), Math.max(share * best, ev.weights.getOrDefault(people.theme(), 0f)));
        ev.entered = grown(ev.entered);
        ev.entered.add(people.theme());
        return;
      }
    }
  }

  /** Whether a verb of voting ({@link PolicyWords#choosing}) stands at most {@value #HEED_SPAN} words from {@code from} on ({@link #heeded}). */
  private boolean voted(List<Word> words, int from, Lang lang) {
    for (int k = from; k < words.size() && k - from < HEED_SPAN; k++) {
      if (said(words.get(k), choosing.get(lang), lang)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a body of public power stands at most {@value #HEED_SPAN} words before {@code at} ({@link #heeded} reads that shape). */
  private boolean bodyBefore(List<Word> words, int at, Lang lang) {
    return anyOf(words, Math.max(0, at - HEED_SPAN), at, publicOwners.get(lang));
  }

  /**
   * Whether an entry of a theme other than {@code theme} was taken, or a cue ({@link #cue}) lifted, on a
   * word at most {@value #HEED_SPAN} words after {@code at}.
   */
  private static boolean spokenOn(List<Word> words, Evidence ev, Set<String> cues, String theme, int at) {
    for (int p = at + 1; p < words.size() && p - at <= HEED_SPAN; p++) {
      if (cues.contains(words.get(p).surface())) {
        return true;
      }
    }
    for (Match m : ev.taken) {
      if (!m.entry().theme().equals(theme)) {
        for (int p : m.positions()) {
          if (p > at && p - at <= HEED_SPAN) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A public body heeding or ignoring the people is their say in its decisions: where a body of public
   * power ({@link PolicyWords#treasuries}) stands at most {@value #HEED_SPAN} words before a verb of
   * {@link PolicyWords#heeding} ("the council never listens", "la mairie n'a consulté personne",
   * "las autoridades nunca escuchan") and the people ({@link PolicyWords#thePeople}) stand at most
   * {@value #HEED_SPAN} words after it, or the verb holds them ({@link PolicyWords#heedingUs}), the verb
   * is strong evidence of the theme of {@link PolicyWords#participation}, which weighs at least as much
   * as the question's best theme (one word's weight where nothing was found). A boss, a parent, a coach
   * or a landlord who never listens is no body of public power, and a body that listens to no one the
   * people name (music, experts) gives none. A body that asks for a view ({@link PolicyWords#asking}
   * with {@link PolicyWords#views} after it: "sans demander leur avis aux riverains", "asked for residents'
   * views") heeds as one that consults, unless one's kin or elders are named (a daughter gone to the
   * city who never asks for one's opinion: asking for a view is everyday in a family), and the people putting ideas forward to a body right after them
   * ({@link PolicyWords#proposing} then {@link PolicyWords#ideas}: "que la gente proponga ideas al
   * gobierno"), or ideas of a reform beside them ({@link PolicyWords#reforms}: "citizens propose reform ideas
   * and vote on them") put forward by the public named as such or voted on, are the same say told from
   * their side. A question may put the verb before the body, its
   * subject ({@link #subjectAfter}: "¿escuchan los ministerios a los usuarios?"), the people then after the
   * body. The people heeded lead the question's other themes ({@value #HEARD_LEAD} of the best). One
   * member of a legislature ({@link PolicyWords#oneLegislator}: an MP, "mi diputada") heeds as a body does:
   * an MP asking residents before tabling a bill is their say, where the house's own openness is the
   * chamber's work in view ({@link #voiced} keeps that lead where the people speak on its bills).
   */
  private void heeded(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    if (people == null) {
      return;
    }
    Set<String> bodies = heeders.get(ev.lang);
    Set<String> verbs = heeding.get(ev.lang);
    Set<String> us = heedingUs.get(ev.lang);
    Set<String> whom = thePeople.get(ev.lang);
    Set<String> askingFor = asking.get(ev.lang);
    Set<String> opinions = views.get(ev.lang);
    Set<String> putting = proposing.get(ev.lang);
    Set<String> forward = ideas.get(ev.lang);
    int body = -1;
    int folk = -1;
    for (int j = 0; j < words.size(); j++) {
      String s = words.get(j).surface();
      if (bodies.contains(s)) {
        body = j;
        continue;
      }
      if (whom.contains(s)) {
        folk = j;
      }
      boolean heard = false;
      if (folk >= 0 && j > folk && j - folk <= HEED_SPAN
          && (said(words.get(j), putting, ev.lang) || said(words.get(j), choosing.get(ev.lang), ev.lang))) {
        // told from the people's side: they put ideas forward to the body right after, or ideas of a reform
        // (the reform right before the ideas or at most {@value #HEED_SPAN} words after them: "reform ideas",
        // "les idées de réforme du public") put forward by the public named as such or voted on ("ideas y vota
        // propuestas de reforma"): a public matter with no body named; people's ideas for a kitchen's
        // renovation or a club's reform are neither
        boolean idea = false;
        boolean publicly = among(words, publicNamed.get(ev.lang));
        for (int k = j + 1; k < words.size() && k - j <= HEED_SPAN; k++) {
          heard |= idea && bodies.contains(words.get(k).surface());
          if (forward.contains(words.get(k).surface())) {
            idea = true;
            heard |= anyOf(words, k - 1, k + 1 + HEED_SPAN, reformNouns.get(ev.lang))
                && (publicly || voted(words, k + 1, ev.lang));
          }
        }
      }
      int from = j;
      if (!heard && (body < 0 || j - body > HEED_SPAN)) {
        // a question's verb put before its subject ("¿escuchan los ministerios a los usuarios?", "consulte-t-il
        // les habitants", "consultent les mairies les habitants"): the body right after the verb, and the
        // people heeded after the body
        from = subjectAfter(words, j, bodies);
        if (from < 0) {
          continue;
        }
      }
      heard |= us.contains(s);
      boolean heeds = !heard && said(words.get(j), verbs, ev.lang);
      if (!heard && (heeds || said(words.get(j), askingFor, ev.lang) && !among(words, family.get(ev.lang)))) {
        for (int k = from + 1; k < words.size() && k - from <= HEED_SPAN; k++) {
          String after = words.get(k).surface();
          heard |= heeds && whom.contains(after) || opinions.contains(after);
        }
      }
      if (heard) {
        // the people heeded is what the question tells of the body: it leads the subject heeded on
        // (a school closed, a square changed), which keeps its weight, and the verb's own reading as a
        // request for information or a body's cue, tied with it before
        Float best = ev.weights.isEmpty() ? null : ev.best();
        float w = best == null ? 1f : Math.max(HEARD_LEAD * best, ev.weights.getOrDefault(people.theme(), 0f));
        ev.weights.put(people.theme(), w);
        ev.entered = grown(ev.entered);
        ev.entered.add(people.theme());
        ev.strong.add(s);
        int who = from == j ? body : from;
        ev.memberHeeds = who >= 0 && members.get(ev.lang).contains(words.get(who).surface());
        return;
      }
    }
  }

  /**
   * The people asked, heard or invited only once a text of public action was finished ({@link LateSay}:
   * "the reform was already written when the families were invited") is their say in its making come too
   * late: the verb is strong evidence of the theme of {@link PolicyWords#participation}, which leads the
   * question's other themes as a body heeding the people does ({@link #heeded}: {@value #HEARD_LEAD} of the
   * best; one word's weight where nothing was found), the text's sector beside it. So is the same say asked
   * for before or while the text is made ({@link LateSay#early}: "involve residents before the county
   * adopts its plan"), the people's ideas put to a public body and never answered ({@link
   * LateSay#unanswered}) and a consultation held once all was decided ({@link LateSay#sham}).
   */
  private void askedLate(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    if (people == null) {
      return;
    }
    int verb = lateSay.verb(words, ev.lang);
    if (verb < 0) {
      verb = lateSay.early(words, ev.lang);
    }
    if (verb < 0) {
      verb = lateSay.unanswered(words, ev.lang);
    }
    if (verb < 0) {
      verb = lateSay.sham(words, ev.lang);
    }
    if (verb >= 0) {
      sayLeads(words.get(verb).surface(), ev, people);
    }
  }

  /**
   * A seat at the table ({@link #seatAtTable}) in a question that names a public matter ({@link
   * #seatedMatters}: "a seat at the table when the ministry writes its plan", "un lugar en la mesa cuando se
   * redacta la ley") is the idiom of a say in it, whoever asks for it (an association, rural women; {@link
   * #peopleSaying} reads it where the people are named): the seat's noun is strong evidence of the theme of
   * {@link PolicyWords#participation}, which leads as in {@link #askedLate}. A seat at a wedding's or a
   * restaurant's table names no public matter and is not read.
   */
  private void seated(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    if (people == null || !among(words, seatedMatters.get(ev.lang))) {
      return;
    }
    for (int k = 0; k < words.size(); k++) {
      if (seatAtTable(words, k, ev.lang)) {
        sayLeads(words.get(k).surface(), ev, people);
        return;
      }
    }
  }

  /** The people's part made strong evidence on {@code word}, leading the question's other themes ({@value #HEARD_LEAD} of the best). */
  private static void sayLeads(String word, Evidence ev, Entry people) {
    float w = ev.weights.isEmpty() ? 1f : Math.max(HEARD_LEAD * ev.best(), ev.weights.getOrDefault(people.theme(), 0f));
    ev.weights.put(people.theme(), w);
    ev.entered = grown(ev.entered);
    ev.entered.add(people.theme());
    ev.strong.add(word);
  }

  /**
   * The people's say in the rules a government or a city makes by itself is their part in making them:
   * where the question names such rules ({@link PolicyWords#rulesMade}: a decree, a regulation, a by-law,
   * a strategy, a policy) and the people, a service's users or a group of the public ({@link
   * PolicyWords#thePeople}; {@link PolicyWords#serviceUsers} and {@link PolicyWords#constituencies} only
   * where a body of public power ({@link PolicyWords#treasuries}) or a public service is named) stand
   * at most {@value #SAY_SPAN} words before a noun of their say or view ({@link PolicyWords#sayNouns},
   * {@link PolicyWords#views}) or a verb of voicing, shaping or being heeded ({@link
   * PolicyWords#voicing}, {@link PolicyWords#shaping}, {@link PolicyWords#heeding}), that word is strong
   * evidence of the theme of {@link PolicyWords#participation}, which leads the question's other themes
   * ({@value #HEARD_LEAD} of the best; one word's weight where nothing was found): the rules' sector (a
   * health strategy, forestry rules) and a draft published online stay beside it. Where a legislature
   * is named ({@link PolicyWords#chambers}), or conduct leads (a code of conduct), that theme keeps its
   * lead and the say stands right after it, as {@link #voiced} puts it. Not beside a pet, a firm, a
   * venture or an app ({@link #privateServers}): a firm's users reviewing its rules are its customers. The rules named are what the say is on; a club's members,
   * a family's children or a shop's clients are none of the people. A public body's decision is such a
   * text too ({@link #decisionTold}: "some weight on the assembly's choices", "consulted before the county
   * votes its parking rules"), and so is the text or decision the people were left unheard on ({@link
   * #unheard}: "passed the plan without consulting anybody") or consulted on ({@link #consulted}: "a
   * consultation on the proposed bylaw", "hearings with neighbours before filing the motion").
   */
  private void sayInRules(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    if (people == null || among(words, privateServers.get(ev.lang))) {
      return;
    }
    boolean text = textMade(words, ev);
    boolean told = decisionTold(words, ev.lang);
    // a decision of public power: beside the people's own say, rules only a public power makes name it so;
    // where no people are named as saying anything, only rules no club or school writes do ({@link
    // PolicyWords#decrees}), or a body, a division, a public work or the public named
    boolean decided = told && (publiclyOwned(words, ev.lang) || among(words, publicRules.get(ev.lang)));
    boolean decreed = told && (publiclyOwned(words, ev.lang) || among(words, decrees.get(ev.lang)));
    boolean law = among(words, lawsNamed.get(ev.lang));
    if (!text && !decided && !law) {
      return;
    }
    int at = text || decided ? peopleSaying(words, ev, decided) : -1;
    // the people brought into making the text, left unheard on it, or consulted on it
    boolean involved = at < 0;
    if (involved && text) {
      at = involvedInMaking(words, ev);
    }
    if (at < 0 && (text || decided)) {
      at = unheard(words, ev, decreed);
    }
    if (at < 0) {
      at = consulted(words, ev, text || law, decreed);
    }
    if (at < 0) {
      return;
    }
    Float best = ev.weights.isEmpty() ? null : ev.best();
    if (best != null && ev.leadsAlone(people.theme())) {
      // the say leads already, found by weaker words: the people brought into making a text, or their say
      // in one no private body writes or in a public body's decision, is strong evidence of it all the same
      if (involved || decided || among(words, ownRulesless.get(ev.lang))) {
        ev.strong.add(words.get(at).surface());
      }
      return;
    }
    ev.strong.add(words.get(at).surface());
    // a legislature named, or conduct leading alone by an entry of its own (a code of conduct), keeps its
    // lead, the say right after it; conduct only tied with other themes' cues, or lifted from its phrases
    // alone ("behind closed doors"), leads nothing
    boolean second = among(words, chambers.get(ev.lang))
        || best != null && ev.leadsAlone(PolicyWords.conductTheme()) && ev.entered.contains(PolicyWords.conductTheme());
    float share = second ? 1f / HEARD_LEAD : HEARD_LEAD;
    float weight = best == null ? 1f : Math.max(share * best, ev.weights.getOrDefault(people.theme(), 0f));
    ev.weights.put(people.theme(), weight);
    ev.entered = grown(ev.entered);
    ev.entered.add(people.theme());
  }

  /**
   * Whether the question names a text a government or a city makes by itself ({@link #sayInRules}): its
   * rules ({@link PolicyWords#rulesMade}, {@link PolicyWords#instruments}) or a plan, a programme, a
   * curriculum or criteria it draws up ({@link PolicyWords#drawnUp}); such a text only where no word names
   * the partnership, the nation or the government ({@link PolicyWords#planMarks}) or commitments ({@link
   * PolicyWords#commitments}) and no entry of a frame theme in several words
   * ("action plan") was found: the plan is then the frame's, which {@link #drafted} reads; nor where a law
   * is named ({@link #lawsNamed}): "projet de loi", "proyecto de ley" is a bill, the legislature's work.
   */
  private boolean textMade(List<Word> words, Evidence ev) {
    if (among(words, rulesMade.get(ev.lang))) {
      return true;
    }
    if (!among(words, drawnUp.get(ev.lang)) || among(words, planMarks.get(ev.lang))
        || among(words, commitmentNouns.get(ev.lang)) || among(words, lawsNamed.get(ev.lang))) {
      return false;
    }
    for (Match m : ev.taken) {
      if (frames.contains(m.entry.theme()) && m.entry.words().size() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the people, a service's users or a group of the public (the last two beside a public body, a
   * division of the country, a public service, rules only a public power adopts ({@link
   * PolicyWords#decrees}) or a decision of public power, {@code decided}) stand at most {@value #SAY_SPAN} words before a noun of their say or view, a seat at
   * the table ({@link #seatAtTable}), or a verb of voicing, shaping or being heeded, the position of that
   * word ({@link #sayInRules}), or -1.
   */
  private int peopleSaying(List<Word> words, Evidence ev, boolean decided) {
    Set<String> whom = thePeople.get(ev.lang);
    Entry service = services.get(ev.lang);
    // a group of users or of the public speaks of the public's rules beside a public body or service, a
    // division of the country, rules only a public power adopts or a decision of public power
    boolean publicMatter = decided || among(words, publicOwners.get(ev.lang)) || among(words, deciders.get(ev.lang))
        || among(words, decrees.get(ev.lang))
        || service != null && ev.weights.getOrDefault(service.theme(), 0f) > 0;
    Set<String> also = publicMatter ? groups.get(ev.lang) : Set.of();
    Set<String> nouns = says.get(ev.lang);
    Set<String> verbs = saying.get(ev.lang);
    // the people writing a public text, its object right after the verb: one a public body or service is
    // named beside, or one only a public power makes (flatmates writing their house rules make no public
    // text; people who write to an agency asking for an order's copy write to it, not the order)
    Set<String> made = publicMatter || among(words, publicRules.get(ev.lang)) ? making.get(ev.lang) : Set.of();
    for (int j = 0; j < words.size(); j++) {
      String folk = words.get(j).surface();
      if (!whom.contains(folk) && !also.contains(folk)) {
        continue;
      }
      for (int k = j + 1; k < words.size() && k - j <= SAY_SPAN; k++) {
        Word w = words.get(k);
        if (nouns.contains(w.surface()) || seatAtTable(words, k, ev.lang) || said(w, verbs, ev.lang)
            || said(w, made, ev.lang) && anyOf(words, k + 1, k + 1 + OBJECT_SPAN, textsMade.get(ev.lang))) {
          return k;
        }
      }
    }
    return -1;
  }


  /**
   * Whether the word at {@code at} is a seat ({@link PolicyWords#seatNouns}) with a table ({@link
   * PolicyWords#tables}) at most {@value #TABLE_SPAN} words after it: "a seat at the table", "une place
   * à la table", "un asiento en la mesa", one's say in a decision.
   */
  private boolean seatAtTable(List<Word> words, int at, Lang lang) {
    return seatNouns.get(lang).contains(words.get(at).surface()) && anyOf(words, at + 1, at + 1 + TABLE_SPAN,
        tables.get(lang));
  }

  /** How many words after a seat its table may stand ({@link #seatAtTable}). */
  private static final int TABLE_SPAN = 3;

  /**
   * The people brought into the making of a text, whoever they are: a verb of involving, heeding or
   * voicing ({@link PolicyWords#involving}, {@link PolicyWords#heeding}, {@link PolicyWords#voicing};
   * "involve", "consulter", "participar") or the prefix "co" ("co-design", "co-rédiger"), then at most
   * {@value #SAY_SPAN} words after it the making of a text ({@link PolicyWords#making}: writing, drafting,
   * "élaboration", "redacción"), then at most {@value #SAY_SPAN} words after that the text made ({@link
   * #textMade}): the verb's object takes part in making it, "associer des artisans à la rédaction du
   * programme". The position of the making word ({@link #sayInRules}), or -1. Consulting a strategy, or involving a
   * partner in a firm's plan with no making told, is no say.
   */
  private int involvedInMaking(List<Word> words, Evidence ev) {
    Set<String> verbs = involving.get(ev.lang);
    Set<String> made = making.get(ev.lang);
    Set<String> texts = textsMade.get(ev.lang);
    Set<String> together = coCreating.get(ev.lang);
    for (int i = 0; i < words.size(); i++) {
      Word v = words.get(i);
      boolean prefix = CO.equals(v.surface());
      if (together.contains(v.surface())) {
        // the prefix and the making in one word ("coconstruire", "cocrear")
        if (anyOf(words, i + 1, i + 1 + SAY_SPAN, texts) && byThePublic(words, i, ev, true)) {
          return i;
        }
        continue;
      }
      if (!prefix && !said(v, verbs, ev.lang)) {
        continue;
      }
      for (int j = i + 1; j < words.size() && j - i <= (prefix ? 1 : SAY_SPAN); j++) {
        boolean making = said(words.get(j), made, ev.lang)
            || prefix && together.contains(CO + words.get(j).surface());
        if (making && anyOf(words, j + 1, j + 1 + SAY_SPAN, texts) && byThePublic(words, j, ev, prefix)) {
          return j;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the question tells a decision: a noun of a decision ({@link PolicyWords#decisions}) or a verb
   * or noun of deciding or adopting ({@link PolicyWords#deciding}, {@link PolicyWords#adopting}). It is a
   * decision of public power ({@link #sayInRules}) where the question also names its owner ({@link
   * #publiclyOwned}) or the rules it adopts: the council's decisions, "avant que le département vote", "antes de
   * que se apruebe el puente" where communities ask to be heard. A family's, a building's or a club's
   * decision is no such thing.
   */
  private boolean decisionTold(List<Word> words, Lang lang) {
    Set<String> nouns = decisionNouns.get(lang);
    Set<String> verbs = adopting.get(lang);
    for (Word w : words) {
      if (nouns.contains(w.surface()) || said(w, verbs, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a body of public power or a division of the country ({@link PolicyWords#treasuries}, {@link
   * PolicyWords#divisions}), a public work ({@link PolicyWords#publicWorks}) or the public named as such
   * ({@link #publicNamed}: citizens, voters; not people at large, nor residents, whom a building has too)
   * stands in the question: what makes a decision told a public one ({@link #decisionTold}).
   */
  private boolean publiclyOwned(List<Word> words, Lang lang) {
    return among(words, deciders.get(lang)) || among(words, publicWorks.get(lang))
        || among(words, publicNamed.get(lang));
  }

  /**
   * A public text or decision made with no one heard on it: a verb of heeding ({@link PolicyWords#heeding})
   * with no one ({@link PolicyWords#noOne}), the people or a group of the public, or their view ({@link
   * PolicyWords#views}) at most {@value #HEED_SPAN} words after it, or a verb of asking ({@link
   * PolicyWords#asking}) with no one or a view after it ("passed the plan without consulting anybody",
   * "la région a voté le schéma sans écouter quiconque", "sin consultar a ningún vecino", "changé sans
   * recueillir l'opinion des habitants"), where the text is one no club or school writes ({@link
   * PolicyWords#decrees}), a body of public power or a division is named, the decision is one of public
   * power ({@code decided}, {@link #decisionTold}) or the people named are the public a body serves: the position of the verb ({@link #sayInRules}), or -1. The verb's
   * object is who is heard, never the text itself (consulting a decree reads it), and a family asking
   * one's view is its own ({@link PolicyWords#kin}).
   */
  private int unheard(List<Word> words, Evidence ev, boolean decided) {
    Lang lang = ev.lang;
    if (among(words, family.get(lang))) {
      return -1;
    }
    boolean owned = decided || among(words, deciders.get(lang)) || among(words, decrees.get(lang));
    Set<String> none = noOne.get(lang);
    Set<String> whom = thePeople.get(lang);
    Set<String> also = groups.get(lang);
    Set<String> opinions = views.get(lang);
    Set<String> texts = textsMade.get(lang);
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      boolean heeds = said(w, heeding.get(lang), lang);
      if (!heeds && !said(w, asking.get(lang), lang)) {
        continue;
      }
      for (int m = k + 1; m < words.size() && m - k <= HEED_SPAN; m++) {
        String o = words.get(m).surface();
        if (texts.contains(o)) {
          break;
        }
        boolean heard = none.contains(o) || opinions.contains(o) || heeds && (whom.contains(o) || also.contains(o));
        if (heard && (owned || anyOf(words, k + 1, k + 1 + HEED_SPAN, publicNamed.get(lang)))) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * A consultation held on a public text or with the people: a noun of consultation ({@link
   * PolicyWords#consultations}) with a public text at most {@value #OBJECT_SPAN} words after it: rules
   * no club or school writes ({@link PolicyWords#decrees}) or a law in the making, or any text made where a body of public power or a
   * division is named ("a consultation on the proposed bylaw", "la consultation sur le plan de
   * circulation", "la consulta de la ordenanza local"), or a noun of consultation or of meetings ({@link
   * PolicyWords#meetings}) with the people or a group of the public at most {@value #HEED_SPAN} words
   * after it, where such a text, a body or a decision of public power is told ("holds hearings with
   * neighbours before filing her motion", "des réunions avec les riverains"): the position of the noun
   * ({@link #sayInRules}), or -1. A doctor's consultation, a club's members consulted on its rules or the
   * neighbours of a building meeting on its façade have neither.
   */
  private int consulted(List<Word> words, Evidence ev, boolean text, boolean decided) {
    Lang lang = ev.lang;
    // the text only a public power makes, a law, or any text beside a body of public power or a division
    boolean bodyNamed = among(words, deciders.get(lang));
    Set<String> objects = bodyNamed ? consultedOn.get(lang) : publicTexts.get(lang);
    boolean matter = decided || bodyNamed || among(words, publicTexts.get(lang));
    for (int k = 0; k < words.size(); k++) {
      String s = words.get(k).surface();
      if (text && consultations.get(lang).contains(s) && anyOf(words, k + 1, k + 1 + OBJECT_SPAN, objects)) {
        return k;
      }
      if (matter && hearings.get(lang).contains(s)
          && (anyOf(words, k + 1, k + 1 + HEED_SPAN, thePeople.get(lang))
              || anyOf(words, k + 1, k + 1 + HEED_SPAN, groups.get(lang)))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the making of a text at {@code at} is the public's ({@link #involvedInMaking}): a text made
   * with others ({@code together}, the prefix "co") needs the people named ({@link PolicyWords#thePeople}:
   * residents, communities), or a service's users or a group of the public beside a body of public power; a making told by a verb, not a noun ({@link PolicyWords#makingNouns}: "while
   * the ministry rewrites it"), a body of public power named as its maker; one made by those a verb
   * brings in needs the people, a group of the public
   * or a service's users, a body of public power named, or a text only a public power makes after it (the
   * rules made less the rules of any organisation, {@link PolicyWords#instruments}: a decree, a regulation,
   * a strategy). Flatmates co-writing the house rules, or a class its own rules, make no public text.
   */
  private boolean byThePublic(List<Word> words, int at, Evidence ev, boolean together) {
    if (together) {
      // made with others: the people, or a service's users or a group of the public beside a body of public
      // power that owns the text ("riders co-write the region's transport plan"); flatmates or a band co-write their own
      return among(words, thePeople.get(ev.lang))
          || among(words, groups.get(ev.lang)) && among(words, publicOwners.get(ev.lang));
    }
    if (!said(words.get(at), makingNouns.get(ev.lang), ev.lang)) {
      // a text being drafted, told by its verb: its drafter a public power, not a building's managing agent
      return among(words, publicOwners.get(ev.lang));
    }
    if (among(words, thePeople.get(ev.lang))) {
      return true;
    }
    return among(words, groups.get(ev.lang)) || among(words, publicOwners.get(ev.lang))
        || anyOf(words, at + 1, at + 1 + SAY_SPAN, publicRules.get(ev.lang));
  }

  /** The prefix of making a thing with others, written apart ("co-design", "co-rédiger"; {@link #involvedInMaking}). */
  private static final String CO = "co";

  /** How many words after the people's verb of making its object, the text made, may stand ({@link #peopleSaying}). */
  private static final int OBJECT_SPAN = 3;

  /** How many words apart the people and their say in the rules made may stand ({@link #sayInRules}). */
  private static final int SAY_SPAN = 7;

  /**
   * Where a body of public power ({@code bodies}) stands at most {@value #HEED_SPAN} words after the verb at
   * {@code at}, its subject put after it as a question puts it ({@link #heeded}), or -1.
   */
  private static int subjectAfter(List<Word> words, int at, Set<String> bodies) {
    for (int k = at + 1; k < words.size() && k - at <= HEED_SPAN; k++) {
      if (bodies.contains(words.get(k).surface())) {
        return k;
      }
    }
    return -1;
  }

  /** Whether one of {@code words} is in {@code set}. */
  static boolean among(List<Word> words, Set<String> set) {
    return anyOf(words, 0, words.size(), set);
  }

  /** How many words apart a public body, its verb of heeding and the people heeded may stand ({@link #heeded}). */
  private static final int HEED_SPAN = 3;

  /** How far above the question's best theme the people heeded stand ({@link #heeded}): enough to lead it. */
  static final float HEARD_LEAD = 1.125f;

  /**
   * The people's part in a plan that another thing owns is their say in it, not the frame's process:
   * where the theme of {@link PolicyWords#participation} was found and every entry of a frame theme
   * ({@link Theme#frame}) taken is its one-word everyday entry ("plan", "planes") on a plan's noun
   * another thing owns ({@link PlanReadings}: a zoning plan, a city's transport plan, "plan local
   * d'urbanisme", "plan urbano"; not a plan told by itself, {@link Evidence#plans}), and no word of
   * {@link PolicyWords#planMarks} names the partnership or the nation whose plan it may be, the frame weighs
   * at most {@value #KEEP} of the people's part, which leads: residents heard on the town's plan are
   * consulted, whatever the plan. What the question's words found stays found, so the gate reads the
   * same evidence; a plan with no people's part beside it is weighed as before.
   */
  private void plannedWithPeople(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    Float engaged = people == null ? null : ev.weights.get(people.theme());
    if (engaged == null) {
      return;
    }
    // the partnership or the nation named anywhere makes any plan beside them the frame's ("join the
    // partnership and write a reform plan")
    Set<String> marks = planMarks.get(ev.lang);
    for (Word w : words) {
      if (marks.contains(w.surface())) {
        return;
      }
    }
    Set<String> nouns = planNouns.get(ev.lang);
    Set<String> planned = new HashSet<>();
    for (Match m : ev.taken) {
      if (frames.contains(m.entry.theme())) {
        if (m.start != m.end || ev.plans.contains(m.start) || m.entry.words().size() != 1 || !m.entry.everyday()
            || !nouns.contains(words.get(m.start).surface())) {
          return;
        }
        planned.add(m.entry.theme());
      }
    }
    for (String theme : planned) {
      Float w = ev.weights.get(theme);
      if (w != null && w > KEEP * engaged) {
        ev.weights.put(theme, KEEP * engaged);
      }
    }
  }

  /**
   * Public spending apportioned by the people is their say in the budget: where a verb of deciding,
   * choosing or voting ({@link PolicyWords#deciding}, {@link PolicyWords#choosing}) stands after a
   * content word that names who decides, or a word for people at large ({@link PolicyWords#folk}: "la
   * gente", which the analyzer drops), no pronoun, no asking word, at most {@value #APPORTIONED}
   * words before money read as a public body's spending ({@link PolicyWords#publicSpending}, placed
   * on a later word: what is chosen), and no body or office of public power ({@link
   * PolicyWords#treasuries}, {@link PolicyWords#offices}: a parliament voting) nor holder of public office ({@link PolicyWords#officeholders}) is named before the verb (there
   * the body or its holder decides) nor a holder between it and the money (one voted for), the theme of {@link
   * PolicyWords#participation} is kept beside the money's at {@value #KEEP} of the best theme, which
   * stays first: neighbourhoods choosing what the town spends are a participatory budget told in
   * plain words. Read only where public spending was found, so a household deciding its own money
   * gives nothing.
   */
  private void apportioned(List<Word> words, Evidence ev) {
    Entry people = participation.get(ev.lang);
    Entry money = publicSpending.get(ev.lang);
    if (people == null || money == null || !ev.weights.containsKey(money.theme())) {
      return;
    }
    int spent = -1;
    for (Match m : ev.taken) {
      if (m.entry == money) {
        for (int k : m.positions) {
          spent = Math.max(spent, k);
        }
      }
    }
    Set<String> bodies = powers.get(ev.lang);
    Set<String> holders = officeholders.get(ev.lang);
    Set<String> verbs = choosing.get(ev.lang);
    Set<String> crowd = folk.get(ev.lang);
    boolean named = false;
    for (int i = 0; i < spent; i++) {
      Word w = words.get(i);
      if (bodies.contains(w.surface()) || holders.contains(w.surface())) {
        return;
      }
      if (named && spent - i <= APPORTIONED && said(w, verbs, ev.lang) && !anyOf(words, i + 1, spent, holders)) {
        float floor = KEEP * ev.best();
        if (ev.weights.getOrDefault(people.theme(), 0f) < floor) {
          ev.weights.put(people.theme(), floor);
        }
        ev.entered = grown(ev.entered);
        ev.entered.add(people.theme());
        return;
      }
      named |= !analysis.isStop(w) || crowd.contains(w.surface());
    }
  }

  /** Whether a word of {@code set} stands among {@code words} from {@code from} to before {@code to} (or their end). */
  static boolean anyOf(List<Word> words, int from, int to, Set<String> set) {
    for (int k = from; k < to && k < words.size(); k++) {
      if (set.contains(words.get(k).surface())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people overseeing a power are not taking part in its decisions: where every entry of the
   * theme of {@link PolicyWords#participation} found is vocabulary (the people's own words:
   * residents, civil society, young people; no label or synonym of the theme) placed before a word
   * of overseeing ({@link PolicyWords#overseeing}) that none of them holds, or before their asking
   * ({@link PolicyWords#asking}) for a power's explanation ({@link PolicyWords#explanations}) or for
   * its explaining or justifying ({@link PolicyWords#explaining}) with a word between the asking and
   * the verb (the power asked; "want to explain" is the people's own say), those people are who
   * oversees, and what they do is the question's need: the theme oversight belongs to ({@link
   * PolicyWords#oversight}) takes the weight the people's words gave theirs, which stays beside it
   * at {@value #KEEP} of it; so are the people put right after the explanation they ask for, a question's
   * subject after its verb ({@link #explanationsBefore}). An entry of participation after the act (a
   * consultation, a hearing), or one naming the theme anywhere, keeps the weighing as it was.
   */
  private void overseers(List<Word> words, Evidence ev) {
    Entry act = oversight.get(ev.lang);
    Entry people = participation.get(ev.lang);
    Float engaged = people == null ? null : ev.weights.get(people.theme());
    if (act == null || engaged == null || engaged <= ev.weights.getOrDefault(act.theme(), 0f)) {
      return;
    }
    int first = words.size();
    int last = -1;
    for (int t = 0; t < ev.taken.size(); t++) {
      Match m = ev.taken.get(t);
      if (m.entry.theme().equals(people.theme())) {
        if (!m.entry.vocabulary()) {
          return;
        }
        first = Math.min(first, m.start);
        last = Math.max(last, m.end);
      }
    }
    if (last >= 0 && explanationsBefore(words, first, ev.lang)) {
      ev.weights.put(act.theme(), engaged);
      ev.weights.put(people.theme(), KEEP * engaged);
      ev.entered = grown(ev.entered);
      ev.entered.add(act.theme());
      return;
    }
    Set<String> verbs = overseeing.get(ev.lang);
    int asked = -1;
    for (int i = last + 1; last >= 0 && i < words.size(); i++) {
      Word w = words.get(i);
      // an explanation asked for, or a verb of explaining with its subject between the asking and it
      boolean called = asked >= 0 && (explanations.get(ev.lang).contains(w.surface())
          || asked < i - 1 && said(w, explaining.get(ev.lang), ev.lang));
      if (asked < 0 && said(w, asking.get(ev.lang), ev.lang)) {
        asked = i;
      }
      if (called || said(w, verbs, ev.lang)) {
        ev.weights.put(act.theme(), engaged);
        ev.weights.put(people.theme(), KEEP * engaged);
        ev.entered = grown(ev.entered);
        ev.entered.add(act.theme());
        return;
      }
    }
  }

  /**
   * Whether the people whose words start at {@code first} are put right after the explanation they ask
   * for, as a question puts its subject after its verb ("¿dónde reclaman explicaciones los contribuyentes?",
   * "où exigent des comptes les contribuables"): a word of {@link PolicyWords#asking}, then a noun of
   * {@link PolicyWords#explanations} as the last word before them ({@link #overseers}).
   */
  private boolean explanationsBefore(List<Word> words, int first, Lang lang) {
    if (first < 2 || first > words.size() || !explanations.get(lang).contains(words.get(first - 1).surface())) {
      return false;
    }
    for (int i = Math.max(0, first - 1 - CALLED_WITHIN); i < first - 1; i++) {
      if (said(words.get(i), asking.get(lang), lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A holder of public office questioned is called to answer for his acts: where a verb of {@link
   * PolicyWords#questioning} (by its form: the noun "question" is none) has a holder of public office
   * ({@link PolicyWords#officeholders}) after it, or right before it with a grammar word between them
   * (a passive: "the governor was questioned"; the holder is the one questioned, not the one asking),
   * in a question whose words already found a theme, the theme oversight belongs to ({@link
   * PolicyWords#oversight}) takes the best weight, and the themes that weighed more than {@value #KEEP}
   * of it stay beside it at that share, still kept: the press, a committee or a hearing questioning a
   * minister is the minister held to account, whatever the matter asked about; so is a holder or an
   * officer complained of ({@link #complainedOf}) or asked to explain himself ({@link
   * #calledToExplain}), a holder answering for the results of his office ({@link
   * #answersForResults}), and the power a public auditor's findings are about ({@link
   * #auditFollowed}). A question with no
   * theme found stays as it was (no evidence is added to a silent one), and so does one where a private
   * power (a chief executive, a referee) is questioned. Returns whether one of these readings held a
   * power to account (the gate reads a holder so held as acting in office, {@link Detection#held}).
   */
  private boolean questioned(List<Word> words, Evidence ev) {
    Entry act = oversight.get(ev.lang);
    if (act == null || ev.weights.isEmpty()) {
      return false;
    }
    Set<String> verbs = questioning.get(ev.lang);
    Set<String> office = officeholders.get(ev.lang);
    boolean called = false;
    for (int i = 0; i < words.size() && !called; i++) {
      if (verbs.contains(words.get(i).surface()) || questionsPut(words, i, ev.lang)) {
        // the holder right before the verb, a grammar word between them: "the governor was questioned"
        called = i > 0 && ev.afterFunctionWord.contains(i) && holder(words.get(i - 1), office);
        for (int k = i + 1; k < words.size() && !called; k++) {
          called = holder(words.get(k), office);
        }
      }
    }
    // a promise held or a decision challenged is answerability alone, no other matter beside it: a
    // theme tied with oversight there is set below it too (a holder questioned on a bribe stays tied)
    boolean alone = promiseHeld(words, ev.lang) || decisionChallenged(words, ev.lang);
    if (!called && !alone && !complainedOf(words, ev) && !calledToExplain(words, ev.lang)
        && !answersForResults(words, ev.lang) && !answersForMoney(words, ev) && !auditFollowed(words, ev.lang)
        && !complaintFollowed(words, ev.lang)) {
      return false;
    }
    float best = ev.best();
    if (ev.weights.getOrDefault(act.theme(), 0f) >= best
        && (!alone || ev.weights.values().stream().filter(v -> v >= best).count() == 1)) {
      return true;
    }
    for (Map.Entry<String, Float> e : ev.weights.entrySet()) {
      if (e.getValue() > KEEP * best) {
        e.setValue(KEEP * best);
      }
    }
    ev.weights.put(act.theme(), best);
    ev.entered = grown(ev.entered);
    ev.entered.add(act.theme());
    return true;
  }

  /**
   * Whether the word at {@code i} puts questions as a verb of {@link PolicyWords#questioning} does: a
   * noun of {@link PolicyWords#questionNouns} right after a verb of {@link PolicyWords#puttingQuestions}
   * ("posent des questions", "hacen preguntas"), or one of {@link PolicyWords#questionVerbs} right after
   * the people who ask ({@link PolicyWords#thePeople}: "citizens question their ministers").
   */
  private boolean questionsPut(List<Word> words, int i, Lang lang) {
    if (i == 0) {
      return false;
    }
    String s = words.get(i).surface();
    String before = words.get(i - 1).surface();
    return questionNouns.get(lang).contains(s) && puttingQuestions.get(lang).contains(before)
        || questionVerbs.get(lang).contains(s) && thePeople.get(lang).contains(before);
  }

  /**
   * A public service graded by its users is held to account: where a word of {@link
   * PolicyWords#grading} (rated, "évaluer", "calificar"; or of {@link PolicyWords#gradingAfterGrammar}
   * right after a grammar word: "to rate") stands in a question whose words found the
   * theme of {@link PolicyWords#publicServices} on other words than it, the theme oversight belongs to
   * ({@link PolicyWords#oversight}) weighs as much as the service's, beside it: patients rating a
   * hospital's staff, users grading a town hall's reception. The grading of a thing no public service
   * (a driver, a film, a shop) finds no service, and a question with no theme found stays as it was.
   */
  private void graded(List<Word> words, Evidence ev) {
    Entry act = oversight.get(ev.lang);
    Entry service = services.get(ev.lang);
    if (act == null || service == null) {
      return;
    }
    Float served = ev.weights.get(service.theme());
    if (served == null || served <= ev.weights.getOrDefault(act.theme(), 0f)) {
      return;
    }
    Set<String> grades = grading.get(ev.lang);
    boolean[] acting = new boolean[words.size()];
    boolean graded = false;
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      acting[i] = grades.contains(s)
          || ev.afterFunctionWord.contains(i) && gradingAfterGrammar.get(ev.lang).contains(s);
      graded |= acting[i];
    }
    if (graded && spentOn(ev, service.theme(), acting)) {
      ev.weights.put(act.theme(), served);
      ev.entered = grown(ev.entered);
      ev.entered.add(act.theme());
      if (answeredAfter(words, acting, ev.lang)) {
        ev.weights.put(service.theme(), KEEP * served);
      }
    }
  }

  /**
   * Whether a verb of {@link PolicyWords#answeringFor} stands after the first grading word ({@code
   * acting}) of a service graded ({@link #graded}): the grades are given for the service to answer for
   * them ("so that the directors answer", "afin que les gestionnaires en répondent", "para que respondan"), the
   * service held to account, which leads; the service stays beside it at {@value #KEEP}. How the
   * service attends to its users, graded, is the service's own matter.
   */
  private boolean answeredAfter(List<Word> words, boolean[] acting, Lang lang) {
    int first = 0;
    while (first < acting.length && !acting[first]) {
      first++;
    }
    return anyOf(words, first + 1, words.size(), answeringFor.get(lang));
  }

  /** How many words after a complaint, or after an asking, the holder it is about is looked for. */
  private static final int CALLED_WITHIN = 3;

  /**
   * Whether a word of {@link PolicyWords#complaining} has a holder of public office or an officer
   * ({@link PolicyWords#officeholders}, {@link PolicyWords#officers}) among the {@value
   * #CALLED_WITHIN} words after it (the function words between left out: "a complaint against a
   * police officer", "plainte contre un fonctionnaire", "denunciar a un funcionario"): the one
   * complained of. What he is said to have done (an abuse, a bribe) is the matter; the complaint
   * against him is the need. A complaint about a shop, a neighbour or a referee names no holder; one
   * of a bribe ({@link PolicyWords#bribes}, or money an officer deals in, {@link #bribe}) is the report
   * of corruption, integrity's own need, and is not read.
   */
  private boolean complainedOf(List<Word> words, Evidence ev) {
    Lang lang = ev.lang;
    Set<String> complaints = complaining.get(lang);
    for (int t = 0; t < ev.taken.size(); t++) {
      if (ev.taken.get(t).entry == bribe.get(lang)) {
        return false;
      }
    }
    for (int k = 0; k < words.size(); k++) {
      if (bribes.get(lang).contains(words.get(k).surface())) {
        return false;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (complaints.contains(words.get(i).surface()) && answerable(words, i + 1, lang) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link PolicyWords#asking} has a holder of public office or an officer among
   * the {@value #CALLED_WITHIN} words after it, and that holder a verb of {@link
   * PolicyWords#explaining} or a noun of {@link PolicyWords#explanations} among the {@value
   * #CALLED_WITHIN} words after him ("want the officials to explain", "exigen al ministro
   * explicaciones"), or a noun of explanations among the {@value #CALLED_WITHIN} words after the
   * asking and the holder among the {@value #CALLED_WITHIN} after it ("demand explanations from the
   * minister", "pedir cuentas a los concejales"): the holder is asked to answer for his acts, whatever
   * the matter. The people's own explaining ("want to explain") names no holder between.
   */
  private boolean calledToExplain(List<Word> words, Lang lang) {
    for (int i = 0; i < words.size(); i++) {
      if (!said(words.get(i), asking.get(lang), lang)) {
        continue;
      }
      int h = answerable(words, i + 1, lang);
      for (int k = h + 1; h >= 0 && k < words.size() && k <= h + CALLED_WITHIN; k++) {
        Word w = words.get(k);
        if (explanations.get(lang).contains(w.surface()) || said(w, explaining.get(lang), lang)) {
          return true;
        }
      }
      // the explanation asked for named before the holder asked: "pedir explicaciones al alcalde"
      for (int k = i + 1; k < words.size() && k <= i + CALLED_WITHIN; k++) {
        if (explanations.get(lang).contains(words.get(k).surface()) && answerable(words, k + 1, lang) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb of {@link PolicyWords#answering} has a holder of public office or an officer among
   * the {@value #CALLED_WITHIN} words before it (who answers: "ministers must answer", "les élus
   * doivent répondre") and a noun of {@link PolicyWords#results} among the {@value #CALLED_WITHIN}
   * words after it: the holder answers for what his office achieved, the field's answerability,
   * before whomever (the citizens, a congress) and whatever the office runs. A holder who answers a
   * letter, or anyone answering for results, is not read.
   */
  private boolean answersForResults(List<Word> words, Lang lang) {
    for (int i = 1; i < words.size(); i++) {
      if (!answering.get(lang).contains(words.get(i).surface())) {
        continue;
      }
      int h = answerable(words, Math.max(0, i - CALLED_WITHIN), lang);
      if (h < 0 || h >= i) {
        continue;
      }
      if (anyOf(words, i + 1, i + CALLED_WITHIN + 1, results.get(lang))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a holder of public office or an officer ({@link #answerable}) stands among the {@value
   * #CALLED_WITHIN} words before a phrase of several words of the theme oversight belongs to ("les
   * élus doivent rendre compte", "el gobernador debe rendir cuentas", "officials held accountable"),
   * and the theme public spending belongs to is found on words after it, no slip: the holder answers
   * for the public money of his office, the field's answerability; the money is the matter, kept
   * beside it. A verb of {@link PolicyWords#answering} alone is a reply ("le maire ne répond pas"),
   * and one word of oversight is as often the act on the money ("les députés ont contrôlé les
   * dépenses", read by {@link #overseen}); the money told before the holder, or a body answering (a
   * ministry is no holder), is read as before.
   */
  private boolean answersForMoney(List<Word> words, Evidence ev) {
    Entry act = oversight.get(ev.lang);
    Entry money = publicSpending.get(ev.lang);
    if (money == null) {
      return false;
    }
    for (int i = 1; i < words.size(); i++) {
      boolean answers = false;
      for (Match m : ev.taken) {
        answers |= m.start == i && m.entry.theme().equals(act.theme()) && m.entry.words().size() > 1;
      }
      int h = answers ? answerable(words, Math.max(0, i - CALLED_WITHIN), ev.lang) : -1;
      if (h < 0 || h >= i) {
        continue;
      }
      for (Match m : ev.taken) {
        if (m.start > i && m.entry.theme().equals(money.theme()) && m.slips.length < m.positions.length) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a public auditor ({@link PolicyWords#auditors}: the audit office, "la Cour des comptes",
   * "la contraloría") has a word of {@link PolicyWords#findings} among the {@value #CALLED_WITHIN}
   * words on either side ("the audit office's recommendations", "les suites données aux rapports de
   * la Cour des comptes", "the auditor general finds"): what comes of the audit is whether the power
   * audited answers for what was found, as the thesaurus reads "audit findings"; the money audited
   * stays beside it. So is an auditor whose work the question tells followed up, heeded or ignored, a
   * word of {@link PolicyWords#keeping} or {@link PolicyWords#actedOn} anywhere in it ("no department follows up
   * its findings", "des constats que les services ignorent", "ninguna secretaría hace caso") ("the follow-up of the inspectorate's findings", "le suivi des
   * constats de l'inspection générale", "el seguimiento de los hallazgos de la Auditoría"): whether
   * anyone acts on what it found, as a promise followed up is the holder held to it ({@link
   * #promiseHeld}). The auditor's report alone is the money's own and is not read.
   */
  private boolean auditFollowed(List<Word> words, Lang lang) {
    Set<String> bodies = auditors.get(lang);
    Set<String> heads = auditorHeads.get(lang);
    Set<String> followed = auditsHeeded.get(lang);
    for (int i = 0; i < words.size(); i++) {
      int n = heads.contains(words.get(i).surface()) ? phraseAt(words, i, bodies) : 0;
      for (int k = n > 0 ? 0 : words.size(); k < words.size(); k++) {
        String s = words.get(k).surface();
        boolean near = k >= i - CALLED_WITHIN && k < i + n + CALLED_WITHIN;
        if ((k < i || k >= i + n) && (near && findings.get(lang).contains(s) || followed.contains(s))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link PolicyWords#promises} has a holder of public office, an officer or a body
   * of public power ({@link #answerable}, {@link PolicyWords#treasuries}, {@link PolicyWords#offices})
   * among the {@value #CALLED_WITHIN} words on either side of it, and a word of {@link
   * PolicyWords#keeping} among the {@value #CALLED_WITHIN} words on either side ("whether the governor
   * delivered what he promised", "suivi des promesses du président", "si el gobierno cumplió lo que
   * prometió"): the holder is held to his word. A promise alone ("the mayor promised a new park") is
   * the matter promised, read as before; a husband's or a landlord's names no holder.
   */
  private boolean promiseHeld(List<Word> words, Lang lang) {
    for (int i = 0; i < words.size(); i++) {
      if (!promises.get(lang).contains(words.get(i).surface())) {
        continue;
      }
      int from = Math.max(0, i - CALLED_WITHIN);
      int to = Math.min(words.size() - 1, i + CALLED_WITHIN);
      boolean held = false;
      boolean kept = false;
      for (int k = from; k <= to; k++) {
        Word w = words.get(k);
        held |= holder(w, officeholders.get(lang)) || officers.get(lang).contains(w.surface())
            || powers.get(lang).contains(w.surface());
        kept |= keeping.get(lang).contains(w.surface());
      }
      if (held && kept) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link PolicyWords#complaining} has a word of {@link PolicyWords#keeping} among the
   * {@value #CALLED_WITHIN} words on either side of it and a word of {@link PolicyWords#answering} after
   * it ("complaints tracked until answered", "le suivi des réclamations et de leurs réponses",
   * "seguimiento de las quejas y sus respuestas"): the complaints are followed up to the answer of the
   * one complained to, the grievance redressed, whatever service it is made of. A complaint alone, or
   * one tracked with no answer named (its status through a portal, the service's own errand), is read as
   * before; a shop's or a neighbour's finds no theme for this reading to order.
   */
  private boolean complaintFollowed(List<Word> words, Lang lang) {
    for (int i = 0; i < words.size(); i++) {
      if (complaining.get(lang).contains(words.get(i).surface())
          && (anyOf(words, Math.max(0, i - CALLED_WITHIN), i, keeping.get(lang))
              || anyOf(words, i + 1, i + CALLED_WITHIN + 1, keeping.get(lang)))
          && anyOf(words, i + 1, words.size(), answering.get(lang))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link PolicyWords#redress} has a decision ({@link PolicyWords#rulings}) among
   * the {@value #CALLED_WITHIN} words after it, and a body of public power ({@link
   * PolicyWords#treasuries}, {@link PolicyWords#administrations}) among the {@value #CALLED_WITHIN}
   * words after the decision ("appeal against a decision by a government agency", "recours contre les
   * décisions de l'administration", "recurso contra una resolución de la administración"): a citizen
   * seeks redress against the administration. A referee's, a judge's or a shop's decision names no
   * such body.
   */
  private boolean decisionChallenged(List<Word> words, Lang lang) {
    for (int i = 0; i < words.size(); i++) {
      if (!redress.get(lang).contains(words.get(i).surface())) {
        continue;
      }
      for (int k = i + 1; k < words.size() && k <= i + CALLED_WITHIN; k++) {
        if (!rulings.get(lang).contains(words.get(k).surface())) {
          continue;
        }
        if (anyOf(words, k + 1, k + CALLED_WITHIN + 1, challenged.get(lang))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many words of one of {@code phrases} (words joined by a space) start at {@code i}, or 0. */
  private static int phraseAt(List<Word> words, int i, Set<String> phrases) {
    StringBuilder b = new StringBuilder(words.get(i).surface());
    for (int n = 1; n <= 3; n++) {
      if (phrases.contains(b.toString())) {
        return n;
      }
      if (i + n >= words.size()) {
        return 0;
      }
      b.append(' ').append(words.get(i + n).surface());
    }
    return 0;
  }

  /**
   * The position of the first holder of public office or officer ({@link PolicyWords#officeholders},
   * {@link PolicyWords#officers}) among the {@value #CALLED_WITHIN} words from {@code from}, or -1.
   */
  private int answerable(List<Word> words, int from, Lang lang) {
    for (int k = from; k < words.size() && k < from + CALLED_WITHIN; k++) {
      Word w = words.get(k);
      if (holder(w, officeholders.get(lang)) || officers.get(lang).contains(w.surface())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a match of {@code theme} taken in {@code ev} covers no act ({@code acting}) and a word that
   * is no slip: the money the act is on, told apart from it. A phrase that holds the act ("budget
   * oversight", "audit office") names the act's own field, one theme's, as before; an act only between
   * a phrase's words is not the phrase's (following and auditing the state's expenditure); a slip read as
   * the theme's word ("treasurer" one edit from "treasury") names no money.
   */
  private static boolean spentOn(Evidence ev, String theme, boolean[] acting) {
    for (Match m : ev.taken) {
      if (m.entry.theme().equals(theme) && !covers(m, acting) && m.slips.length < m.positions.length) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the question words {@code m} is placed on is marked in {@code at}: its own words,
   * not those between them, as {@link #free} reads the whole span.
   */
  private static boolean covers(Match m, boolean[] at) {
    for (int k : m.positions) {
      if (at[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A plan told by itself is the frame's process where the question tells its making beside it: where
   * the one-word everyday entry of a frame theme ({@link Theme#frame}: "plan", "planes") is found on a
   * plan no other thing owns ({@link PlanReadings}), and the question's other words give two pieces of
   * its making, one at least saying who makes it or what it holds (the public's part in policy, the
   * evidence of a theme the frame is made with, {@link #means}; a word of {@link
   * PolicyWords#planMarks}: the nation, the government, the partnership; or the commitments right
   * beside the plan's noun, {@link PolicyWords#commitments}), the other may be a step of it ({@link
   * PolicyWords#planStages}: its draft, its forum, its deadline, its review; or commitments elsewhere): "the consultation on the draft plan", "co-creating the plan's
   * commitments with NGOs", "la fecha límite del plan". The plan is then strong evidence of
   * the frame, which names it ({@link Evidence#framed}), so that {@link #framing} puts the public's
   * part after the process, as it does for the plan named by its title. A plan with one piece beside
   * it ("consult residents on the plan"), or steps alone (a draft's deadline), stays everyday evidence.
   */
  private void drafted(List<Word> words, Evidence ev) {
    if (ev.plans.isEmpty()) {
      return;
    }
    Match plan = null;
    for (Match m : ev.taken) {
      if (m.start == m.end && ev.plans.contains(m.start) && frames.contains(m.entry.theme())
          && m.entry.words().size() == 1 && m.entry.everyday() && !ev.framed.contains(m.entry.theme())) {
        plan = m;
        break;
      }
    }
    if (plan == null) {
      return;
    }
    boolean engaged = anyMeans(ev.weights.keySet());
    Set<String> marks = planMarks.get(ev.lang);
    Set<String> stages = planStages.get(ev.lang);
    Set<String> held = commitmentNouns.get(ev.lang);
    Set<String> makers = new HashSet<>();
    Set<String> steps = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      // commitments right beside the plan, function words between, are what it holds ("the plan's
      // commitments", "les engagements du plan"); elsewhere anyone's, a step at most
      boolean own = held.contains(s) && Math.abs(i - plan.start) == 1;
      if (i != plan.start) {
        if (marks.contains(s) || own) {
          makers.add(s);
        } else if (stages.contains(s) || held.contains(s)) {
          steps.add(s);
        }
      }
    }
    int who = makers.size() + (engaged ? 1 : 0);
    if (who == 0 || who + steps.size() < 2) {
      return;
    }
    String theme = plan.entry.theme();
    Span span = new Span(plan);
    float before = ev.bySpan.getOrDefault(span, 0f);
    float w = weight(plan, false);
    if (w > before) {
      ev.bySpan = grown(ev.bySpan);
      ev.bySpan.put(span, w);
      add(ev.weights, theme, w - before);
    }
    ev.framed = grown(ev.framed);
    ev.framed.add(theme);
    ev.entered = grown(ev.entered);
    ev.entered.add(theme);
    ev.strong.add(words.get(plan.start).surface());
  }

  /**
   * {@code themes} less the themes of the public's part ({@link #means}) where a frame ({@link #frames})
   * weighs most in {@code whole}: in a message about the plan's process, the public's part is how the plan
   * is made, and gives no lead of its own ({@link AskSentence#led}).
   */
  Map<String, Float> unframed(Map<String, Float> whole, Map<String, Float> themes) {
    if (Collections.disjoint(AskSentence.leaders(whole), frames) || !anyMeans(themes.keySet())) {
      return themes;
    }
    Map<String, Float> out = new LinkedHashMap<>(themes);
    out.keySet().removeAll(means);
    return out;
  }

  /** Whether one of {@code themes} is a theme of the public's part ({@link #means}). */
  private boolean anyMeans(Collection<String> themes) {
    for (String theme : themes) {
      if (means.contains(theme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Commitments made with the people: where a noun for commitments ({@link PolicyWords#commitments})
   * that no entry found stands in a question that holds the public's part in policy as strong
   * evidence (of a theme the frame is made with, {@link #means}: a public consultation, civil
   * society, co-creation; not a team consulted), and a
   * word of {@link PolicyWords#commitmentMakers} stands before the noun (the government, a ministry,
   * the administration) or the partnership is named anywhere ({@link PolicyWords#partnership}: what
   * they are made to), or their making or process is told anywhere ({@link PolicyWords#making}, {@link
   * PolicyWords#fieldProcesses}: drafting them, their forum), they are the government's commitments the national plan holds, and consulting
   * on them is its making: the noun reads as {@link
   * PolicyWords#publicCommitments}, strong evidence that frames the question ({@link #framing}), as
   * {@link #owned} reads it after a body named before it. A consultation on a law or a road holds no
   * commitments; a club's or a gym's commitments to the city name the city after them, which is no
   * maker.
   */
  private void committedWithPeople(List<Word> words, Evidence ev) {
    Entry reading = publicCommitments.get(ev.lang);
    if (reading == null || ev.framed.contains(reading.theme())) {
      return;
    }
    // the public's part told as the field tells it (a public consultation, civil society,
    // co-creation), strong evidence: "we consulted the team" is everyday work's
    boolean engaged = anyMeans(ev.firm);
    if (!engaged) {
      return;
    }
    Set<String> nouns = commitmentNouns.get(ev.lang);
    Set<String> makers = commitmentMakers.get(ev.lang);
    Set<String> partnership = partnershipNames.get(ev.lang);
    Set<String> process = fieldProcesses.get(ev.lang);
    int noun = -1;
    boolean made = false;
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      if (nouns.contains(s)) {
        noun = noun < 0 ? i : noun;
      } else {
        made |= noun < 0 ? makers.contains(s) : partnership.contains(s);
        // commitments whose making or process is told with the public's part are written as a plan is
        made |= process.contains(s) || said(words.get(i), making.get(ev.lang), ev.lang);
      }
    }
    if (noun < 0 || !made) {
      return;
    }
    for (Match m : ev.taken) {
      if (m.start <= noun && m.end >= noun) {
        return;
      }
    }
    commitmentsAt(reading, noun, ev);
    ev.strong.add(words.get(noun).surface());
  }

  /**
   * Weighs the government's commitments ({@code reading}) as found on the one word at {@code at} and
   * marks their theme as framing the question and entered ({@link #committedWithPeople}, {@link
   * #coCreated}); whether that word is strong evidence is the caller's to say.
   */
  private void commitmentsAt(Entry reading, int at, Evidence ev) {
    Match m = new Match(reading, at, at, new int[] {at}, new int[0], false, false, false, false);
    Span span = new Span(m);
    float before = ev.bySpan.getOrDefault(span, 0f);
    float w = weight(m, false);
    if (w > before) {
      ev.bySpan = grown(ev.bySpan);
      ev.bySpan.put(span, w);
      add(ev.weights, reading.theme(), w - before);
    }
    ev.framed = grown(ev.framed);
    ev.framed.add(reading.theme());
    ev.entered = grown(ev.entered);
    ev.entered.add(reading.theme());
  }

  /**
   * The partnership's process told in its own words: where the public's part in policy is the only
   * theme an entry found, as strong evidence ({@link #means}: civil society, co-creation, participation;
   * everyday evidence, "taking part", beside the acronym or the process named), and
   * the partnership is named by its acronym ({@link PolicyWords#partnershipAcronyms}: civil society
   * taking part in the OGP's process, "la participación en la AGA") or its process by the field's name
   * ({@link #fieldProcess}: "the open government forum"), or a word of co-creating ({@link
   * PolicyWords#coCreating}) stands beside what makes it the nation's ({@link
   * PolicyWords#coCreationMarks}: the government, a country, the administration, the commitments), the
   * acronym or the co-creating word reads as {@link PolicyWords#publicCommitments}, strong evidence that
   * frames the question ({@link #framing}), as {@link #committedWithPeople} reads the commitments: the
   * people's part is how the plan is made. A product, a collection or a town's policy co-created with
   * customers or residents names no nation; a policy, a budget or data co-created finds its own theme,
   * and the question is weighed as before.
   */
  private void coCreated(List<Word> words, Evidence ev) {
    Entry reading = publicCommitments.get(ev.lang);
    if (reading == null || ev.framed.contains(reading.theme())) {
      return;
    }
    boolean engaged = anyMeans(ev.firm);
    boolean found = engaged || anyMeans(ev.weights.keySet());
    if (!found) {
      return;
    }
    // an entry of another theme names what is co-created (a policy, a budget, data); a cue lifted
    // from another theme's phrases ("process", "cycle") names nothing
    for (Match m : ev.taken) {
      if (!means.contains(m.entry.theme()) && !m.entry.theme().equals(reading.theme())) {
        return;
      }
    }
    Set<String> together = coCreating.get(ev.lang);
    Set<String> marks = coCreationMarks.get(ev.lang);
    Set<String> acronyms = partnershipAcronyms.get(ev.lang);
    Set<String> policies = coCreatedPolicies.get(ev.lang);
    Set<String> plan = coCreatedPlan.get(ev.lang);
    int made = -1;
    int acronym = -1;
    boolean marked = false;
    boolean policy = false;
    boolean planned = false;
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      // the frame's own word, however everyday ("roadmap", "hoja de ruta"), is the thing co-created
      boolean own = found(ev.taken, reading.theme(), i);
      marked |= own;
      planned |= own;
      // "co-creation" is read as "co" then "creation": the two are the one word
      boolean co = together.contains(s) || i > 0 && "co".equals(words.get(i - 1).surface()) && together.contains("co" + s);
      made = made < 0 && co ? i : made;
      acronym = acronym < 0 && acronyms.contains(s) ? i : acronym;
      marked |= marks.contains(s);
      policy |= policies.contains(s);
      planned |= plan.contains(s);
    }
    // a policy, a strategy or a law co-created with the people, the plan unnamed, is their say in
    // policy whoever makes it: the government or the nation beside it names the maker, not the plan
    marked &= planned || !policy;
    // the partnership or its process named needs only the public's part beside it ("taking part",
    // "participan"); co-creating, everyday work's word too, needs it told as the field tells it
    int named = acronym >= 0 ? acronym : fieldProcess(words, ev.lang, ev.taken, reading.theme());
    int at = named >= 0 ? named : engaged && marked ? made : -1;
    if (at < 0) {
      return;
    }
    commitmentsAt(reading, at, ev);
    if (engaged) {
      // weights only where the public's part is everyday evidence: the gate reads what it read
      ev.strong.add(words.get(at).surface());
    }
  }

  /**
   * Where a noun of {@link PolicyWords#fieldProcesses}, or a word an entry of the frame itself found
   * (an entry of {@code theme} among {@code taken}: its roadmap, its plan, however everyday), stands right before or right after the
   * field's name ({@link PolicyWords#fieldName}, its two words side by side: "the open government
   * forum", "el foro de gobierno abierto", "la feuille de route du gouvernement ouvert"), that word's
   * position, else -1: the partnership's process told in plain words ({@link #coCreated}).
   */
  private int fieldProcess(List<Word> words, Lang lang, List<Match> taken, String theme) {
    List<String> name = fieldName.get(lang);
    Set<String> nouns = fieldProcesses.get(lang);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (name.get(0).equals(words.get(i).surface()) && name.get(1).equals(words.get(i + 1).surface())) {
        if (i > 0 && (nouns.contains(words.get(i - 1).surface()) || found(taken, theme, i - 1))) {
          return i - 1;
        }
        if (i + 2 < words.size() && (nouns.contains(words.get(i + 2).surface()) || found(taken, theme, i + 2))) {
          return i + 2;
        }
      }
    }
    return -1;
  }

  /**
   * Two words of the field that everyday language does not use ({@link Commonness}), each an entry
   * of the same theme that needs context, found as the entries write them ("petroleras" and
   * "yacimientos", "guichet" and "formalités"), or a word lifted from the theme's own phrases
   * ({@link #cue}: "format" of "open formats" beside "reusable"), vouch for each other: together
   * they are strong evidence. One such word may be a thing of daily life ("lithium" of a battery);
   * two words of one theme's field side by side are the theme.
   */
  private void corroborated(Evidence ev) {
    for (Map<String, Boolean> pieces : ev.plain.values()) {
      List<String> rare = new ArrayList<>();
      for (String surface : pieces.keySet()) {
        if (!commonness.everyday(ev.lang, surface)) {
          rare.add(surface);
        }
      }
      if (rare.size() > 1) {
        for (String surface : rare) {
          ev.strong.add(surface);
          if (pieces.get(surface)) {
            ev.named = grown(ev.named);
            ev.named.add(surface);
          }
        }
      }
    }
  }

  /**
   * {@link #kept(Map, Set, Map)}, with the themes found only through the words of a sector ({@code
   * settings}: {@link Theme#sectors}, "hospitals", "agua potable", and cues lifted from them) put
   * after the others when an entry of another theme finds that one ({@code entered}): a question
   * that applies a field's act to a sector (publishing a hospital's data, letting residents choose
   * the water works) is about the act, and the sector is where. The act's themes are kept as if the
   * sectors' weighed nothing (a sector's long phrase no longer drops the act below half of it); the
   * sectors' themes kept as before follow them, their weights scaled to below half of the least act
   * kept, so that the detector's order ({@link QueryBuilder#themeBoosts}) lists the act first. A
   * question about a sector alone, or about delivering its service (a waiting list, a one-stop shop,
   * online booking: entries of the same theme that are no sector), is unchanged.
   */
  private static Map<String, Float> kept(Map<String, Float> weights, Set<String> entered, Set<String> settings,
      Map<String, Float> raised) {
    Map<String, Float> before = kept(weights, entered, raised);
    if (settings.isEmpty()) {
      return before;
    }
    float bestAct = Float.NEGATIVE_INFINITY;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      if (!settings.contains(e.getKey()) && entered.contains(e.getKey())) {
        bestAct = Math.max(bestAct, e.getValue());
      }
    }
    if (bestAct == Float.NEGATIVE_INFINITY) {
      return before;
    }
    Map<String, Float> acts = new LinkedHashMap<>();
    float leastAct = Float.POSITIVE_INFINITY;
    float mostSetting = 0f;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      String theme = e.getKey();
      float w = e.getValue();
      if (settings.contains(theme)) {
        mostSetting = before.containsKey(theme) ? Math.max(mostSetting, w) : mostSetting;
      } else if (before.containsKey(theme) || w == bestAct && entered.contains(theme)
          || w >= KEEP * bestAct && (w > GENERIC_WEIGHT || entered.contains(theme))) {
        acts.put(theme, w);
        leastAct = Math.min(leastAct, w);
      }
    }
    float scale = mostSetting <= KEEP * leastAct ? 1f : KEEP * leastAct / mostSetting;
    Map<String, Float> out = new LinkedHashMap<>(acts);
    for (Map.Entry<String, Float> e : before.entrySet()) {
      if (settings.contains(e.getKey())) {
        out.put(e.getKey(), e.getValue() * scale);
      }
    }
    return out;
  }

  /**
   * The themes that lend a complaint its setting: where an entry weighing more than a cue ({@value
   * #CUE}) finds a theme wholly inside the clause of a complaint ({@link PolicyWords#denials}: what
   * nobody does, as tracing public money, answering for a failure, letting people reuse a file)
   * and the theme the question's words weigh most is not one so found, the themes not found there
   * are where the complaint happens (a sector, a document, a meeting), and {@link #kept(Map, Set,
   * Set, Map)} puts them after the complaint's as it puts a sector after the act. A question whose best
   * theme the complaint names, or whose complaint names none, is unchanged; and what a holder of
   * office dealt in ({@link #dealing}: kin hired, a bribe) is itself what went wrong, never a setting.
   */
  private Set<String> untold(Evidence ev) {
    if (ev.told.isEmpty()) {
      return Set.of();
    }
    Set<String> need = new HashSet<>();
    for (Map.Entry<String, Float> e : ev.told.entrySet()) {
      if (e.getValue() > CUE) {
        need.add(e.getKey());
      }
    }
    if (need.isEmpty()) {
      return Set.of();
    }
    float best = Float.NEGATIVE_INFINITY;
    for (float w : ev.weights.values()) {
      best = Math.max(best, w);
    }
    for (String theme : need) {
      if (ev.weights.getOrDefault(theme, 0f) >= best) {
        return Set.of();
      }
    }
    return setting(ev, need);
  }

  /**
   * The frame's means a reading weighed after {@link #framing} ({@link #voiced}, {@link #heeded},
   * {@link #codecided}: the people commenting on, consulted on or deciding with the frame's
   * commitments) are put after the frame the question names, as the means its words found are: the
   * public's part in writing the commitments made to the partnership is how the plan is made, not
   * another topic beside it. A reading that raised another theme is left as it weighed it.
   */
  private void framedMeans(Evidence ev, Set<String> settings) {
    for (String theme : framing(ev)) {
      if (means.contains(theme)) {
        settings.add(theme);
      }
    }
  }

  /**
   * The people holding a power to account are who holds, not what is asked: where the theme of
   * {@link PolicyWords#participation} was found only on words naming the people ({@link
   * PolicyWords#thePeople}: "residents", "habitants", "vecinos") and no reading raised it ({@code
   * engaged}, its weight before them, unchanged), beside an entry of the theme oversight belongs to
   * ({@link PolicyWords#oversight}: answering for, holding to account, monitoring) found after them, the
   * people's theme is put after it as a sector is after the act: residents making ministers answer ask for
   * accountability, with the people's part beside it. A say, a consultation or a people's view found
   * by its own words is engagement's act and is weighed as before.
   */
  private void heldByPeople(List<Word> words, Evidence ev, Float engaged, Set<String> settings) {
    Entry people = participation.get(ev.lang);
    Entry act = oversight.get(ev.lang);
    if (engaged == null || act == null || !engaged.equals(ev.weights.get(people.theme()))
        || !ev.entered.contains(act.theme())) {
      return;
    }
    Set<String> whom = thePeople.get(ev.lang);
    int last = -1;
    int held = -1;
    for (Match m : ev.taken) {
      if (m.entry.theme().equals(people.theme())) {
        for (int p : m.positions) {
          if (!whom.contains(words.get(p).surface())) {
            return;
          }
          last = Math.max(last, p);
        }
      } else if (m.entry.theme().equals(act.theme())) {
        held = Math.max(held, m.start);
      }
    }
    // the people before the act hold ("residents make ministers answer"); after it they are answered
    // or heeded ("city hall doesn't answer residents"), their say the question's aim
    if (last >= 0 && held > last) {
      settings.add(people.theme());
    }
  }

  /**
   * A legislature is the body its people take part in or hold to account: where the theme of {@link
   * PolicyWords#participation} or the one oversight belongs to ({@link PolicyWords#oversight}) leads,
   * found by an entry, and the question names a legislature or its members by a word of their own
   * ({@link PolicyWords#legislators}: MPs, senators, "députés", "diputados", the parliament) with its
   * law-making ({@link PolicyWords#lawMaking}: bills, drafts, amendments), or, where oversight leads
   * and the legislature is watched, not watching ({@link #watched}), its members' own record ({@link
   * PolicyWords#memberRecord}: votes, attendance, expenses), and no executive ({@link
   * PolicyWords#executive}: ministers answering before it are oversight's), the
   * legislature's openness is the question's act (the people commenting on its bills, voters making
   * their members answer for their votes or their expenses; or the house itself watched or opened, {@link
   * #itsOwnObject}): its theme takes the lead's weight and the
   * say or the answering is put after it as a sector is after the act ({@link #kept(Map, Set, Set,
   * Map)}). Weights only: the gate judges the question on its words as before. A frame the question
   * names ({@link #framing}) or a complaint's clause ({@link #untold}) keeps its own order, and a
   * question whose say or answering does not lead is unchanged; one member heeding the people
   * ({@link Evidence#memberHeeds}: an MP consulting residents before tabling a bill) keeps their say first,
   * the house's theme right below it ({@value #HEARD_LEAD} less).
   */
  private void legislatureAtWork(List<Word> words, Evidence ev, Set<String> settings) {
    Entry people = participation.get(ev.lang);
    Entry act = oversight.get(ev.lang);
    String house = PolicyWords.legislatureTheme();
    if (people == null || act == null || !ev.framed.isEmpty() || !ev.told.isEmpty()
        || !among(words, legislators.get(ev.lang)) || among(words, executive.get(ev.lang))) {
      return; // no legislature named, or the executive answers before it
    }
    float best = ev.best();
    boolean laws = among(words, lawMaking.get(ev.lang)) || itsOwnObject(words, ev, people, act, house);
    boolean said = ev.entered.contains(people.theme()) && ev.weights.getOrDefault(people.theme(), 0f) >= best && laws;
    if (said && ev.memberHeeds) {
      // one member heeding the people before his bill is their say in his own work: it keeps the lead, the
      // house's theme right below it
      ev.weights.put(house, Math.max(best / HEARD_LEAD, ev.weights.getOrDefault(house, 0f)));
      return;
    }
    boolean leads = said
        || ev.entered.contains(act.theme()) && ev.weights.getOrDefault(act.theme(), 0f) >= best
            && (laws || among(words, memberRecord.get(ev.lang))) && watched(words, ev.lang);
    if (!leads) {
      return; // the legislature's theme leads alone already, or another act does
    }
    ev.weights.put(house, best);
    ev.entered = grown(ev.entered);
    ev.entered.add(house);
    for (Entry e : List.of(people, act)) {
      if (ev.weights.containsKey(e.theme())) {
        settings.add(e.theme());
      }
    }
  }

  /**
   * A law told of a matter is that matter's instrument, not the legislature's openness: where the
   * legislature's theme ({@link PolicyWords#legislatureTheme}) is found only by entries on a law's word
   * ({@link PolicyWords#statutes}: "law", "loi", "ley") or right beside one ("laws passed", "on a voté une
   * loi", "aprobaron una ley"), of its vocabulary and none of a legislature's own stages of law-making
   * (a bill, an amendment: {@link PolicyWords#lawMaking}), no legislature or its members are named ({@link PolicyWords#legislators},
   * {@link PolicyWords#houses}), and another theme is found by an entry on other words (the right to
   * know, public data: what the law is of), the legislature's theme is put after it as a sector is after
   * the act ({@link #kept(Map, Set, Set, Map)}): drafting, passing or applying such a law asks the peers of
   * its matter. Weights only: the gate judges the question on its words as before.
   */
  private void lawOfItsMatter(List<Word> words, Evidence ev, Set<String> settings) {
    String house = PolicyWords.legislatureTheme();
    if (!ev.weights.containsKey(house) || among(words, legislators.get(ev.lang)) || among(words, houses.get(ev.lang))) {
      return;
    }
    Set<String> laws = statutes.get(ev.lang);
    Set<String> stages = stagesOfLaw.get(ev.lang);
    boolean found = false;
    boolean matter = false;
    for (Match m : ev.taken) {
      if (m.entry.theme().equals(house)) {
        if (!m.entry.vocabulary() || !besideAny(words, m.positions, laws) || holdsAny(words, m.positions, stages)) {
          return; // the legislature is named, or found by a word of its own or of its law-making's stages
        }
        found = true;
      } else {
        matter |= ev.entered.contains(m.entry.theme()) && !allOf(words, m.positions, laws);
      }
    }
    if (found && matter) {
      settings.add(house);
    }
  }

  /** Whether a word at one of {@code positions} is one of {@code set}. */
  private static boolean holdsAny(List<Word> words, int[] positions, Set<String> set) {
    for (int p : positions) {
      if (set.contains(words.get(p).surface())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word at {@code positions} is one of {@code set}. */
  private static boolean allOf(List<Word> words, int[] positions, Set<String> set) {
    for (int p : positions) {
      if (!set.contains(words.get(p).surface())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of {@code set} stands at one of {@code positions} or right beside one. */
  private static boolean besideAny(List<Word> words, int[] positions, Set<String> set) {
    for (int p : positions) {
      for (int q = Math.max(0, p - 1); q <= Math.min(words.size() - 1, p + 1); q++) {
        if (set.contains(words.get(q).surface())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the legislature is itself what the people's say or the answering is about ({@link
   * #legislatureAtWork}): its own theme found by an entry, the institution named ({@link
   * PolicyWords#houses}: the house or its members in the plural; one member's promises or meetings
   * are his own), and no theme found but the people's part ({@code people}), the theme oversight
   * belongs to ({@code act}) and the legislature's own ({@code house}): the legislature is then the
   * only thing watched or opened ("citizens watching what congress does"). The people's part found as
   * strong evidence is their say, wherever it is had; only everyday evidence of it beside the
   * legislature named is the legislature's own work. A policy, a budget or a service named beside it
   * is what the say or the answering is on.
   */
  private boolean itsOwnObject(List<Word> words, Evidence ev, Entry people, Entry act, String house) {
    if (!ev.entered.contains(house) || !among(words, houses.get(ev.lang))) {
      return false;
    }
    for (String theme : ev.weights.keySet()) {
      if (!theme.equals(people.theme()) && !theme.equals(act.theme()) && !theme.equals(house)) {
        return false;
      }
    }
    return ev.weights.getOrDefault(act.theme(), 0f) >= ev.best() || !ev.firm.contains(people.theme());
  }

  /**
   * Whether a legislature named in {@code words} ({@link PolicyWords#legislators}) is watched rather
   * than watching: none stands before a word of overseeing ({@link PolicyWords#overseeing}: "the
   * senate scrutinises the ministers", "el congreso debe fiscalizar"), nor right after one past a
   * word naming its agent ({@link PolicyWords#overseenBy}: "la fiscalización del congreso"), and no
   * legislature's adjective qualifies one ("parliamentary oversight", "contrôle parlementaire"). Where
   * no word of overseeing is said, the legislature is the one answering or held to account ("MPs must
   * answer for their votes", "exigir cuentas a los diputados").
   */
  private boolean watched(List<Word> words, Lang lang) {
    Set<String> houses = legislators.get(lang);
    Set<String> agents = overseenBy.get(lang);
    Set<String> adjectives = legislatureAdjectives.get(lang);
    boolean house = false;
    for (int i = 0; i < words.size(); i++) {
      String s = words.get(i).surface();
      if (houses.contains(s)) {
        house = true;
      }
      if (!said(words.get(i), overseeing.get(lang), lang)) {
        continue;
      }
      if (house || i > 0 && adjectives.contains(words.get(i - 1).surface())
          || i + 1 < words.size() && (adjectives.contains(words.get(i + 1).surface())
              || agents.contains(words.get(i + 1).surface()) && i + 2 < words.size()
                  && houses.contains(words.get(i + 2).surface()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The themes beside the process a question names ({@link Theme#frame}: a national action plan, its
   * commitments' review): where an entry of a frame theme names it by its own name ({@link #titles}),
   * its acronym typed as one, or strong evidence ({@link Evidence#framed}), the question asks about
   * the process, and the themes of
   * its other words are the topic a plan's commitment is on (consulting the public, a budget, data):
   * {@link #kept(Map, Set, Set, Map)} puts them after the process as it puts a sector after the act. The
   * process's lone everyday word ("plan", "milestones"), or a phrase everyday work shares ("mise en
   * œuvre", "implementation support"), leaves the order unchanged, and a complaint's
   * clause ({@link #untold}) decides first.
   */
  private Set<String> framing(Evidence ev) {
    if (ev.framed.isEmpty()) {
      return Set.of();
    }
    Set<String> setting = setting(ev, ev.framed);
    if (!ev.titled.containsAll(ev.framed)) {
      setting.retainAll(means);
    }
    return setting;
  }

  /**
   * The themes of {@code ev} other than {@code need}, put after it, but for what a holder of office
   * dealt in ({@link #dealing}: kin hired, a bribe), which is itself what went wrong, never a setting.
   */
  private Set<String> setting(Evidence ev, Set<String> need) {
    Set<String> setting = new HashSet<>(ev.weights.keySet());
    setting.removeAll(need);
    for (Match m : ev.taken) {
      if (m.entry == favour.get(ev.lang) || m.entry == bribe.get(ev.lang)) {
        setting.remove(m.entry.theme());
      }
    }
    return setting;
  }

  /** Whether each word {@code m} is placed on is at a position of {@code at}. */
  private static boolean inside(Match m, Set<Integer> at) {
    if (at.isEmpty()) {
      return false;
    }
    for (int k : m.positions) {
      if (!at.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cue word {@code k} is a word of one of {@code theme}'s sector entries ({@link Theme#sectors}). */
  private boolean sectorWord(Known k, String theme) {
    for (String form : k.forms()) {
      Set<String> themes = sectorForms.get(form);
      if (themes != null && themes.contains(theme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best theme, and the themes within {@value #KEEP} of it that weigh more than a lone generic
   * word ({@value #GENERIC_WEIGHT}) or that an entry of their own finds ({@code entered}). Everyday
   * evidence weighs no more than a generic word (an everyday synonym 0.5, everyday vocabulary 0.375,
   * a cue 0.25), so without the second condition a question told in everyday words kept its best
   * theme alone however close the next one came, and a near miss listed none of the right theme's
   * pledgers. Cues alone do not keep a theme beside a better one: a common word lifted from a
   * theme's phrases ("entreprise", "proyecto") is too loose to list a second field's pledgers; nor
   * does another language's entry met only through its stemmer (French "promis", the bot's own
   * verb for what a pledger offered, is English "promises" to Porter, a word of campaign promises).
   * The half is taken of the themes' weights less what money read as a public body's ({@link
   * PublicMoney}) {@code raised} them by: the reading lifts an everyday word to the strength of public
   * spending so that its theme leads, but the other themes the question names are weighed against the
   * words as typed, and the theme those weigh most stays whatever it is found by. Without it, a
   * question telling both where public money goes and what residents, parliament, open data or the
   * money of mines do with it listed the money's pledgers alone.
   */
  private static Map<String, Float> kept(Map<String, Float> weights, Set<String> entered, Map<String, Float> raised) {
    Map<String, Float> out = new LinkedHashMap<>();
    if (weights.isEmpty()) {
      return out;
    }
    float best = Float.NEGATIVE_INFINITY;
    float bar = Float.NEGATIVE_INFINITY;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      float w = e.getValue();
      best = Float.compare(w, best) > 0 ? w : best;
      bar = Math.max(bar, w - raised.getOrDefault(e.getKey(), 0f));
    }
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      float w = e.getValue();
      if (w == best || w - raised.getOrDefault(e.getKey(), 0f) == bar
          || (w >= KEEP * bar && (w > GENERIC_WEIGHT || entered.contains(e.getKey())))) {
        out.put(e.getKey(), w);
      }
    }
    return out;
  }

  /**
   * What {@link #detect} found.
   *
   * @param themes the themes kept, with their weights
   * @param words the surfaces of the question words that are evidence for any theme (typos
   *     included)
   * @param naming those of {@code words} that name a theme: all but the words found only inside
   *     vocabulary phrases ("group" of "community groups"), which relate to a theme without naming it
   * @param strong the surfaces of the words that are strong evidence
   * @param named those of {@code strong} found in a label or synonym, which names its theme; the
   *     rest are vocabulary, which relates to a theme without naming it ("neighbourhood councils")
   * @param everyday the surfaces of the words that are only everyday evidence, with the themes of
   *     each
   * @param everydayItems per theme, how many pieces of everyday evidence (a phrase or a word) it has
   * @param domain the surfaces of the question words that the thesaurus uses, in the phrases of
   *     too many themes to say which ("data", "publish", "official"): about the field, naming no
   *     part of it
   * @param topics per word of {@code everyday}, every theme whose phrases hold it
   * @param cues those of {@code everyday} found only as cues: words lifted from the phrases of one
   *     or two themes ("handle" of "complaint handling"), no entry of their own
   * @param common those of {@code everyday} that are everyday words of the question's language
   *     ({@link Commonness}) found as a cue or in vocabulary, not in a label or synonym: common words
   *     that relate to a theme without naming it ("school", "maison", "espera")
   * @param slipped those of {@code words} found only by taking them for a typo of a thesaurus word or,
   *     alone, through a stem with another ending ("écolos" read as "écoles"), never as written
   * @param overseen whether the question holds an act of oversight on public money ({@link
   *     #overseen}): a word of overseeing beside evidence of public spending on other words
   * @param held whether a reading of {@link #questioned} held a power to account in it (a holder
   *     questioned, complained of, asked to explain or to answer, a promise held, a decision
   *     challenged, an auditor's findings followed): a holder of public office named there acts in
   *     his office, whatever everyday verb tells it ("what the governor delivered")
   */
  record Detection(Map<String, Float> themes, Set<String> words, Set<String> naming, Set<String> strong,
      Set<String> named, Map<String, Set<String>> everyday, Map<String, Integer> everydayItems, Set<String> domain,
      Map<String, Set<String>> topics, Set<String> cues, Set<String> common, Set<String> slipped, boolean overseen,
      boolean held) {}

  private float weight(Match m, boolean everydayMatch) {
    Entry e = m.entry;
    float w = generic.contains(e)
        ? GENERIC_WEIGHT : Math.min(e.weightWords(), MAX_WEIGHT);
    if (justiceHeld.get(e.lang()) == e && m.start == m.end) {
      // the police or a court told acting is one word of the question and weighs as one, so that a
      // word naming what the power did (a bribe, corruption, records withheld) leads; beside a dealing
      // that names what it did, half a word
      w = Math.min(w, m.underDealing ? 0.5f : 1.5f);
    }
    if (m.acronym) {
      w = Math.max(w, ACRONYM);
    }
    if (everydayMatch) {
      w *= EVERYDAY;
    }
    return e.vocabulary() ? w * VOCABULARY : w;
  }


  /**
   * Whether each word of the entry stands in the question exactly as the entry writes it, with no
   * other word among them.
   */
  private static boolean typedAsWritten(Match m, List<Word> words) {
    if (m.end - m.start + 1 != m.entry.words().size()) {
      return false;
    }
    for (int k = 0; k < m.positions.length; k++) {
      if (!words.get(m.positions[k]).surface().equals(m.entry.words().get(k).surface())) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] used, Match m) {
    for (int k = m.start; k <= m.end; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The thesaurus words a question word is a typo of: within {@link Edits#near} ({@code near}), or a
   * short typo ({@code short_}); {@code families}, the languages whose
   * thesaurus holds the word's verbal family ({@link #verbalFamilies}), and {@code foreign}, the
   * neighbours written only in other languages and those of the word's own verbal family ({@link
   * #ownFamily}): in a question of one of {@code families} the word is that language's own, typed on
   * purpose, and no slip of those ({@link #slip}).
   */
  private record Typos(Set<String> near, Set<String> short_, Set<Lang> families, Set<String> foreign) {

    /** Whether a question of {@code lang} reads the word as a typo of the thesaurus word {@code surface}. */
    boolean slip(String surface, Lang lang) {
      return near.contains(surface) && !(families.contains(lang) && foreign.contains(surface));
    }
  }

  /** No typos for a thesaurus word itself, nor for filler: they are words, not slips. */
  private static final Typos NONE = new Typos(Set.of(), Set.of(), Set.of(), Set.of());

  /** The most question words {@link #known(Word)} keeps (a few MB). */
  static final int MAX_KNOWN = 50_000;

  /**
   * What {@link #detect} needs of one question word, a function of its surface alone (its stems
   * are): its lookup forms, the thesaurus words it is a typo of, and the entries it finds, in the
   * order found. Worked out once per word and kept: questions keep using the same words, and
   * finding typos and candidates was most of detecting themes.
   */
  private record Known(List<String> forms, Typos typos, List<Entry> candidates, Map<String, Integer> themes,
      Map<Lang, InLanguage> inLanguage, int[] phrases, int[] ids, int[] sizes) {

    /**
     * {@code phrases}: the ids of the candidates of several words, which {@link #matches} counts;
     * {@code ids} and {@code sizes}: per candidate, its id and its number of words (negative for an
     * entry looked up as typed only), which {@link #matches} tests every candidate by before placing
     * it: read from two arrays, not from each entry and its list of words (most phrase candidates
     * fail the test, and a common word has many).
     */
    Known(List<String> forms, Typos typos, List<Entry> candidates, Map<String, Integer> themes,
        Map<Lang, InLanguage> inLanguage) {
      this(forms, typos, candidates, themes, inLanguage,
          candidates.stream().filter(e -> e.words().size() > 1).mapToInt(Entry::id).toArray(),
          candidates.stream().mapToInt(Entry::id).toArray(),
          candidates.stream().mapToInt(e -> e.typedOnly() ? -e.words().size() : e.words().size()).toArray());
    }
  }

  /**
   * A word's theme counts (as a thesaurus word, a cue, a cue lifted from a phrase) with
   * its verbal families in one question language ({@link #inLanguage}): what {@link #cue} reads,
   * worked out with the rest of {@link Known} rather than at every question.
   */
  private record InLanguage(Map<String, Integer> themes, Map<String, Integer> cues, Map<String, Integer> phraseCues) {}

  private final Memo<String, Known> known = new Memo<>(MAX_KNOWN);

  private Known known(Word w) {
    Known k = known.get(w.surface());
    if (k == null) {
      List<String> forms = withAgents(w.surface(), forms(w));
      Typos typos = typos(w, forms);
      Map<String, Integer> themes = themeCounts(w, forms, themesByForm);
      Map<String, Integer> cues = themeCounts(w, forms, cuesByForm);
      Map<String, Integer> phraseCues = themeCounts(w, forms, phraseCuesByForm);
      Map<Lang, InLanguage> inLanguage = new EnumMap<>(Lang.class);
      for (Lang lang : LANGS) {
        inLanguage.put(lang, new InLanguage(inLanguage(themes, w.surface(), forms, lang, themesByForm),
            inLanguage(cues, w.surface(), forms, lang, cuesByForm),
            inLanguage(phraseCues, w.surface(), forms, lang, phraseCuesByForm)));
      }
      k = known.keep(w.surface(), new Known(forms, typos, List.copyOf(candidates(forms, typos)), themes,
          inLanguage));
    }
    return k;
  }

  /**
   * {@code forms} with the act's family of a question word that is an agent noun in some language
   * ({@link #agentRoot}), tagged with that language as a verbal family is; none for a word the
   * thesaurus writes itself.
   */
  private List<String> withAgents(String surface, List<String> forms) {
    if (bySurface.containsKey(surface)) {
      return forms;
    }
    List<String> out = forms;
    for (Lang lang : LANGS) {
      String act = agentRoot(lang, surface);
      if (act != null && !forms.contains(verbalForm(lang, act))) {
        out = out == forms ? new ArrayList<>(forms) : out;
        out.add(verbalForm(lang, act));
      }
    }
    return out == forms ? forms : List.copyOf(out);
  }

  private Typos typos(Word w, List<String> forms) {
    String s = w.surface();
    if (bySurface.containsKey(s) || analysis.isStop(w) || inflectsThesaurusWord(forms) || contraction(s)) {
      return NONE;
    }
    Set<String> near = new HashSet<>(surfaces.near(s));
    Set<Lang> families = verbalFamilies(forms);
    Set<String> foreign = new HashSet<>();
    if (!families.isEmpty()) {
      for (String n : near) {
        if (bySurface.get(n).stream().noneMatch(e -> families.contains(e.lang())) || ownFamily(s, n, families)) {
          foreign.add(n);
        }
      }
    }
    Set<String> shorts = new HashSet<>();
    if (s.length() >= MIN_SHORT_TYPO && s.length() <= Edits.MIN_LENGTH_ONE_EDIT) {
      for (String known : shortSurfaces.getOrDefault(s.charAt(0), List.of())) {
        if (shortTypo(s, known)) {
          shorts.add(known);
        }
      }
    }
    return new Typos(near, shorts, families.isEmpty() ? Set.of() : families, foreign);
  }

  /**
   * Whether thesaurus word {@code near} is of the verbal family {@code surface} is a form of in one of
   * {@code families} ({@link #verbalRoot}: "fiscalizaron" of "fiscalizar", whose family root is that of
   * "fiscalización"): the two differ by the family's ending, not by a slip, so the form is read
   * through its family as the family's other forms are ("fiscalizó", "fiscalizan"), not as a typo of
   * the noun that only the letters it happens to share bring within reach.
   */
  private static boolean ownFamily(String surface, String near, Set<Lang> families) {
    for (Lang lang : families) {
      String verbal = verbalRoot(lang, surface);
      if (verbal != null && (verbal.equals(root(near)) || verbal.equals(verbalRoot(lang, near)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is a contraction written with its apostrophe ("i'm", "can't", "we're"; the
   * possessive "'s" and French elisions are split off before): a word typed on purpose, not a slip,
   * so no typo of a thesaurus word ("i'm" is not "IRM").
   */
  private static boolean contraction(String surface) {
    return surface.indexOf('\'') >= 0 || surface.indexOf('\u2019') >= 0;
  }

  /**
   * Whether a word is an inflection of a thesaurus word (its surface or a stem in some language is
   * one of a thesaurus word's): a word of the language, not a slip, so it is no typo of another
   * thesaurus word ("quartiers", plural of a thesaurus word, is not a typo of "quarries").
   */
  private boolean inflectsThesaurusWord(List<String> forms) {
    for (String form : forms) {
      if (!form.startsWith(FAMILY_FORM) && byForm.containsKey(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The languages in whose thesaurus a word's verbal family is found ({@link #verbalForm}: the
   * family of one of that language's entry words as its own rewrites join them). In a question of
   * such a language the word is that language's own, inflected or derived, typed on purpose, so it
   * is no typo of a thesaurus word written only in other languages (a Spanish verb of the family of
   * a Spanish noun is no slip of a French noun a letter or two away); in a question of another
   * language it may still be a slip (a Spanish root mistyping an English word). A typo of a word
   * of its own language is still read: a form of one family may be a slip of another family's word.
   */
  private Set<Lang> verbalFamilies(List<String> forms) {
    Set<Lang> out = EnumSet.noneOf(Lang.class);
    for (String form : forms) {
      String tag = byForm.containsKey(form) ? verbalTag(form) : null;
      if (tag != null) {
        Lang.parse(tag).ifPresent(out::add);
      }
    }
    return out;
  }

  private Set<Entry> candidates(List<String> forms, Typos typos) {
    Set<Entry> out = new LinkedHashSet<>();
    for (String form : forms) {
      out.addAll(byForm.getOrDefault(form, List.of()));
    }
    for (String near : typos.near()) {
      out.addAll(bySurface.getOrDefault(near, List.of()));
    }
    for (String known : typos.short_()) {
      out.addAll(bySurface.get(known));
    }
    return out;
  }

  /** One edit between words of which the shorter has three or four letters (too short for {@link Edits#near}). */
  private static boolean shortTypo(String q, String known) {
    int shorter = Math.min(q.length(), known.length());
    return shorter >= MIN_SHORT_TYPO && shorter < Edits.MIN_LENGTH_ONE_EDIT && Edits.within(q, known, 1);
  }

  private static final int EXACT = 1;
  private static final int TYPO = 2;
  private static final int FAMILY = 3;
  private static final int SHORT_TYPO = 4;

  /**
   * The best placement of an entry's words among the question's words, within one extra word of
   * its length and including no word twice, in any order; null when there is none. {@code anchor}
   * is the position the entry was found from. The windows overlap, so each (entry word, question
   * word) comparison is made once per call and read back from {@code compared}.
   */
  private Match place(Entry e, List<Word> q, List<Known> known, List<Boolean> capitals, int anchor, Lang lang) {
    int n = e.words().size();
    int lo = Math.max(0, anchor - n);
    int width = Math.min(q.size() - 1, anchor + n) - lo + 1;
    // per entry word and question word from lo: the comparison plus one, 0 before it is made
    int[] compared = new int[n * width];
    // one window's placement, reused by the next window: a match keeps a copy of its positions
    int[] at = new int[n];
    int[] how = new int[n];
    boolean[] taken = new boolean[n + 1];
    Match best = null;
    for (int start = lo; start <= anchor; start++) {
      int end = Math.min(q.size() - 1, start + n);
      if (end - start + 1 < n) {
        continue;
      }
      Arrays.fill(taken, false);
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        int bestJ = -1;
        int bestHow = Integer.MAX_VALUE;
        for (int j = start; j <= end; j++) {
          if (!taken[j - start]) {
            int slot = k * width + j - lo;
            if (compared[slot] == 0) {
              compared[slot] = compare(q.get(j), known.get(j), e.words().get(k), e.families().get(k), n, lang) + 1;
            }
            int c = compared[slot] - 1;
            if (c > 0 && c < bestHow) {
              bestHow = c;
              bestJ = j;
            }
          }
        }
        if (bestJ < 0) {
          all = false;
        } else {
          taken[bestJ - start] = true;
          at[k] = bestJ;
          how[k] = bestHow;
        }
      }
      if (all) {
        Match m = match(e, q, capitals, at, how);
        if (m != null && (best == null || m.end - m.start < best.end - best.start
            || (m.end - m.start == best.end - best.start && !m.fuzzy && best.fuzzy))) {
          best = m;
        }
      }
    }
    return best;
  }

  private Match match(Entry e, List<Word> q, List<Boolean> capitals, int[] at, int[] how) {
    int n = at.length;
    int exact = 0;
    int shortTypos = 0;
    int family = 0;
    boolean fuzzy = false;
    int start = Integer.MAX_VALUE;
    int end = -1;
    int slipCount = 0;
    for (int k = 0; k < n; k++) {
      slipCount += how[k] == TYPO || how[k] == SHORT_TYPO ? 1 : 0;
    }
    int[] slips = new int[slipCount];
    for (int k = 0, s = 0; k < n; k++) {
      if (how[k] == TYPO || how[k] == SHORT_TYPO) {
        slips[s++] = at[k];
      }
      exact += how[k] == EXACT ? 1 : 0;
      shortTypos += how[k] == SHORT_TYPO ? 1 : 0;
      family += how[k] == FAMILY ? 1 : 0;
      fuzzy |= how[k] != EXACT;
      start = Math.min(start, at[k]);
      end = Math.max(end, at[k]);
    }
    if (shortTypos > 1 || (shortTypos == 1 && exact == 0) || family > 0 && exact == 0) {
      return null;
    }
    Word only = n == 1 ? e.words().get(0) : null;
    if (only != null && (fuzzy && only.surface().length() < MIN_FUZZY_SINGLE
        || policyWords.contains(q.get(at[0]).surface()))) {
      return null;
    }
    String typed = q.get(at[0]).surface();
    boolean derived = only != null && !fuzzy && !inflection(typed, only.surface());
    boolean acronym = only != null && !fuzzy && capitals.get(at[0]) && typed.equals(only.surface());
    return new Match(e, start, end, at.clone(), slips, fuzzy, shortTypos > 0 || derived, acronym, false);
  }

  /**
   * Whether two forms of a word differ only by an inflection ending: equal, or one the other with
   * at most two more letters ("law"/"laws", "donnée"/"données"). "account" is not "accountability"
   * nor "corrupted" "corruption", though stemmers make them one.
   */
  static boolean inflection(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
  }

  /**
   * 1 for the same word, 2 for a typo of it, 3 for a word of its family ({@link #root}; phrases
   * only, beside a word found as it is), 4 for a short typo (phrases only), 0 otherwise. The family
   * is what the English and French stemmers already make one word of inside a phrase ("declare"
   * and "declaration" are both "declar" to Porter) and the Spanish light stemmer, which takes off
   * number and gender only, does not: the verb, its forms and the noun of one act ("declarar",
   * "declaren", "declaración").
   */
  private static int compare(Word q, Known known, Word w, List<String> families, int phraseWords, Lang lang) {
    if (q.sameAs(w, MIN_LONE_STEM)) {
      return EXACT;
    }
    Typos typos = known.typos();
    if (typos.slip(w.surface(), lang)) {
      return TYPO;
    }
    if (phraseWords < 2) {
      return 0;
    }
    List<String> forms = known.forms();
    // by index: read for every candidate entry word of every question word, an iterator each time shows
    for (int k = 0; k < families.size(); k++) {
      String family = families.get(k);
      if ((!verbal(family) || verbalIn(family, lang.code())) && forms.contains(family)) {
        return FAMILY;
      }
    }
    return typos.short_().contains(w.surface()) ? SHORT_TYPO : 0;
  }

  /**
   * Where an entry matched: the span of question words and the position of each entry word;
   * {@code slips}, the positions of the question words taken for a typo of an entry word; {@code
   * weak} when found through a short typo or only through a stem with another ending.
   */
  private record Match(Entry entry, int start, int end, int[] positions, int[] slips, boolean fuzzy, boolean weak,
      boolean acronym, boolean underDealing) {

    /**
     * Everyday evidence: an entry that needs context, a weak match, or an acronym typed in lower
     * case, which is as often a word of another language ("pan", "foi"); no evidence at all where
     * it is an everyday word of the question's language ({@link Evidence#take}: Spanish "cada").
     */
    boolean everyday() {
      return entry.everyday() || weak || entry.acronym() && !acronym;
    }

    /**
     * A lone word that is an entry only in another language than the question's ("lobby" is a
     * Spanish entry, an English hall): a loanword, as often a word of everyday life there. A
     * phrase, an acronym typed in capitals, or a word typed otherwise than the entry writes it (a
     * typo or inflection of a word the question's language may lack in the thesaurus) names its
     * thing in any language.
     */
    boolean borrowed(Lang question) {
      return entry.words().size() == 1 && entry.lang() != question && !acronym;
    }

    boolean sameWordsAs(Match other) {
      return start == other.start && end == other.end && entry.words().size() == other.entry.words().size()
          && fuzzy == other.fuzzy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Match m && m.entry.equals(entry) && m.start == start && m.end == end;
    }

    @Override
    public int hashCode() {
      return entry.hashCode() * 31 + start * 7 + end;
    }
  }
}
