package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pledgebot.corpus.Lang;

/**
 * Finds pledger names and aliases in a question. A name matches when its tokens stand
 * contiguously in the question ("what did Norway pledge", "qui sont les Pays-Bas"), or, for names of one to
 * three words, when the words are a typo away ("Norwy"). One-word names that are also common
 * words ("US", "ONE") match only when typed in capitals, so "help us" is not the United States.
 * Immutable; built from all indexed pledges, or from one new pledge for alert matching.
 */
final class NameIndex {

  /** Every language, in declaration order: {@code Lang.values()} copies its array at every call. */
  private static final Lang[] LANGS = Lang.values();

  static final int MAX_FUZZY_WORDS = 3;

  /** A demonym keeps at least this many letters of the name it derives from. */
  static final int MIN_DEMONYM_BASE = 4;

  /**
   * The most pledgers a loose reading of words as a name (a word left out, or every word a typo:
   * {@link #unordered}) may name: words that fit more names than this are what those names share,
   * not one of them, and a question reading them as names would carry a clause per pledger.
   */
  static final int MAX_LOOSE_NAMED = 3;

  /**
   * The most names a word may be in to lead to a reading of names in another order: a word in more
   * ("group", "bank" in a large index) says no more about which name is meant than a function word,
   * and reading every name that holds it, word by word, would cost a search thousands of names. A
   * name in its own word order is still found ({@link #startingAt}).
   */
  static final int MAX_KEYS_OF_A_WORD = 64;

  /** A demonym may drop at most this many of the name's last letters ("Swed-en", "Chil-e"). */
  static final int MAX_DEMONYM_DROP = 2;

  /**
   * Endings that make a people's adjective from a place name in a language, folded:
   * "Brazil-ian", "Swed-ish", "Norw-egian", the people's plural "Canad-ians"; "chili-en", "hongr-ois",
   * "moldav-e"; "mexic-ano", "brasil-eño", "irland-és", "canad-iense", "suec-o".
   */
  static List<String> demonymEndings(Lang lang) {
    return switch (lang) {
      case EN -> List.of("an", "ian", "ean", "ish", "ese", "egian", "ans", "ians", "eans", "egians");
      case FR -> List.of("ien", "iens", "ienne", "iennes", "ain", "ains", "aine", "aines", "ais", "aise", "aises",
          "ois", "oise", "oises", "e", "es");
      case ES -> List.of("ano", "anos", "ana", "anas", "eno", "enos", "ena", "enas", "es", "esa", "eses", "esas",
          "ense", "enses", "iense", "ienses", "o", "os", "a", "as");
    };
  }

  /**
   * The ending of the plural of a people's noun that is the name's stem without an ending of its
   * own, in a language that makes one: English "Slovak-s", "Croat-s", "Swede-s". French and Spanish
   * have none beside their {@link #demonymEndings}, which hold their people's plurals already
   * ("slovaqu-es", "eslovac-os"). Read only after a stem of at least {@value #MIN_PEOPLES_NOUN}
   * letters cut from a one-word name (not an adjective, an acronym or a name of several words run
   * together) and shorter than it ({@link #peoplesNounKeys}); not an ending of the adjectives
   * listed as aliases ({@link NameKey#demonym}: "Hellas" is a name).
   */
  static Optional<String> peoplesPlural(Lang lang) {
    return switch (lang) {
      case EN -> Optional.of("s");
      case FR, ES -> Optional.empty();
    };
  }

  /** The fewest letters of the stem before a {@link #peoplesPlural}. */
  static final int MIN_PEOPLES_NOUN = 5;

  /** Every language's {@link #demonymEndings}: a question word's language is not known here. */
  static final List<String> DEMONYM_ENDINGS = allDemonymEndings();

  private static List<String> allDemonymEndings() {
    Set<String> all = new LinkedHashSet<>();
    for (Lang lang : LANGS) {
      all.addAll(demonymEndings(lang));
    }
    return List.copyOf(all);
  }

  /** Words of public life, which a name beside them does not make everyday. */
  private static final Set<String> POLICY = PolicyWords.all();

  /**
   * Per language, the words of one's own private life ({@link PolicyWords#ownLife}, {@link
   * PolicyWords#kin}, {@link PolicyWords#elders}) and its pastimes ({@link PolicyWords#pastimes}):
   * a country named beside one of them, with no word of public life or of this bot's questions, is
   * the place of that life ({@link #settingOfPrivateLife}).
   */
  private static final Map<Lang, Set<String>> PRIVATE_LIFE = privateLife();

  /** Per language, the phrases a speaker says where he lives or comes from with ({@link PolicyWords#dwelling}), read by {@link #askersHome}. */
  private static final Map<Lang, List<List<String>>> DWELLING = dwelling();

  private static Map<Lang, List<List<String>>> dwelling() {
    Map<Lang, List<List<String>>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, PolicyWords.dwelling(lang));
    }
    return out;
  }

  /** The nouns of a party a state sends, in every language ({@link PolicyWords#delegations}), read by {@link #sentBy}. */
  private static final Set<String> DELEGATIONS = PolicyWords.everyLanguage(PolicyWords::delegations);

  /** The nouns of one person a state sends to speak for it, in every language ({@link PolicyWords#envoys}), read by {@link #sentBy} past "of". */
  private static final Set<String> ENVOYS = PolicyWords.everyLanguage(PolicyWords::envoys);

  /** The prepositions of belonging, in every language ({@link PolicyWords#belonging}). */
  private static final Set<String> OF = PolicyWords.everyLanguage(PolicyWords::belonging);

  /** Per language, the verbs of a pledger's promise or offer ({@link PolicyWords#pledging}), read by {@link #askedWhatTheyPledged}. */
  private static final Map<Lang, Set<String>> PLEDGING = perLanguage(PolicyWords::pledging);

  /** The nouns of a firm in each language ({@link PolicyWords#firms}), read by {@link #firmsNationality}. */
  private static final Map<Lang, Set<String>> FIRMS = perLanguage(PolicyWords::firms);

  /** The nouns that hold up a state's way as a lesson, in every language ({@link PolicyWords#lessons}), read by {@link #heldUp}. */
  private static final Set<String> LESSONS = PolicyWords.everyLanguage(PolicyWords::lessons);

  /** The nouns of a state's part or share in a joint work, in every language ({@link PolicyWords#shares}), read by {@link #heldUp}. */
  private static final Set<String> SHARES = PolicyWords.everyLanguage(PolicyWords::shares);
  /**
   * The benefits only the state pays named by one word ({@link PolicyWords#stateBenefits}: "rsa",
   * "apl"): where the question's reading took one as naming its theme ({@link QuestionCompiler#claimed},
   * {@link Question#themeWords}), an acronym of a pledger spelt so is that benefit, no name.
   */
  private static final Set<String> BENEFITS = PolicyWords.everyLanguage(PolicyWords::stateBenefits);
  /** The verbs asking what a thing holds, in every language ({@link PolicyWords#consisting}), read by {@link #onlyAsked} after a lesson or a share. */
  private static final Set<String> CONSISTING = PolicyWords.everyLanguage(PolicyWords::consisting);

  /**
   * The definite article's contractions with the preposition of belonging, in every language
   * ({@link PolicyWords#belonging} among {@link PolicyWords#definite}: "du", "del"), which open a
   * phrase as an article does, read by {@link #heldUp}.
   */
  private static final Set<String> CONTRACTED_ARTICLES = PolicyWords.everyLanguage(l -> {
    Set<String> out = new HashSet<>(PolicyWords.belonging(l));
    out.retainAll(PolicyWords.definite(l));
    return WordSet.copyOf(out);
  });

  /**
   * The verbs of taking a body on as a funder, a partner or a guest, in every language ({@link
   * PolicyWords#engaging}), read by {@link #engaged} on either side of a name.
   */
  private static final Set<String> ENGAGING = PolicyWords.everyLanguage(PolicyWords::engaging);

  /** {@link #ENGAGING} and the nouns of such a body taken on ({@link PolicyWords#engagements}), read before a name. */
  private static final Set<String> ENGAGING_BEFORE = PolicyWords.union(ENGAGING,
      PolicyWords.everyLanguage(PolicyWords::engagements));

  /**
   * What {@link #engaged} passes between a word of {@link #ENGAGING} and the name after it: the
   * articles, the prepositions of belonging and of company ({@link PolicyWords#company}) and the nouns
   * of a body's offices ({@link PolicyWords#desks}: "the X office", "le bureau du X").
   */
  private static final Set<String> TOWARD_ENGAGED = PolicyWords.union(
      PolicyWords.everyLanguage(PolicyWords::articles), OF, PolicyWords.everyLanguage(PolicyWords::company),
      PolicyWords.everyLanguage(PolicyWords::desks));

  /** The nouns of a visit or a mission, in every language ({@link PolicyWords#visits}), read by {@link #sentBy}. */
  private static final Set<String> VISITS = PolicyWords.everyLanguage(PolicyWords::visits);

  /** The nouns that make a visit one of work or learning, in every language ({@link PolicyWords#visitPurposes}). */
  private static final Set<String> PURPOSES = PolicyWords.everyLanguage(PolicyWords::visitPurposes);

  private static Map<Lang, Set<String>> privateLife() {
    Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, PolicyWords.union(PolicyWords.ownLife(lang), PolicyWords.kin(lang), PolicyWords.elders(lang),
          PolicyWords.pastimes(lang)));
    }
    return out;
  }

  /**
   * The offices and institutions of public power in every language ({@link PolicyWords#offices}: a
   * treasury, a parliament, a contraloría): no policy words, so they put no question on topic, but a
   * people's adjective beside one names the state whose office it is ({@link #domain}). A word that
   * is as often an everyday thing in any language ({@link PolicyWords#homonyms}: a treasure, a tennis
   * court, an estate, "police" a font in French) is not among them: the question's language is not
   * known here.
   */
  private static final Set<String> OFFICES = offices();

  /** The offices that speak for a state, in every language ({@link PolicyWords#chanceries}), read as offices by {@link #askedAbout} only. */
  private static final Set<String> CHANCERIES = PolicyWords.everyLanguage(PolicyWords::chanceries);

  private static Set<String> offices() {
    return PolicyWords.minus(PolicyWords.everyLanguage(PolicyWords::offices),
        PolicyWords.everyLanguage(PolicyWords::homonyms));
  }

  /**
   * The offices of public power whose word is as often an everyday thing ({@link
   * PolicyWords#homonyms}: a treasure, an estate, a party) and the prerogatives of the state ({@link
   * PolicyWords#prerogatives}: revenue, customs), in every language: beside a people's adjective
   * they name its state only as typed with a capital ({@link #institutionTyped}).
   */
  private static final Set<String> TYPED_OFFICES = PolicyWords.union(
      PolicyWords.everyLanguage(PolicyWords::homonyms), PolicyWords.everyLanguage(PolicyWords::prerogatives));

  /**
   * Words of a language's question filler ({@link LanguagePack#filler}) that are courtesy or praise,
   * folded: they say nothing of the thing a people's adjective beside them qualifies (a "finest"
   * or a "please" beside the dish or the book it names), so {@link #qualifies} looks past them.
   */
  static Set<String> courtesy(Lang lang) {
    return switch (lang) {
      case EN -> Set.of("please", "thanks", "thank", "hello", "hi", "best", "good", "great", "really", "just");
      case FR -> Set.of("merci", "svp", "stp", "plait", "bonjour");
      case ES -> Set.of("favor", "gracias", "hola");
    };
  }

  /**
   * The words with which a speaker of a language takes back the name just said for the one said
   * next, folded: "i mean", "sorry"; "pardon", "non pardon", "je veux dire"; "digo", "perdón",
   * "mejor dicho" ({@link #takenBack}).
   */
  static List<List<String>> corrections(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("i", "mean"), List.of("i", "meant"), List.of("sorry"), List.of("no", "sorry"));
      case FR -> List.of(List.of("pardon"), List.of("non", "pardon"), List.of("je", "veux", "dire"));
      case ES -> List.of(List.of("digo"), List.of("perdon"), List.of("no", "perdon"), List.of("mejor", "dicho"));
    };
  }

  /**
   * The pledgers named only right before words of {@link #corrections} of the question's language
   * with another pledger named right after them (an article between allowed): "Costa Rica digo
   * Panamá", "le Chili non pardon le Pérou". The speaker took the first name back.
   */
  private static Set<String> takenBack(Question q, Map<String, Boolean> out, Map<String, Set<Integer>> where) {
    if (where.size() < 2) {
      return Set.of();
    }
    List<String> tokens = q.surface();
    Set<String> taken = new HashSet<>();
    for (Map.Entry<String, Set<Integer>> e : where.entrySet()) {
      if (!out.containsKey(e.getKey()) || e.getValue().isEmpty()) {
        continue;
      }
      int after = Collections.max(e.getValue()) + 1;
      for (List<String> words : corrections(q.lang())) {
        int next = after + words.size();
        if (next > tokens.size() || !tokens.subList(after, next).equals(words)) {
          continue;
        }
        if (next < tokens.size() && NameKey.ARTICLES.contains(tokens.get(next))) {
          next++;
        }
        int said = next;
        if (where.entrySet().stream().anyMatch(o -> !o.getKey().equals(e.getKey()) && out.containsKey(o.getKey())
            && o.getValue().contains(said))) {
          taken.add(e.getKey());
        }
      }
    }
    return taken;
  }

  /**
   * Every language's verbs that tell what a subject is or does and nothing of it ({@link
   * PolicyWords#copulas}, {@link PolicyWords#handling}: "are", "sont", "font", "hacen"): some are
   * words of this bot's questions ("que font les Norvégiens"), but beside a people told of in plain
   * talk they are the predicate's verb, so {@link #qualifies} looks past them to the word that tells
   * what the people are or do.
   */
  private static final Set<String> PREDICATE_VERBS = PolicyWords.union(
      PolicyWords.everyLanguage(PolicyWords::copulas), PolicyWords.everyLanguage(PolicyWords::handling));

  /** Every language's {@link #courtesy}: a question word's language is not known here. */
  private static final Set<String> COURTESY = PolicyWords.everyLanguage(NameIndex::courtesy);

  /**
   * The verbs of a language's question filler ({@link LanguagePack#filler}: "pledge", "offer",
   * "propose", "ofrece") in the forms the filler lacks, folded: the past, participle and infinitive
   * with which a question reports or asks what a pledger did ("what have the Finns promised",
   * "qu'ont promis les Norvégiens", "qué ofreció el pnud"). Beside a name they are a word of this
   * bot's questions as the filler is ({@link #qualifies}); the filler itself, which the text fields
   * drop too, is left as it is (French pledge texts say what each pledger "a promis"). The
   * imperfect of promising, offering and proposing is told as the past is ("proposait", "ofrecía").
   */
  static Set<String> reported(Lang lang) {
    return switch (lang) {
      case EN -> Set.of("promise", "promises", "promised", "offered", "propose", "proposes", "proposed",
          "commit", "commits", "committed", "provided", "shared", "gave", "given");
      case FR -> Set.of("promis", "promise", "promises", "promet", "promettent", "promettre", "offert", "offerts",
          "offerte", "offrir", "proposes", "proposer", "soutenu", "fourni", "fournir",
          "promettait", "promettaient", "offrait", "offraient", "proposait", "proposaient");
      case ES -> Set.of("prometieron", "prometer", "promete", "prometen", "prometido", "prometida",
          "ofrecio", "ofrecieron", "ofrecer", "ofrecido", "ofrecida", "propuso", "propusieron", "proponer",
          "propuesto", "ayudo", "ayudaron", "apoyaron", "compartio", "compartieron", "dio", "dieron", "hicieron",
          "prometia", "prometian", "ofrecia", "ofrecian", "proponia", "proponian");
    };
  }

  /**
   * The filler of every language's questions ({@link LanguagePack#filler}), its {@link #reported}
   * forms and the forms of reaching a body it lacks ({@link PolicyWords#reaching}).
   */
  private static final Set<String> FILLER = PolicyWords.union(
      PolicyWords.everyLanguage(l -> LanguagePack.of(l).filler()), PolicyWords.everyLanguage(NameIndex::reported),
      PolicyWords.everyLanguage(PolicyWords::reaching));

  /**
   * The verbs that ask a peer to pass on how it did a thing, in every language ({@link
   * PolicyWords#passingOn}: "enseñar", "expliquer"), read by {@link #passedOn} only: beside a name
   * they ask this bot as its filler does, unless what they pass on is an everyday thing.
   */
  private static final Set<String> PASSING_ON = PolicyWords.everyLanguage(PolicyWords::passingOn);

  /** Per language, the pronouns that stand only before a verb ({@link PolicyWords#proclitics}), read by {@link #afterProclitic}. */
  private static final Map<Lang, Set<String>> PROCLITICS = perLanguage(PolicyWords::proclitics);
  /**
   * The names of the world's languages (ISO 639) of one word, as the JDK's locale data (CLDR) writes
   * them in each language, folded: "dutch", "neerlandais", "sueco". A country's alias spelt as one
   * ("Dutch", which no people's ending tells) may stand for the language ({@link #namesTongue}).
   */
  private static final Set<String> TONGUE_NAMES = tongueNames();

  private static Set<String> tongueNames() {
    Set<String> out = new HashSet<>();
    for (Lang lang : Lang.values()) {
      Locale in = Locale.forLanguageTag(lang.code());
      for (String code : Locale.getISOLanguages()) {
        String name = Folding.words(Locale.forLanguageTag(code).getDisplayLanguage(in));
        if (!name.isEmpty() && name.indexOf(' ') < 0) {
          out.add(name);
        }
      }
    }
    return WordSet.copyOf(out);
  }

  /** Per language, the words whose complement is a language ({@link PolicyWords#tongueUse}), read by {@link #namesTongue}. */
  private static final Map<Lang, Set<String>> TONGUE_USE = perLanguage(PolicyWords::tongueUse);
  /** Per language, the function words between such a word and its language ({@link PolicyWords#tongueLinks}). */
  private static final Map<Lang, Set<String>> TONGUE_LINKS = perLanguage(PolicyWords::tongueLinks);
  /** Per language, the prepositions of the language a thing is in ({@link PolicyWords#intoTongue}). */
  private static final Map<Lang, Set<String>> INTO_TONGUE = perLanguage(PolicyWords::intoTongue);
  /** Per language, the verbs of taking on a commitment ({@link PolicyWords#undertaking}). */
  private static final Map<Lang, Set<String>> UNDERTAKING = perLanguage(PolicyWords::undertaking);
  /** Per language, the nouns of what they take on ({@link PolicyWords#undertaken}). */
  private static final Map<Lang, Set<String>> UNDERTAKEN = perLanguage(PolicyWords::undertaken);
  /** How many tokens apart a verb of taking on and its commitment's noun are read together: a determiner, a name or an auxiliary may stand between. */
  private static final int UNDERTAKING_SPAN = 3;
  /** Per language, the verbs of talking with someone or meeting them ({@link PolicyWords#talking}), read by {@link #asksOfPointed}. */
  private static final Map<Lang, Set<String>> TALKING = perLanguage(PolicyWords::talking);
  /** Per language, a people's own state after a possessive ({@link PolicyWords#ownState}), read by {@link #governedBy}. */
  private static final Map<Lang, Set<String>> OWN_STATE = perLanguage(PolicyWords::ownState);
  /** Per language, the possessives of a third person or thing ({@link PolicyWords#theirs}, {@link PolicyWords#thirdPossessives}). */
  private static final Map<Lang, Set<String>> THIRD_OWNERS = perLanguage(
      lang -> PolicyWords.union(PolicyWords.theirs(lang), PolicyWords.thirdPossessives(lang)));
  /** Per language, the auxiliaries a question puts before its subject ({@link PolicyWords#subjectAuxiliaries}). */
  private static final Map<Lang, Set<String>> SUBJECT_AUXILIARIES = perLanguage(PolicyWords::subjectAuxiliaries);

  /** Per language, the words {@code words} lists (one list looked up per language). */
  static Map<Lang, Set<String>> perLanguage(Function<Lang, Set<String>> words) {
    Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      out.put(lang, words.apply(lang));
    }
    return out;
  }

  private final Map<String, List<NameKey>> byFirstToken;
  /**
   * The distinct lengths of the keys starting with each token, ascending: a question word is looked
   * up as the start of a key of each length in {@link #byJoined}, so a first word that thousands of
   * pledgers' names share costs the keys that can match there, not a comparison with each.
   */
  private final Map<String, int[]> lengths;
  private final Map<String, List<NameKey>> byJoined;
  /** {@link #clippedName} of each key asked, kept: a few keys, each asked only of a plural word. */
  private final Map<NameKey, Boolean> clipped = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The hashes of {@link #byJoined}'s texts as bits ({@link String#hashCode} modulo the bits'
   * count): two question words are run together into a string to look up only when the hash of
   * the two together has its bit set ({@link #mayBeJoined}), which most pairs of words have not.
   * Never misses a text; a change sets the bits of the texts it adds and leaves the others, or
   * makes them again from every text when the texts outgrow them (eight bits a text at least).
   */
  private final long[] joinedHashes;
  /** The texts of {@link #byJoined} a typo may be of ({@link #typoable}). */
  private final Vocabulary joined;
  /**
   * Keys by each stem a demonym may be made of: their words run together ("costarica"), less at most
   * {@value #MAX_DEMONYM_DROP} last letters, at least {@value #MIN_DEMONYM_BASE} letters kept
   * ("swed", "swede", "sweden"). A question word is looked up by its stem before each ending it has,
   * so it costs the names it could be the adjective of, not every name sharing its first letters.
   */
  private final Map<String, List<NameKey>> byStem;
  /** The stems of {@link #byStem}, for a mistyped adjective ({@link #mistypedDemonymOf}). */
  private final Vocabulary stemWords;
  /** Keys of two or more content words by each of them, for names written in another order. */
  private final Map<String, List<NameKey>> byContent;
  /** Keys by each text of theirs with the one letter lost that {@link Edits}' rule cannot see ({@link #lostLetters}). */
  private final Map<String, List<NameKey>> byLostLetter;
  /** Content words that the keys of two or more pledgers hold ("bank", "groupe"): generic. */
  private final Set<String> shared;
  /** How many distinct keys start with each letter: a cheap reject when few pledgers are indexed (alert matching). */
  private final Map<Character, Integer> initials;
  private final String firstLetters;
  private final Analysis analysis;

  /** The most words whose people's reading {@link #nameVotes} keeps per index (a few MB). */
  static final int MAX_KEPT_VOTES = 50_000;

  /**
   * {@link #demonym} per question word (or two words run together): a function of the word and of
   * this index alone, which never changes (a change makes another index), asked of every
   * question's words while its language is read and its names are; kept, as questions keep using
   * the same words. A run of words' typo reading needs no memo of its own: the names near it are
   * {@link #joined}'s memo, looked up once per question for the votes and the match ({@link
   * Reading#nearRun}).
   */
  private final Memo<String, Demonym> demonyms = new Memo<>(MAX_KEPT_VOTES);

  /** The most saved questions whose reading {@link #match(SavedQuery)} keeps per index: as many as alerts compile. */
  static final int MAX_KEPT_READINGS = 500_000;

  /**
   * {@link #match(Question)} per saved question (by identity: alerts compile each once and keep it),
   * for alert matching: every new pledge a sync brings in is judged against this index, which
   * never changes, so a question read for the first is read for the others. A change makes another
   * index, which reads every question afresh.
   */
  private final Memo<SavedQuery, Map<String, Boolean>> readings = new Memo<>(MAX_KEPT_READINGS);

  NameIndex(Analysis analysis, Collection<NameKey> keys) {
    this.analysis = analysis;
    this.byFirstToken = new HashMap<>();
    this.byJoined = new HashMap<>();
    for (NameKey key : keys) {
      byFirstToken.computeIfAbsent(key.tokens().get(0), k -> new ArrayList<>()).add(key);
      byJoined.computeIfAbsent(key.joined(), k -> new ArrayList<>()).add(key);
    }
    this.lengths = new HashMap<>();
    byFirstToken.forEach((token, list) -> lengths.put(token, lengths(list)));
    this.joined = new Vocabulary(byJoined.keySet().stream().filter(t -> typoable(byJoined.get(t))).toList());
    this.initials = new HashMap<>();
    byJoined.keySet().forEach(k -> initials.merge(k.charAt(0), 1, Integer::sum));
    this.firstLetters = letters(initials);
    this.joinedHashes = hashBits(byJoined.keySet());
    // built in the order of the whole-name map, as the lookups they replace were
    this.byStem = new HashMap<>();
    this.byContent = new HashMap<>();
    this.byLostLetter = new HashMap<>();
    byJoined.values().forEach(list -> list.forEach(key -> {
      stems(key).forEach(s -> byStem.computeIfAbsent(s, x -> new ArrayList<>()).add(key));
      contentWords(key).forEach(w -> byContent.computeIfAbsent(w, x -> new ArrayList<>()).add(key));
      lostLetters(key).forEach(t -> byLostLetter.computeIfAbsent(t, x -> new ArrayList<>()).add(key));
    }));
    this.stemWords = new Vocabulary(byStem.keySet());
    this.shared = new HashSet<>();
    byContent.forEach((w, list) -> {
      if (severalPledgers(list)) {
        shared.add(w);
      }
    });
  }

  private NameIndex(Analysis analysis, Map<String, List<NameKey>> byFirstToken, Map<String, int[]> lengths,
      Map<String, List<NameKey>> byJoined, Vocabulary joined, Map<String, List<NameKey>> byStem, Vocabulary stemWords,
      Map<String, List<NameKey>> byContent, Map<String, List<NameKey>> byLostLetter, Set<String> shared,
      Map<Character, Integer> initials, long[] joinedHashes) {
    this.analysis = analysis;
    this.byLostLetter = byLostLetter;
    this.byFirstToken = byFirstToken;
    this.lengths = lengths;
    this.byJoined = byJoined;
    this.joined = joined;
    this.byStem = byStem;
    this.stemWords = stemWords;
    this.byContent = byContent;
    this.shared = shared;
    this.initials = initials;
    this.firstLetters = letters(initials);
    this.joinedHashes = joinedHashes;
  }

  /** {@link #joinedHashes} for these texts: eight to sixteen bits per text, at least 64. */
  private static long[] hashBits(Collection<String> texts) {
    long[] bits = new long[Integer.highestOneBit(Math.max(1, texts.size() / 8) * 2 - 1)];
    texts.forEach(t -> setHash(bits, t.hashCode()));
    return bits;
  }

  private static void setHash(long[] bits, int hash) {
    int bit = hash & (bits.length * Long.SIZE - 1);
    bits[bit >>> 6] |= 1L << bit;
  }

  /**
   * Whether {@code first} and {@code second} run together may be a text of {@link #byJoined}: the
   * bit of their {@link String#hashCode} (that of {@code first} carried on over {@code second}'s
   * characters, as {@code (first + second).hashCode()} is) is set in {@link #joinedHashes}.
   */
  boolean mayBeJoined(String first, String second) {
    int hash = first.hashCode();
    for (int k = 0; k < second.length(); k++) {
      hash = 31 * hash + second.charAt(k);
    }
    int bit = hash & (joinedHashes.length * Long.SIZE - 1);
    return (joinedHashes[bit >>> 6] & 1L << bit) != 0;
  }

  /** The words by which {@link #byContent} lists a key: its distinct content words, when it has two or more. */
  private static List<String> contentWords(NameKey key) {
    return key.content().size() >= 2 ? key.content().stream().distinct().toList() : List.of();
  }

  /**
   * The texts of a key with one letter lost where {@link Edits}' rule of typos cannot see it: its
   * first letter, which that rule keeps ("xfam", "orld bank"), and any letter of a one-word name of
   * the fewest letters a typo is read in, which would leave a word too short for one ("Itly"). Only
   * of a key a typo may be of ({@link #typoable}); never of a people's word nor of letters spelt.
   */
  private static List<String> lostLetters(NameKey key) {
    String text = key.joined();
    if (key.derived() || key.demonym() || key.acronym() || letters(key) || text.length() < Edits.MIN_LENGTH_ONE_EDIT
        || !Character.isLetter(text.charAt(1))) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(text.substring(1)));
    if (key.tokens().size() == 1 && text.length() == Edits.MIN_LENGTH_ONE_EDIT) {
      for (int k = 1; k < text.length(); k++) {
        out.add(text.substring(0, k) + text.substring(k + 1));
      }
    }
    return out;
  }

  /**
   * Whether a typo of this text may be one of these keys (one text): unless every key of it is
   * {@link NameKey#derived} (written by rule), found as written only.
   */
  private static boolean typoable(List<NameKey> keys) {
    return keys.stream().anyMatch(k -> !k.derived());
  }

  /** Whether the keys are of two pledgers or more. */
  private static boolean severalPledgers(List<NameKey> keys) {
    for (NameKey key : keys) {
      if (!key.id().equals(keys.get(0).id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stems by which {@link #byStem} lists a key, longest first; none for a name written by rule
   * ({@link NameKey#derived}), of which no people's adjective is made ("transparenci-a" is no
   * adjective of "transparencia intl").
   */
  private static List<String> stems(NameKey key) {
    if (key.derived()) {
      return List.of();
    }
    String solid = key.solid();
    List<String> out = new ArrayList<>(MAX_DEMONYM_DROP + 1);
    for (int drop = 0; drop <= MAX_DEMONYM_DROP && solid.length() - drop >= MIN_DEMONYM_BASE; drop++) {
      out.add(solid.substring(0, solid.length() - drop));
    }
    return out;
  }

  /**
   * The names a question word is the people's adjective of: the word is a name's first letters,
   * its words run together (all but at most {@value #MAX_DEMONYM_DROP} of them, at least {@value
   * #MIN_DEMONYM_BASE}), followed by a demonym ending: "swed-ish", "costaric-ien". Neither a name
   * itself (also with its words run together: "sierraleone" is no "sierraleon-e") nor a name that
   * is also a common word.
   */
  List<NameKey> demonymOf(String word) {
    return demonym(word).keys();
  }

  /**
   * What a question word is as a people's word: the names it is the adjective (or the people's
   * noun) of ({@link #demonymOf}) and the languages whose endings make it ({@link #demonymLangs}).
   * One reading for the language's votes and for the names (kept, {@link #demonyms}).
   */
  record Demonym(List<NameKey> keys, int langs) {
    static final Demonym NONE = new Demonym(List.of(), 0);
  }

  /** {@link Demonym} of a word, kept. */
  Demonym demonym(String word) {
    Demonym kept = demonyms.get(word);
    return kept != null ? kept : demonyms.keep(word, demonymOfWord(word));
  }

  /**
   * {@link #demonym}, worked out: its keys each once, in the order the endings, the peoples'
   * nouns and then the plural find them; a language's bit when one of its endings or its peoples'
   * plural finds a key. Each ending's keys are looked up once, however many languages share it.
   */
  private Demonym demonymOfWord(String word) {
    if (word.length() <= MIN_DEMONYM_BASE || isName(word)) {
      return Demonym.NONE;
    }
    Set<NameKey> out = new LinkedHashSet<>();
    Set<String> endings = new HashSet<>();
    for (String ending : DEMONYM_ENDINGS) {
      List<NameKey> keys = demonymKeys(word, ending);
      if (!keys.isEmpty()) {
        out.addAll(keys);
        endings.add(ending);
      }
    }
    int langs = 0;
    for (Lang lang : LANGS) {
      List<NameKey> nouns = peoplesNounKeys(word, lang);
      out.addAll(nouns);
      if (!nouns.isEmpty() || demonymEndings(lang).stream().anyMatch(endings::contains)) {
        langs |= 1 << lang.ordinal();
      }
    }
    out.addAll(pluralOfListed(word));
    return out.isEmpty() && langs == 0 ? Demonym.NONE : new Demonym(List.copyOf(out), langs);
  }

  /**
   * The listed people's words ({@link NameKey#demonym}) {@code word} is the plural of, an "s" added
   * ("Greeks", "grecs", "británicos"), or "es" after a consonant ("chapines"). Only of a listed one, whose plural no ending rule makes ("grec"
   * is its own stem); a name's stem plus "s" is no adjective ("panamas").
   */
  private List<NameKey> pluralOfListed(String word) {
    if (!word.endsWith("s")) {
      return List.of();
    }
    List<NameKey> keys = byJoined.getOrDefault(word.substring(0, word.length() - 1), List.of());
    // a Spanish people's word ending in a consonant takes "es" ("chapines", "neerlandeses")
    if (keys.isEmpty() && word.endsWith("es") && word.length() > 4 && "aeiou".indexOf(word.charAt(word.length() - 3)) < 0) {
      keys = byJoined.getOrDefault(word.substring(0, word.length() - 2), List.of()).stream().filter(NameKey::demonym).toList();
    }
    if (keys.stream().anyMatch(NameKey::demonym)) {
      return keys.stream().filter(NameKey::demonym).toList();
    }
    return keys.stream().filter(this::clippedName).toList();
  }

  /**
   * Whether an English one-word alias of a country is its people's word made by clipping the end
   * of its name, which no ending tells ({@link NameKey#demonym} keeps those as names): shorter
   * than one of the country's one-word names and its letters but the last two ("Greek" of
   * "Greece"). Read only for its plural ({@link #pluralOfListed}: "the Greeks"); the singular stays
   * a name, as before. A place's other name ("Hellas", "Holland") clips none.
   */
  private boolean clippedName(NameKey key) {
    return clipped.computeIfAbsent(key, this::clipsName);
  }

  /** {@link #clippedName}, worked out once per key. */
  private boolean clipsName(NameKey key) {
    if (!key.place() || key.demonym() || key.acronym() || key.derived() || key.tokens().size() != 1
        || !key.langs().contains(Lang.EN)) {
      return false;
    }
    String alias = key.joined();
    for (List<NameKey> list : byJoined.values()) { // once per key, kept ({@link #clipped})
      for (NameKey name : list) {
        String n = name.joined();
        if (name.id().equals(key.id()) && name.tokens().size() == 1 && !name.demonym() && !name.derived()
            && n.length() > alias.length() && n.length() >= MIN_PEOPLES_NOUN + 1
            && alias.startsWith(n.substring(0, n.length() - 2))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code word} is the plural of this listed people's word ({@link #pluralOfListed}): "grecs", "guatémaltèques", "chapines". */
  private boolean listedPlural(String word, NameKey key) {
    return word.endsWith("s") && (byJoined.getOrDefault(word.substring(0, word.length() - 1), List.of()).contains(key)
        || word.endsWith("es") && key.demonym() && byJoined.getOrDefault(word.substring(0, word.length() - 2), List.of()).contains(key));
  }

  /**
   * Whether {@code word}, one edit from the name {@code name} (its words run together), differs from
   * it at its end only, as a people's adjective made from it by an ending does: a letter added after
   * the name that is not its last letter typed twice ("italia-n", "uruguay-o", "irlande-s"; not
   * "chilee"), its last letter changed ("noruego", "hungar-o"), or one of its last two letters left
   * out ("croat-e" of "croatie", "suec-a" of "suecia", "philippine" of "philippines"). A slip of the
   * name is any other edit: a letter added, dropped or changed inside it ("philippinees",
   * "guatamala").
   */
  static boolean endChanged(String word, String name) {
    int n = name.length();
    if (word.length() == n + 1) {
      return word.startsWith(name) && word.charAt(n) != name.charAt(n - 1);
    }
    if (word.length() == n) {
      return !word.equals(name) && word.regionMatches(0, name, 0, n - 1);
    }
    if (word.length() == n - 1 && n >= 2) {
      return name.startsWith(word) || word.regionMatches(0, name, 0, n - 2) && word.charAt(n - 2) == name.charAt(n - 1);
    }
    return false;
  }

  /**
   * Whether {@code word}, which {@link #demonymOf} reads as a people's adjective of this key (its
   * letters, the words of a name of two run together: "costarican"), is that adjective rather than
   * a slip of the name: more than one edit from the name ("sierraleonean"), or one edit at its end
   * only ({@link #endChanged}: "italian", "croate", "costarican").
   */
  private static boolean adjectiveOf(String word, NameKey key) {
    return !Edits.within(word, key.solid(), 1) || endChanged(word, key.solid());
  }

  /** Whether {@code word} is the name with only its last letter changed: "noruego" of "Noruega". */
  private static boolean genderOf(String word, NameKey key) {
    String name = key.joined();
    return word.length() == name.length() && word.regionMatches(0, name, 0, name.length() - 1);
  }

  /**
   * The names a question word is the people's adjective of, mistyped: before one of its endings,
   * a typo of a stem ({@link Vocabulary#near}: "brazill-ian", "columbi-an", "sweed-ish",
   * "costarric-ense"), at least {@link Edits#MIN_LENGTH_ONE_EDIT} letters, so never a short word.
   * Asked only of a word that {@link #demonymOf} reads as none and no everyday word.
   */
  List<NameKey> mistypedDemonymOf(String word) {
    Set<NameKey> out = new LinkedHashSet<>();
    for (String ending : DEMONYM_ENDINGS) {
      int base = word.length() - ending.length();
      if (base >= Edits.MIN_LENGTH_ONE_EDIT && word.endsWith(ending)) {
        for (String stem : stemWords.near(word.substring(0, base))) {
          for (NameKey key : byStem.get(stem)) {
            if (!commonWord(key)) {
              out.add(key);
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code word} is a name as written or with its words run together ("southafrica", "sierraleone"). */
  private boolean isName(String word) {
    if (byJoined.containsKey(word)) {
      return true;
    }
    for (NameKey key : byStem.getOrDefault(word, List.of())) {
      if (key.tokens().size() > 1 && key.solid().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The names {@code word} is the people's adjective of with this ending ({@link #demonymOf}), the word not a name. */
  private List<NameKey> demonymKeys(String word, String ending) {
    int base = word.length() - ending.length();
    if (base < MIN_DEMONYM_BASE || !word.endsWith(ending)) {
      return List.of();
    }
    List<NameKey> keys = byStem.getOrDefault(word.substring(0, base), List.of());
    return keys.stream().anyMatch(this::commonWord) ? keys.stream().filter(k -> !commonWord(k)).toList() : keys;
  }

  /**
   * The names {@code word} is the plural of a people's noun of in {@code lang} ({@link
   * #peoplesPlural}): the stem before the ending, of at least {@value #MIN_PEOPLES_NOUN} letters, is a
   * one-word name cut short: the name itself plus "s" is a thing named after the place ("panamas",
   * "chiles"), a shorter stem plus "s" an everyday word ("bras-s", "hell-s"), as is one of a name of
   * several words ("article-s" of "Article 19").
   */
  private List<NameKey> peoplesNounKeys(String word, Lang lang) {
    Optional<String> ending = peoplesPlural(lang);
    if (ending.isEmpty() || !word.endsWith(ending.get())) {
      return List.of();
    }
    String stem = word.substring(0, word.length() - ending.get().length());
    if (stem.length() < MIN_PEOPLES_NOUN) {
      return List.of();
    }
    return byStem.getOrDefault(stem, List.of()).stream().filter(k -> k.tokens().size() == 1 && !k.demonym()
        && !k.acronym() && !commonWord(k) && k.solid().length() > stem.length()).toList();
  }

  /**
   * The languages, as a bit per {@link Lang#ordinal()}, whose people's adjectives end as {@code word}
   * does when it is one ({@link #demonymOf}): "finland-ais" is French, "canad-iense" Spanish, "swed-ish"
   * English, whichever language's name the stem comes from; 0 when it is none.
   */
  int demonymLangs(String word) {
    return demonym(word).langs();
  }

  /**
   * This index with the {@code removed} keys out and the {@code added} ones in. Only the lists and
   * entries of the changed keys' words, names and stems are copied and changed; the others are
   * shared with this index, so a changed pledge costs a copy of the maps, not a rebuild from every
   * key. Keys added here come after the others in each list.
   */
  NameIndex changed(Collection<NameKey> removed, Collection<NameKey> added) {
    Edit first = new Edit(byFirstToken);
    Edit whole = new Edit(byJoined);
    Edit stem = new Edit(byStem);
    Edit content = new Edit(byContent);
    Edit lost = new Edit(byLostLetter);
    for (NameKey key : removed) {
      first.remove(key.tokens().get(0), key);
      whole.remove(key.joined(), key);
      stems(key).forEach(s -> stem.remove(s, key));
      contentWords(key).forEach(w -> content.remove(w, key));
      lostLetters(key).forEach(t -> lost.remove(t, key));
    }
    for (NameKey key : added) {
      first.add(key.tokens().get(0), key);
      whole.add(key.joined(), key);
      stems(key).forEach(s -> stem.add(s, key));
      contentWords(key).forEach(w -> content.add(w, key));
      lostLetters(key).forEach(t -> lost.add(t, key));
    }
    Map<String, List<NameKey>> firstNow = first.done();
    Map<String, int[]> lengthsNow = new HashMap<>(lengths);
    for (String token : first.touched()) {
      List<NameKey> list = firstNow.get(token);
      if (list == null) {
        lengthsNow.remove(token);
      } else {
        lengthsNow.put(token, lengths(list));
      }
    }
    Map<String, List<NameKey>> contentNow = content.done();
    Set<String> sharedNow = new HashSet<>(shared);
    for (String word : content.touched()) {
      List<NameKey> list = contentNow.get(word);
      if (list != null && severalPledgers(list)) {
        sharedNow.add(word);
      } else {
        sharedNow.remove(word);
      }
    }
    Map<String, List<NameKey>> wholeNow = whole.done();
    List<String> gone = new ArrayList<>();
    List<String> fresh = new ArrayList<>();
    Map<Character, Integer> initialsNow = new HashMap<>(initials);
    for (String text : whole.touched()) {
      boolean before = byJoined.containsKey(text);
      boolean after = wholeNow.containsKey(text);
      if (before != after) {
        initialsNow.merge(text.charAt(0), after ? 1 : -1, Integer::sum);
      }
      boolean typoBefore = before && typoable(byJoined.get(text));
      boolean typoAfter = after && typoable(wholeNow.get(text));
      if (typoBefore != typoAfter) {
        (typoAfter ? fresh : gone).add(text);
      }
    }
    initialsNow.values().removeIf(n -> n == 0);
    Map<String, List<NameKey>> stemNow = stem.done();
    List<String> stemsIn = new ArrayList<>();
    List<String> stemsOut = new ArrayList<>();
    for (String s : stem.touched()) {
      if (byStem.containsKey(s) != stemNow.containsKey(s)) {
        (stemNow.containsKey(s) ? stemsIn : stemsOut).add(s);
      }
    }
    // the texts outgrew the bits (an index filled by changes from empty): made again from them all
    long[] hashesNow = wholeNow.size() > joinedHashes.length * Long.SIZE / 8 ? hashBits(wholeNow.keySet()) : joinedHashes;
    for (NameKey key : added) {
      if (hashesNow == joinedHashes && !mayBeJoined(key.joined(), "")) {
        hashesNow = joinedHashes.clone();
      }
      if (hashesNow != joinedHashes) {
        setHash(hashesNow, key.joined().hashCode());
      }
    }
    return new NameIndex(analysis, firstNow, lengthsNow, wholeNow, joined.changed(fresh, gone), stemNow,
        stemWords.changed(stemsIn, stemsOut), contentNow, lost.done(), sharedNow, initialsNow, hashesNow);
  }

  /**
   * A copy of a map of lists for one change: a list is copied the first time the change touches it,
   * so the lists of untouched entries stay shared with the index they came from, which never sees
   * them change.
   */
  private static final class Edit {
    private final Map<String, List<NameKey>> map;
    private final Set<String> touched = new LinkedHashSet<>();

    Edit(Map<String, List<NameKey>> from) {
      this.map = new HashMap<>(from);
    }

    private List<NameKey> list(String k) {
      if (touched.add(k)) {
        map.put(k, new ArrayList<>(map.getOrDefault(k, List.of())));
      }
      return map.get(k);
    }

    void add(String k, NameKey key) {
      list(k).add(key);
    }

    void remove(String k, NameKey key) {
      list(k).removeIf(key::equals);
    }

    /** The entries whose lists this change touched. */
    Set<String> touched() {
      return touched;
    }

    /** The map, its emptied entries out. */
    Map<String, List<NameKey>> done() {
      for (String k : touched) {
        if (map.get(k).isEmpty()) {
          map.remove(k);
        }
      }
      return map;
    }
  }

  private static int[] lengths(List<NameKey> keys) {
    return keys.stream().mapToInt(k -> k.tokens().size()).distinct().sorted().toArray();
  }

  /**
   * The keys whose tokens stand in {@code tokens} from {@code i}, in the order of {@link
   * #byFirstToken} (the order keys were added), which decides the order of {@link #match}'s names.
   */
  List<NameKey> startingAt(List<String> tokens, int i) {
    int[] ns = lengths.get(tokens.get(i));
    if (ns == null) {
      return List.of();
    }
    List<NameKey> found = List.of();
    int lengthsFound = 0;
    for (int n : ns) {
      if (i + n > tokens.size()) {
        break;
      }
      List<String> run = tokens.subList(i, i + n);
      List<NameKey> keys = byJoined.get(String.join(" ", run));
      if (keys != null) {
        // byJoined lists a joined text's keys in the order byFirstToken lists them
        List<NameKey> here = keys.stream().filter(k -> k.tokens().equals(run)).toList();
        if (!here.isEmpty()) {
          found = here;
          lengthsFound++;
        }
      }
    }
    if (lengthsFound <= 1) {
      return found;
    }
    // names of several lengths start here ("X", "X Y"): keep their order of addition
    List<NameKey> out = new ArrayList<>();
    for (NameKey key : byFirstToken.get(tokens.get(i))) {
      int n = key.tokens().size();
      if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(key.tokens())) {
        out.add(key);
      }
    }
    return out;
  }

  /** A {@link Reading}'s mark of a run of words that may be no name mistyped. */
  private static final String NO_RUN = new String();
  /** A {@link Reading}'s marks of a token a stopword or not. */
  private static final byte STOP = 1;
  private static final byte NOT_STOP = 2;

  /**
   * What this index looks up of one list of question tokens, per token: the keys that stand from it
   * ({@link #startingAt}), the people's word it is ({@link #demonym}), whether it is a stopword, and
   * the typo runs that start at it, each worked out the first time asked. Of one question, on one
   * thread.
   */
  final class Reading {
    private final List<String> tokens;
    private final List<?>[] starting;
    private final Demonym[] demonyms;
    private final Demonym[] pairDemonyms;
    // per run of 1 to MAX_FUZZY_WORDS words, at i * MAX_FUZZY_WORDS + n - 1: its text ({@link #typoRun},
    // NO_RUN for none) and the names' texts near it, each made the first time asked
    private final String[] runs;
    private final List<?>[] nearRuns;
    /** Per token, {@link Analysis#isStop} of it: 0 before it is asked, then {@link #STOP} or {@link #NOT_STOP}. */
    private final byte[] stops;

    private Reading(List<String> tokens) {
      this.tokens = tokens;
      this.stops = new byte[tokens.size()];
      this.starting = new List<?>[tokens.size()];
      this.demonyms = new Demonym[tokens.size()];
      this.pairDemonyms = new Demonym[tokens.size()];
      this.runs = new String[tokens.size() * MAX_FUZZY_WORDS];
      this.nearRuns = new List<?>[tokens.size() * MAX_FUZZY_WORDS];
    }

    /** {@link NameIndex#typoRun} of the {@code n} tokens from {@code i}: the text, or null when they may be no name mistyped. */
    String run(int i, int n) {
      int at = i * MAX_FUZZY_WORDS + n - 1;
      String kept = runs[at];
      if (kept == null) {
        String text = stop(i) || stop(i + n - 1) ? null : runText(tokens, i, n);
        runs[at] = kept = text == null ? NO_RUN : text;
      }
      return kept == NO_RUN ? null : kept;
    }

    /**
     * The texts of names ({@link #joined}) near the run of the {@code n} tokens from {@code i}
     * ({@link Vocabulary#near} of its {@link #run}, which is not null), looked up once for the
     * language's votes and the match both.
     */
    @SuppressWarnings("unchecked")
    List<String> nearRun(int i, int n) {
      int at = i * MAX_FUZZY_WORDS + n - 1;
      List<?> kept = nearRuns[at];
      if (kept == null) {
        nearRuns[at] = kept = joined.near(run(i, n));
      }
      return (List<String>) kept;
    }

    /**
     * Whether the token at {@code i} is a stopword ({@link Analysis#isStop}), looked up once: the
     * passes over the tokens (the votes, the match, the runs) each ask it of the same tokens.
     */
    boolean stop(int i) {
      byte kept = stops[i];
      if (kept == 0) {
        stops[i] = kept = analysis.isStop(tokens.get(i)) ? STOP : NOT_STOP;
      }
      return kept == STOP;
    }

    /** {@link NameIndex#startingAt} of the token at {@code i}. */
    @SuppressWarnings("unchecked")
    List<NameKey> startingAt(int i) {
      List<?> kept = starting[i];
      if (kept == null) {
        starting[i] = kept = NameIndex.this.startingAt(tokens, i);
      }
      return (List<NameKey>) kept;
    }

    /**
     * The names' texts near the token at {@code i} and the next one with a space between, two words
     * neither of which is a stopword ({@link #nearRun}; none when the two are too short for a typo).
     */
    List<String> nearPair(int i) {
      return run(i, 2) == null ? List.of() : nearRun(i, 2);
    }

    /** {@link NameIndex#demonym} of the token at {@code i} and the next one run together. */
    Demonym pairDemonym(int i) {
      Demonym kept = pairDemonyms[i];
      if (kept == null) {
        pairDemonyms[i] = kept = NameIndex.this.demonym(tokens.get(i) + tokens.get(i + 1));
      }
      return kept;
    }

    /** {@link NameIndex#demonym} of the token at {@code i}. */
    Demonym demonym(int i) {
      Demonym kept = demonyms[i];
      if (kept == null) {
        demonyms[i] = kept = NameIndex.this.demonym(tokens.get(i));
      }
      return kept;
    }
  }

  /**
   * The names of one question, looked up once for both who ask of them: the language detector's
   * votes ({@link #nameVotes}, given the tokens as typed) and then {@link #match} of the question
   * compiled from them. The tokens read for the votes are kept ({@link Reading}) and read again by
   * the match when the question's tokens are the same (no shorthand written out, no mention left
   * out of the language's reading); others are read afresh. Of one question, on one thread.
   */
  final class Reader implements LanguageDetector.Evidence {
    private Reading last;

    @Override
    public boolean addTo(List<String> tokens, int[] scores, boolean[] named) {
      return nameVotes(reading(tokens), scores, named);
    }

    /**
     * {@link NameIndex#shingles} of {@code tokens}, their texts those the votes made of the same
     * tokens (and the match reads again); read afresh by another analysis than this index's.
     */
    @Override
    public List<Shingle> shingles(Analysis analysis, List<String> tokens, Predicate<String> everyday) {
      if (analysis != NameIndex.this.analysis) {
        return NameIndex.shingles(analysis, tokens, everyday);
      }
      Reading reading = reading(tokens);
      return NameIndex.shingles(tokens, everyday, reading::run, reading::stop);
    }

    /** {@link NameIndex#match(Question)}, with what the votes looked up of the same tokens. */
    Map<String, Boolean> match(Question q) {
      return NameIndex.this.match(q, reading(q.surface()));
    }

    /** The reading of {@code tokens}: the last one when its tokens are the same, else a fresh one, kept. */
    Reading reading(List<String> tokens) {
      if (last == null || !last.tokens.equals(tokens)) {
        last = new Reading(tokens);
      }
      return last;
    }
  }

  /** A {@link Reader} for one question. */
  Reader reader() {
    return new Reader();
  }

  /** The letters that some key starts with. */
  private static String letters(Map<Character, Integer> initials) {
    StringBuilder letters = new StringBuilder();
    initials.keySet().forEach(letters::append);
    return letters.toString();
  }

  /** Whether a one-word key is an ordinary word too, so that it needs capitals to count. */
  boolean commonWord(NameKey key) {
    return key.tokens().size() == 1
        && (analysis.isStop(key.tokens().get(0)) || CommonWords.ALSO_NAMES.contains(key.tokens().get(0)));
  }

  /** A run of one to {@value #MAX_FUZZY_WORDS} question words that may be a mistyped name, its first word at {@code at}. */
  record Shingle(String text, int words, int at) {

    /**
     * Whether it is one word too short for a typo ({@link Edits#allowed}), a name only with a letter
     * lost ({@link #lostLetters}).
     */
    boolean belowTypo() {
      return text.length() < Edits.MIN_LENGTH_ONE_EDIT;
    }
  }

  /**
   * The runs of question words that are compared with names for typos: one to three words, not
   * starting or ending with a stopword, at least {@link Edits#MIN_LENGTH_ONE_EDIT} characters; a
   * word alone not when it is a word of everyday language ({@code everyday}), which is that word
   * as typed, not a name mistyped ("hungry" is no "Hungary").
   */
  static List<Shingle> shingles(Analysis analysis, List<String> tokens, Predicate<String> everyday) {
    return shingles(tokens, everyday, (i, n) -> typoRun(analysis, tokens, i, n), i -> analysis.isStop(tokens.get(i)));
  }

  /** The text of the run of {@code n} tokens from {@code i} ({@link #typoRun}), or null. */
  private interface Runs {
    String text(int i, int n);
  }

  /** {@link #shingles(Analysis, List, Predicate)}, each run's text from {@code runs}. */
  private static List<Shingle> shingles(List<String> tokens, Predicate<String> everyday, Runs runs, IntPredicate stop) {
    List<Shingle> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = 1; n <= MAX_FUZZY_WORDS && i + n <= tokens.size(); n++) {
        // the run's text first: most words alone that are no run (a stopword, a short word) are
        // not looked up among everyday words at all
        String text = runs.text(i, n);
        if (n == 1 && text == null && oneShort(tokens.get(i)) && !stop.test(i)) {
          text = tokens.get(i);
        }
        if (n == 1 && text != null && everyday.test(text)) {
          text = null;
        }
        if (text != null) {
          out.add(new Shingle(text, n, i));
        }
      }
    }
    return out;
  }

  /** Whether a word of letters only is one letter short of the fewest a typo is read in ({@link Shingle#belowTypo}). */
  private static boolean oneShort(String word) {
    if (word.length() != Edits.MIN_LENGTH_ONE_EDIT - 1) {
      return false;
    }
    for (int c = 0; c < word.length(); c++) {
      if (!Character.isLetter(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of the {@code n} question words from {@code i} when they may be a name mistyped: not
   * starting or ending with a stopword, at least {@link Edits#MIN_LENGTH_ONE_EDIT} characters; else
   * null. The rule of both {@link #shingles} (search's names, which leaves out an everyday word
   * alone too) and {@link #typoLangs} (the language detector's votes, which reads one too).
   */
  private static String typoRun(Analysis analysis, List<String> tokens, int i, int n) {
    if (analysis.isStop(tokens.get(i)) || analysis.isStop(tokens.get(i + n - 1))) {
      return null;
    }
    return runText(tokens, i, n);
  }

  /** {@link #typoRun} of a run whose first and last words are no stopwords. */
  private static String runText(List<String> tokens, int i, int n) {
    String text = switch (n) {
      case 1 -> tokens.get(i);
      case 2 -> tokens.get(i) + " " + tokens.get(i + 1);
      default -> String.join(" ", tokens.subList(i, i + n));
    };
    return text.length() >= Edits.MIN_LENGTH_ONE_EDIT ? text : null;
  }

  /**
   * An off-topic question naming a pledger by one word only is about that pledger while at most
   * this many of its other content words are everyday words ("Norway weather", "how do others
   * handle Norway?"); with more, the name is more likely part of an everyday phrase (a jacket, an
   * oven named after a place).
   */
  static final int MAX_EVERYDAY_BESIDE_ONE_WORD = 2;

  /** The fewest letters of an acronym typed in capitals read with two letters swapped ({@link #match}). */
  static final int MIN_SWAPPED_ACRONYM = 4;

  /**
   * The same limit for a country named by one word when the question has no evidence of any theme
   * at all, not even weak evidence ({@link Question#themes}), and the name is no acronym typed in
   * capitals: two everyday words around a place's name and nothing of public life ("panama hat
   * sizes", "a chile sauce with lime") are a thing named after the place. Weak evidence beside it
   * ("Mexico action plan", "Norway fishing quotas"), a capitalised acronym ("la BID en Amérique latine")
   * or an organisation's name still ask about the pledger, and words typed with a capital inside
   * the sentence (its capital, a region, a neighbour: "Chile Santiago meeting") are names of
   * places, not everyday words, so they are not counted against it ({@link #capitalisedInside}).
   */
  static final int MAX_EVERYDAY_BESIDE_ONE_WORD_NO_THEME = 1;

  /**
   * {@link #match(Question)} of a saved question, read once per index (kept, {@link #readings}); not
   * to be changed.
   */
  Map<String, Boolean> match(SavedQuery query) {
    Map<String, Boolean> kept = readings.get(query);
    return kept != null ? kept : readings.keep(query, Collections.unmodifiableMap(match(query.compiled())));
  }

  /**
   * The pledgers named in the question, mapped to true for an exact match and false for a typo.
   * A name matches as written ({@link #matchesAt}), as the set of its words in another order or
   * around other function words ({@link #unordered}), as a people's adjective ({@link #demonymOf}),
   * also of two words written apart ("sud-africaine") or mistyped ({@link #mistypedDemonymOf}:
   * "columbian") when the words are no typo of a name ("Chiile", "Sierra Leoe"), or a typo away. A question with no theme evidence ({@link Question#offTopic}) keeps a
   * pledger named by one word only (a one-word name, demonym or typo of one) while its other
   * content words, outside names and words of public life ({@link PolicyWords}), are at most
   * {@value #MAX_EVERYDAY_BESIDE_ONE_WORD}; an acronym typed in lower case only when there are
   * none, since it may be an ordinary word, or when the question tells one of its pledger's themes
   * ({@link #tellsTheme}); a people's adjective only alone or beside a word of
   * public life, an office of public power or a word of this bot's questions (a country's pledge, its government), since beside an
   * everyday word it qualifies a thing (a dish, a cheese, a language course). A one-word name or
   * lower-case acronym past those limits still counts when it stands as that adjective may ({@link
   * #qualifies}): a long account of a situation, then a question about what the pledger offers,
   * is everyday words around a question to this bot (its filler, or the filler's verbs as a question
   * reports what was done, {@link #reported}), where a jacket or a dish named after a place has
   * no word of public life or of this bot's questions beside the name. Several words of an
   * organisation's name together ("World Bank") always count; a country named by several words
   * ("Costa Rica", "la República de Corea") is judged as one named by one word, a place to go as
   * much. A people's adjective or noun made as written from a name by
   * an ending ("colombien", "finlandesas"), or the plural of a listed one ("guatémaltèques"), is
   * exact, as a listed alias is: beside a ministry or another theme's words it names the country
   * the user means, and leads those words' theme as the name would; so is any people's word after
   * an article (a people, "les Norvégiens"). One made from a listed adjective ("americano" from
   * "American", "america" read as its Spanish feminine), typed in capitals (an acronym: "GRECO"),
   * or mistyped, may be a continent, an acronym, a place or a thing and stays a weak reading. In an
   * off-topic question an exact reading still counts only as the rules above say. A country named
   * beside an organisation named as written, in either order, is where that one works ("Hivos in
   * Indonesia"): it stays a weak reading, so the organisation leads ({@link NameKey#place}).
   */
  Map<String, Boolean> match(Question q) {
    return match(q, new Reading(q.surface()));
  }

  /** {@link #match(Question)}, the question's tokens looked up through {@code reading}. */
  private Map<String, Boolean> match(Question q, Reading reading) {
    Matched m = new Matched(q);
    asWritten(m, q, reading);
    joined(m, q);
    swapped(m, q, reading);
    pairsAndUnordered(m, q, reading);
    peoples(m, q, reading);
    mistypedNames(m, q, reading);
    return settled(m, q);
  }

  /**
   * What {@link #match} has found so far in one question, read in steps, each its own method: one method
   * as long as all of them together took HotSpot's optimising compiler seconds, again at each
   * deoptimisation.
   */
  private static final class Matched {
    final Map<String, Boolean> out = new LinkedHashMap<>();
    final Set<String> whole = new HashSet<>();
    final Set<String> loose = new HashSet<>();
    final Map<String, List<Integer>> adjectives = new HashMap<>();
    // where each pledger named by one word (a one-word name, acronym or typo of one) stands
    final Map<String, List<Integer>> oneWord = new HashMap<>();
    final Set<String> asNames = new HashSet<>();
    // the pledgers the question asks about whatever everyday words it holds: the countries whose people
    // it ends asking what they promised or offer ({@link #askedWhatTheyPledged}) or whose own state it
    // points back to ({@link #governedBy}), an acronym set apart at its head ({@link #setApart})
    final Set<String> surelyAsked = new HashSet<>(2);
    // the pledgers read only as a run of words mistyped ({@link #shingles}), named no other way
    final Set<String> mistyped = new HashSet<>(2);
    // the themes of each pledger named by an acronym in lower case, which the question may tell beside it
    final Map<String, List<String>> themesOf = new HashMap<>();
    // the pledgers named that are countries ({@link NameKey#place})
    final Set<String> places = new HashSet<>();
    final boolean[] named;
    final List<String> tokens;
    // where each pledger is named, as written, as a people's word or mistyped ({@link #askedElsewhere})
    final Map<String, Set<Integer>> where = new HashMap<>();
    // the pledger whose name of several words, as written or mistyped, holds each token
    final String[] inName;
    // tokens in a name as written but a people's adjective: a name of several words may hold them
    final boolean[] inNameAsWritten;
    // the tokens read as a people's adjective of one word, which may stand for the language ({@link #namesTongue})
    final boolean[] adjectiveAt;
    // set by {@link #pairsAndUnordered}: whether no word of the question names a theme, the pairs of words
    // read as a people's adjective of two words, and the tokens taken by a name as written or such a pair
    boolean noTheme;
    boolean[] adjectivePair;
    boolean[] taken;
    // set by {@link #peoples}: the people's words read, and the tokens a typo of one word may be
    Set<String> demonyms;
    boolean[] mayBeTypo;

    Matched(Question q) {
      tokens = q.surface();
      named = new boolean[tokens.size()];
      inName = new String[tokens.size()];
      inNameAsWritten = new boolean[tokens.size()];
      adjectiveAt = new boolean[tokens.size()];
    }
  }

  /** {@link #match}'s names found as written, starting at each token. */
  private void asWritten(Matched m, Question q, Reading reading) {
    for (int i = 0; i < m.tokens.size(); i++) {
      // by index: most tokens start no key, and a search should not make an iterator to learn it
      List<NameKey> starting = reading.startingAt(i);
      for (int s = 0; s < starting.size(); s++) {
        NameKey key = starting.get(s);
        // a benefit's acronym the question's reading took as naming its theme ("le RSA" with its
        // claimants, {@link QuestionCompiler#claimed}) is no pledger's
        if (key.acronym() && key.tokens().size() == 1 && BENEFITS.contains(m.tokens.get(i))
            && q.themeWords().contains(m.tokens.get(i))) {
          continue;
        }
        if (key.tokens().size() == 1 && afterProclitic(m.tokens, q.upper(), i, q.lang())) {
          continue;
        }
        if (matchesAt(key, m.tokens, q.upper(), i) && wholeLetters(key, m.tokens, i, q.lang())) {
          m.out.put(key.id(), true);
          if (key.place()) {
            m.places.add(key.id());
          }
          int n = key.tokens().size();
          namedAt(m.named, m.where, key.id(), i, i + n);
          if (!key.demonym()) {
            Arrays.fill(m.inNameAsWritten, i, i + n, true);
          }
          if (n > 1) {
            m.whole.add(key.id());
            Arrays.fill(m.inName, i, i + n, key.id());
            // letters one by one in small letters are as loose as an acronym in small letters
            if (letters(key) && !q.upper()[i]) {
              m.loose.add(key.id());
              m.themesOf.putIfAbsent(key.id(), key.themes());
            }
          } else {
            m.oneWord.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(i);
            if (key.acronym() && !q.upper()[i] && setApart(q, i) && !q.themeWords().isEmpty() && !commonWord(key)) {
              m.surelyAsked.add(key.id());
            } else if (key.acronym() && !q.upper()[i]) {
              m.loose.add(key.id());
              m.themesOf.putIfAbsent(key.id(), key.themes());
            }
          }
          if (key.demonym() && n == 1) {
            m.adjectiveAt[i] = true;
          }
          // A listed people's word after an article ("the Irish", "les Néerlandais") is the people
          // as a noun where nothing everyday is told of them ({@link #onlyAsked}) or the question ends
          // asking what they promised ({@link #askedWhatTheyPledged}), as a people read from its
          // ending is below; with anything everyday beside it, it may be an adjective still ("the
          // Irish pub"), judged as one.
          boolean asked = key.demonym() && i > 0 && NameKey.ARTICLES.contains(m.tokens.get(i - 1))
              && askedWhatTheyPledged(q, m.named, i + n);
          if (asked) {
            m.surelyAsked.add(key.id());
          }
          if (key.demonym() && !heldUp(q, m.named, i, 1) && !asked
              && !(i > 0 && NameKey.ARTICLES.contains(m.tokens.get(i - 1)) && onlyAsked(q, m.named, i, i + n, -1))) {
            m.adjectives.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(i);
          } else {
            m.asNames.add(key.id());
          }
        }
      }
    }
  }

  /** {@link #match}'s names of one word typed as two. */
  private void joined(Matched m, Question q) {
    // A one-word name said in two halves, as speech-to-text may write it ("hi vos", "ox fam"): two
    // words neither of which is named run together into the name as listed, of at least the length
    // a typo is read in; never a people's adjective nor a name that is also an ordinary word.
    for (int i = 0; i + 1 < m.tokens.size(); i++) {
      String first = m.tokens.get(i);
      String second = m.tokens.get(i + 1);
      if (m.named[i] || m.named[i + 1] || first.length() + second.length() < Edits.MIN_LENGTH_ONE_EDIT
          || !mayBeJoined(first, second)) {
        continue;
      }
      for (NameKey key : byJoined.getOrDefault(first + second, List.of())) {
        if (key.tokens().size() == 1 && !key.derived() && !key.demonym() && !commonWord(key)) {
          m.out.put(key.id(), true);
          namedAt(m.named, m.where, key.id(), i, i + 2);
          Arrays.fill(m.inNameAsWritten, i, i + 2, true);
          m.oneWord.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(i);
          if (key.acronym()) {
            m.loose.add(key.id());
            m.themesOf.putIfAbsent(key.id(), key.themes());
          }
          m.asNames.add(key.id());
          if (key.place()) {
            m.places.add(key.id());
          }
        }
      }
    }
  }

  /** {@link #match}'s acronyms typed with two letters swapped. */
  private void swapped(Matched m, Question q, Reading reading) {
    // An acronym typed in capitals with two letters beside each other swapped ("PNDU", "OCED") is
    // that acronym mistyped, a weak reading: a slip of the fingers on a word of four letters or more
    // that names no one as typed. Shorter ones, and letters in small letters, may be words.
    for (int i = 0; i < m.tokens.size(); i++) {
      String typed = m.tokens.get(i);
      if (m.named[i] || !q.upper()[i] || typed.length() < MIN_SWAPPED_ACRONYM || reading.stop(i)) {
        continue;
      }
      char[] letters = typed.toCharArray();
      for (int k = 0; k + 1 < letters.length; k++) {
        if (letters[k] == letters[k + 1]) {
          continue;
        }
        char c = letters[k];
        letters[k] = letters[k + 1];
        letters[k + 1] = c;
        for (NameKey key : byJoined.getOrDefault(new String(letters), List.of())) {
          if (key.acronym() && key.tokens().size() == 1 && !key.derived() && !commonWord(key)) {
            m.out.putIfAbsent(key.id(), false);
            namedAt(m.named, m.where, key.id(), i, i + 1);
            m.oneWord.computeIfAbsent(key.id(), x -> new ArrayList<>()).add(i);
            m.asNames.add(key.id());
            if (key.place()) {
              m.places.add(key.id());
            }
          }
        }
        letters[k + 1] = letters[k];
        letters[k] = c;
      }
    }
  }

  /** {@link #match}'s people's adjectives of two words, then names told by their words in another order. */
  private void pairsAndUnordered(Matched m, Question q, Reading reading) {
    // In a question no word of which names a theme, two words that run together make a people's
    // adjective of a name of two words ("Costa Rican", "South African", "Sierra Leonean"), and are
    // a typo of that name only by the ending ({@link #adjectiveOf}), are the adjective, judged as
    // one: never read as the name mistyped, by its words in another order or as a typo; unless an
    // office or a prerogative whose word is also an everyday thing stands beside them, as below.
    m.noTheme = q.themeWords().isEmpty();
    m.adjectivePair = new boolean[m.tokens.size()];
    m.taken = m.inNameAsWritten;
    if (m.noTheme) {
      m.taken = m.inNameAsWritten.clone();
      for (int i = 0; i + 1 < m.tokens.size(); i++) {
        if (!m.named[i] && !m.named[i + 1] && !reading.stop(i) && !reading.stop(i + 1)) {
          // the adjective first (kept per pair, asked again below), then whether it is near a name
          List<NameKey> pairKeys = reading.pairDemonym(i).keys();
          if (!pairKeys.isEmpty()) {
            String pair = m.tokens.get(i) + m.tokens.get(i + 1);
            if (pairKeys.stream().anyMatch(k -> !k.demonym() && adjectiveOf(pair, k))
                && !reading.nearPair(i).isEmpty() && !besideTypedOffice(m.tokens, i, 2)) {
              m.adjectivePair[i] = true;
              m.taken[i] = true;
              m.taken[i + 1] = true;
            }
          }
        }
      }
    }
    for (Map.Entry<String, Boolean> e : unordered(m.tokens, m.taken, m.inName).entrySet()) {
      m.out.merge(e.getKey(), e.getValue(), Boolean::logicalOr);
      m.whole.add(e.getKey());
      m.asNames.add(e.getKey());
    }
  }

  /** {@link #match}'s people's words, as written or mistyped. */
  private void peoples(Matched m, Question q, Reading reading) {
    m.demonyms = new HashSet<>();
    // the tokens that are a run of one word the typo reading compares with names ({@link #shingles}):
    // whether a word alone is one depends on the word only, not on where it stands
    m.mayBeTypo = new boolean[m.tokens.size()];
    for (Shingle s : q.shingles()) {
      if (s.words() == 1 && !s.belowTypo()) {
        m.mayBeTypo[s.at()] = true;
      }
    }
    for (int i = 0; i < m.tokens.size(); i++) {
      String token = m.tokens.get(i);
      if (reading.stop(i)) {
        continue;
      }
      List<NameKey> keys = reading.demonym(i).keys();
      int span = 1;
      if (keys.isEmpty() && i + 1 < m.tokens.size() && !m.named[i] && !m.named[i + 1] && !reading.stop(i + 1)
          && (m.adjectivePair[i] || reading.nearPair(i).isEmpty())) {
        // the adjective of a name of two words, written with a hyphen or a space: "sud-africaine"
        keys = reading.pairDemonym(i).keys();
        span = keys.isEmpty() ? 1 : 2;
      }
      // a people named as written after an article ("les Norvégiens", "los suecos"): the country
      boolean people = !keys.isEmpty() && i > 0 && NameKey.ARTICLES.contains(m.tokens.get(i - 1));
      // made as written, not typed in capitals: "GRECO" is an acronym, not a Spanish "grec-o"
      boolean asWritten = !keys.isEmpty() && !q.upper()[i];
      if (keys.isEmpty() && !m.named[i] && m.mayBeTypo[i] && reading.nearRun(i, 1).isEmpty()) {
        keys = mistypedDemonymOf(token);
      }
      // a people's word read only as near an adjective ("the Finns" of "Finnish") after an article
      // is a people still when the question ends asking what they promised
      boolean afterArticle = !keys.isEmpty() && i > 0 && NameKey.ARTICLES.contains(m.tokens.get(i - 1));
      String read = span == 1 ? token : token + " " + m.tokens.get(i + 1);
      for (int d = 0; d < keys.size(); d++) { // by index: most words are no people's word
        NameKey key = keys.get(d);
        // One letter from the name ("Grecee", "Moldave"), the word is as likely its typo;
        // one letter from an adjective ("griega", "griego"), it is an adjective still.
        boolean nearName = !key.demonym() && Edits.within(read.replace(" ", ""), key.joined(), 1);
        // In a question no word of which names a theme, a word that changes only the name's end
        // as an ending does ("Italian", "croate", "uruguaya") is judged as the adjective: beside
        // an everyday word it qualifies a thing; a slip inside the name ("Philippinees") is still
        // its typo. Where a word names a theme (a customs service, auditors, a budget) or an office
        // or a prerogative whose word is also an everyday thing stands beside it ({@link
        // #besideTypedOffice}: its customs, its army, its judges), it stays the name's typo: the
        // adjective rule does not know them in small letters, and the name's reading does.
        boolean typoOfName = nearName && !(m.noTheme && adjectiveOf(read.replace(" ", ""), key) && !besideTypedOffice(m.tokens, i, span));
        // A people named after an article ("the Chileans", "los irlandeses") is a noun: it qualifies
        // no thing, it is the country's people. Where the question carries theme evidence above a
        // cue ({@link #cuesAlone}: a height or a taste lifts a cue) it is judged as the country's
        // one-word name is, by the everyday words around it; with cues alone or none, as
        // an adjective (the people at play, at table or in one's class are no question to this bot).
        // With no theme evidence, a people asked about with nothing everyday told of them (only this
        // bot's words, a courtesy: "info on the Colombians please") is the country's too.
        // A people asked at the question's end what they promised or offer ({@link
        // #askedWhatTheyPledged}: "..., what did they promise?") is the country's too, however much
        // was told of them before.
        boolean askedOf = afterArticle && askedWhatTheyPledged(q, m.named, i + span);
        // A people's word followed in its sentence by its own state after a possessive ("a Peruvian
        // newspaper wrote that its government funds ...", {@link #governedBy}) names that state.
        boolean governed = governedBy(q, m.named, i + span);
        if (askedOf || governed) {
          m.surelyAsked.add(key.id());
        }
        boolean asName = typoOfName || people && (!cuesAlone(q) || onlyAsked(q, m.named, i, i + span, -1) || askedOf)
            || heldUp(q, m.named, i, span) || governed;
        // The plural of a name's clipped alias ("Greeks", {@link #clippedName}) is as often the people
        // of history, of a feast, of a school project as the state's: it counts only as a people
        // after an article with nothing everyday told of them ({@link #onlyAsked}), not on theme
        // evidence alone, which a weak cue gives.
        if (!key.demonym() && listedPlural(read, key) && clippedName(key)
            && !(people && onlyAsked(q, m.named, i, i + span, -1))) {
          continue;
        }
        // as a typo of the name it stays weak ("Canaa"), unless it only changes the name's last
        // letter for the ending of the other gender ("noruego", "indonesio")
        boolean exact = !nearName && (!key.demonym() || listedPlural(read, key)) || nearName && genderOf(read, key);
        if (span == 1 && !typoOfName) {
          m.adjectiveAt[i] = true;
        }
        // a firm's nationality is where the firm comes from, unless its own state is asked about
        m.out.merge(key.id(), people || asWritten && exact && (governed || !firmsNationality(q, i, span)), Boolean::logicalOr);
        if (key.place()) {
          m.places.add(key.id());
        }
        namedAt(m.named, m.where, key.id(), i, i + span);
        if (asName) {
          if (!typoOfName) {
            m.demonyms.add(read);
          }
          m.asNames.add(key.id());
          for (int j = i; j < i + span; j++) {
            m.oneWord.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(j);
          }
        } else {
          m.demonyms.add(read);
          List<Integer> at = m.adjectives.computeIfAbsent(key.id(), k -> new ArrayList<>());
          for (int j = i; j < i + span; j++) {
            at.add(j);
          }
        }
      }
      i += span - 1;
    }
  }

  /** {@link #match}'s names mistyped, by the question's runs of words. */
  private void mistypedNames(Matched m, Question q, Reading reading) {
    // An everyday word typed with a capital inside its sentence, whose pledge the sentence asks
    // after it, is a country's name mistyped into that word: read as the typo it is of a place only.
    List<Shingle> shingles = q.shingles();
    List<Shingle> typedAsNames = everydayTypedAsName(q, reading, m.named, m.mayBeTypo);
    if (!typedAsNames.isEmpty()) {
      shingles = new ArrayList<>(shingles);
      shingles.addAll(typedAsNames);
    }
    for (Shingle shingle : shingles) {
      // A people's adjective is often a letter or two from its country's name ("holandés",
      // "Holanda"): it is read as the adjective, not as a typo of the name.
      if (m.demonyms.contains(shingle.text())) {
        continue;
      }
      List<NameKey> typos = lostLetter(q, m.named, shingle);
      boolean placeOnly = typedAsNames.contains(shingle);
      if (!shingle.belowTypo() && firstLetters.indexOf(shingle.text().charAt(0)) >= 0) {
        List<String> nearShingle = reading.nearRun(shingle.at(), shingle.words());
        for (int t = 0; t < nearShingle.size(); t++) { // by index: most runs are no typo of a name
          for (NameKey key : byJoined.get(nearShingle.get(t))) {
            if (typoOf(key, shingle.text(), shingle.words()) && (key.place() || !placeOnly)) {
              typos = typos.isEmpty() ? new ArrayList<>() : typos;
              typos.add(key);
            }
          }
        }
      }
      for (int t = 0; t < typos.size(); t++) {
        NameKey key = typos.get(t);
        if (!m.out.containsKey(key.id())) {
          m.mistyped.add(key.id());
        }
        m.out.putIfAbsent(key.id(), false);
        if (key.place()) {
          m.places.add(key.id());
        }
        if (shingle.words() > 1 || key.tokens().size() > 1) {
          m.whole.add(key.id());
        }
        for (String word : shingle.text().split(" ")) {
          namedAt(m.named, m.where, key.id(), m.tokens.indexOf(word), m.tokens.indexOf(word) + 1);
          if (shingle.words() > 1 || key.tokens().size() > 1) {
            m.inName[m.tokens.indexOf(word)] = key.id();
          }
        }
        if (key.demonym()) {
          m.adjectives.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(m.tokens.indexOf(shingle.text()));
        } else {
          m.asNames.add(key.id());
          if (shingle.words() == 1) {
            m.oneWord.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(m.tokens.indexOf(shingle.text()));
          }
        }
      }
    }
  }

  /** {@link #match}'s names found, each kept, weakened or left out by where it stands. */
  private Map<String, Boolean> settled(Matched m, Question q) {
    // A people's adjective standing as the complement of a word of a language's use, or alone after a
    // preposition of the language a thing is in, is that language ({@link #namesTongue}): a pledger
    // named only so is not named.
    for (Iterator<String> it = m.out.keySet().iterator(); it.hasNext(); ) {
      String id = it.next();
      Set<Integer> at = m.where.getOrDefault(id, Set.of());
      if (!at.isEmpty() && at.stream().allMatch(p -> (m.adjectiveAt[p] || TONGUE_NAMES.contains(m.tokens.get(p))) && namesTongue(q, p))) {
        it.remove();
        m.adjectives.remove(id);
        m.asNames.remove(id);
        m.oneWord.remove(id);
        m.places.remove(id);
        m.where.remove(id);
      }
    }
    String pointed = pointedBack(q, m.named, m.where, m.mistyped);
    m.adjectives.keySet().removeAll(m.asNames);
    // A people's adjective that is a word of another pledger's name of several words is that
    // name's: "Inter-American Development Bank", mistyped too, names no American pledger.
    m.adjectives.entrySet().removeIf(e -> {
      boolean inside = e.getValue().stream().allMatch(p -> p >= 0 && m.inName[p] != null && !m.inName[p].equals(e.getKey()));
      if (inside) {
        m.out.remove(e.getKey());
      }
      return inside;
    });
    // A country named by several words is a place to go, to see the weather of or to eat the food
    // of as one named by one word is: judged by the same limits. An organisation's several words
    // always count.
    Set<String> counted = new HashSet<>(m.whole);
    counted.removeAll(m.places);
    if (q.offTopic() && !m.out.isEmpty() && !counted.containsAll(m.out.keySet())) {
      int everyday = everydayBeside(q, m.named, subjectLine(q, m.named));
        Function<String, List<Integer>> at = id -> m.adjectives.containsKey(id) ? m.adjectives.get(id)
          : m.whole.contains(id) ? List.copyOf(m.where.getOrDefault(id, Set.of())) : m.oneWord.getOrDefault(id, List.of());
      m.out.keySet().removeIf(id -> !counted.contains(id) && !m.surelyAsked.contains(id)
          && (everyday > MAX_EVERYDAY_BESIDE_ONE_WORD
              || m.places.contains(id) && thingNamedAfter(q, m.named, at.apply(id))
              || everyday > 0 && m.loose.contains(id) || m.adjectives.containsKey(id))
          && !qualifies(q, m.named, at.apply(id), m.adjectives.containsKey(id))
          && !(!m.adjectives.containsKey(id) && pledgedAfter(q, m.named, m.where.getOrDefault(id, Set.of())))
          && !(!m.places.contains(id) && engaged(q, m.named, at.apply(id)))
          && !offerOf(q, m.named, at.apply(id))
          && !tellsTheme(q, m.themesOf.getOrDefault(id, List.of())));
    }
    // A country named in an off-topic question beside a word of private life (a flight, a cousin, a
    // match, a recipe) and no word of public life or of this bot's questions is where that life
    // happens, however few words stand beside it and whatever office is named there (an embassy's
    // counter, a ministry of tourism's adverts): the everyday word outweighs the name.
    // An organisation named so where it stands is that life's setting as much: the hotel near the
    // World Bank's building, the restaurant past the OECD's. One read only from its words in another
    // order ({@link #unordered}) has no place in the question, so its words may be the everyday word.
    if (q.offTopic() && !m.out.isEmpty() && settingOfPrivateLife(q, m.named)) {
      m.out.keySet().removeIf(id -> m.places.contains(id) || !m.where.getOrDefault(id, Set.of()).isEmpty());
    }
    // In an off-topic question, a name followed by a private owner past a preposition of belonging
    // ({@link Question#privatelyOwned}: an article of one's own contract, the country of one's
    // childhood) is that owner's thing, not the pledger. A people's adjective is not: the words
    // after it name what its head is of ("le ministère géorgien de la santé"). Evidence of a theme
    // makes the owner a thing of the field (a budget), not a private one; cues alone do not ({@link
    // #cuesAlone}): a word lifted from a theme's phrases is as often the owner's own thing (the
    // contract of a lease, the rules of a building).
    if (q.offTopic() && cuesAlone(q)) {
      m.out.keySet().removeIf(id -> !m.adjectives.containsKey(id) && ownedPrivately(q, m.where.getOrDefault(id, Set.of())));
    }
    // In a message of several sentences, a pledger named only in sentences that ask nothing (a
    // greeting, the writer's own office, a signature) is where the writer stands, while the sentence
    // marked as a question names the pledger meant: a weak reading, so that one leads.
    Set<String> unasked = askedElsewhere(q, m.out, m.where);
    unasked.forEach(id -> m.out.put(id, false));
    // A state named as the owner of an office that acts (the asker: its ministry wants to learn, to
    // visit, to contact) before another pledger named apart from it, past words of the sentence, is
    // where the question comes from, a weak reading; the other is the one asked about, read as a name
    // however it was read (the first half of two peoples' compound adjective too), so it leads.
    askedAbout(q, m.named, m.out, m.where);
    // A country named by one word only inside the name of a city ("Mexico City", "Ciudad de
    // Panamá") names the city, where the writer is or met someone: a weak reading, so a pledger the
    // question names otherwise leads.
    for (String id : m.places) {
      List<Integer> at = m.oneWord.getOrDefault(id, List.of());
      if (m.out.containsKey(id) && !m.whole.contains(id) && !m.adjectives.containsKey(id) && !at.isEmpty()
          && at.stream().allMatch(p -> inCityName(m.tokens, p))) {
        m.out.put(id, false);
      }
    }
    // A country named beside an organisation named as written is where that one works ("Hivos's
    // office in Indonesia", "le PNUD en Sierra Leone"), in either order: the organisation leads,
    // the country stays a weak reading.
    if (!m.places.isEmpty() && m.out.entrySet().stream().anyMatch(e -> e.getValue() && m.asNames.contains(e.getKey())
        && !m.places.contains(e.getKey()))) {
      m.out.replaceAll((id, exact) -> exact && !m.places.contains(id));
    }
    // A name the speaker took back for the next one is no name of the question.
    m.out.keySet().removeAll(takenBack(q, m.out, m.where));
    // A country named only as where the asker lives or comes from, in a question that names a theme,
    // is who asks, not what is asked: the theme's pledgers answer, the country among them only where
    // it pledged on that theme.
    if (!q.offTopic() && !q.themes().isEmpty()) {
      m.out.keySet().removeIf(id -> m.places.contains(id) && askersHome(q, m.where.getOrDefault(id, Set.of())));
    }
    // A later sentence naming nobody that points back ("they", "ce pays") and asks what was pledged,
    // whether they help or how to reach them asks about the one pledger the earlier sentences name,
    // whatever the small talk, the asker's home or everyday words of those sentences.
    if (pointed != null) {
      m.out.put(pointed, true);
    }
    return m.out;
  }

  /** Per language, the nouns of a request put to an office ({@link PolicyWords#requests}), read by {@link #subjectLine}. */
  private static final Map<Lang, Set<String>> REQUESTS = perLanguage(PolicyWords::requests);

  /**
   * Per language, what a request in a subject line may be for that is the asker's own errand, not one
   * put to a pledger: private life ({@link #PRIVATE_LIFE}) and the state's prerogatives ({@link
   * PolicyWords#prerogatives}: a visa, a passport, a tax), read by {@link #subjectLine}.
   */
  private static final Map<Lang, Set<String>> OWN_ERRANDS = perLanguage(lang -> PolicyWords.union(
      PRIVATE_LIFE.get(lang), PolicyWords.prerogatives(lang)));

  /**
   * The words of a message written as a subject line: its first clause names a pledger, with nothing
   * beside the name but function words, an office or a word of public life ("Hivos", "the embassy of
   * Peru"), and is set apart by punctuation ({@link Question#clause}) from a last clause, the rest of
   * the message, that is a request's noun phrase ({@link #REQUESTS}: "request for a short call",
   * "demande de rendez-vous rapide", "solicitud de una breve llamada"). The request's words are the
   * errand put to the pledger named, not everyday words beside it; where one of them is an errand of the
   * asker's own ({@link #OWN_ERRANDS}: a visa, a holiday, a cousin), none is. Empty otherwise.
   */
  private Set<String> subjectLine(Question q, boolean[] named) {
    List<String> tokens = q.surface();
    int n = tokens.size();
    int from = 1;
    while (from < n && !q.clause()[from]) {
      from++;
    }
    if (from >= n || q.sentence()[from] != q.sentence()[0] || q.sentence()[n - 1] != q.sentence()[0]) {
      return Set.of();
    }
    boolean name = false;
    for (int k = 0; k < from; k++) {
      String t = tokens.get(k);
      name |= named[k];
      if (!named[k] && !analysis.isFunctionWord(t) && !OFFICES.contains(t) && !CHANCERIES.contains(t) && !POLICY.contains(t)) {
        return Set.of();
      }
    }
    int head = from;
    while (head < n && analysis.isFunctionWord(tokens.get(head))) {
      head++;
    }
    if (!name || head >= n || !REQUESTS.get(q.lang()).contains(tokens.get(head))) {
      return Set.of();
    }
    Set<String> errand = new HashSet<>();
    Set<String> own = OWN_ERRANDS.get(q.lang());
    for (int k = from; k < n; k++) {
      String t = tokens.get(k);
      if (named[k] || own.contains(t) || k > from && q.clause()[k]) {
        return Set.of();
      }
      errand.add(t);
    }
    return errand;
  }

  /** Per language, the third person's pronouns and the demonstratives ({@link Lexicon.Grammar#pointers}). */
  private static final Map<Lang, Lexicon.Grammar> GRAMMAR = grammars();

  private static Map<Lang, Lexicon.Grammar> grammars() {
    Map<Lang, Lexicon.Grammar> m = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      m.put(lang, Lexicon.Grammar.of(lang));
    }
    return m;
  }

  /** The words of an ask about a pledger: a promise or offer, reaching it, or this bot's questions' words (help, contact). */
  private static final Map<Lang, Set<String>> ASKING = perLanguage(lang -> PolicyWords.union(PolicyWords.pledging(lang),
      PolicyWords.reaching(lang), LanguagePack.of(lang).filler()));

  /**
   * The one pledger named in the message before its last part ({@link #lastPart}: its last sentence,
   * or the last clause of a message of one sentence, set apart by punctuation or, where none is typed
   * and the message tells of the field before it ({@link #toldOfField}) or of a thing of the pledger's own
   * ({@link #toldOfTheirOwn}), by a conjunction joining
   * clauses, {@link #joinedPart}), when that part names nobody, points back to it
   * ({@link #pointsBack}) and asks about it ({@link #asksOfPointed}); otherwise null. Two pledgers
   * named before leave the pointer ambiguous: none; but a pledger read only as a run of words
   * mistyped ({@code mistyped}: an everyday word a letter or two from a name, "financia" of
   * "Finlandia") beside one named otherwise is no second pledger: the other is pointed back to.
   */
  private String pointedBack(Question q, boolean[] named, Map<String, Set<Integer>> where, Set<String> mistyped) {
    int n = q.surface().size();
    if (n == 0 || where.isEmpty()) {
      return null;
    }
    if (where.size() > 1) {
      Map<String, Set<Integer>> otherwise = new HashMap<>(2);
      where.forEach((id, at) -> {
        if (!mistyped.contains(id)) {
          otherwise.put(id, at);
        }
      });
      if (otherwise.size() != 1) {
        return null;
      }
      where = otherwise;
    }
    int from = lastPart(q);
    int story = from == 0 ? n : from;
    boolean field = toldOfField(q, named, story) || toldOfTheirOwn(q, named, story);
    if (from == 0 && field) {
      from = joinedPart(q);
    }
    if (from == 0) {
      return null;
    }
    for (int k = from; k < n; k++) {
      if (named[k]) {
        return null;
      }
    }
    Map.Entry<String, Set<Integer>> only = where.entrySet().iterator().next();
    if (only.getValue().isEmpty() || !pointsBack(q, from) || !asksOfPointed(q, from, field)) {
      return null;
    }
    return only.getKey();
  }

  /**
   * Where the message's last part starts: its last sentence ({@link Question#sentence}), or, in a
   * message of one sentence, its last clause set apart by punctuation ({@link Question#clause}: "Cordaid
   * looks serious, may we meet them?", "Care dit soutenir les maires, qu'a-t-elle annoncé ?");
   * 0 where the message is one part.
   */
  private static int lastPart(Question q) {
    int[] sentence = q.sentence();
    int n = sentence.length;
    int from = n;
    while (from > 0 && sentence[from - 1] == sentence[n - 1]) {
      from--;
    }
    if (from > 0) {
      return from;
    }
    for (int k = n - 1; k > 0; k--) {
      if (q.clause()[k]) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Where the clause after the last conjunction joining clauses of a message of one sentence and one
   * clause starts ({@link Lexicon.Grammar#coordinating}: "the Danes showed their register and we want to
   * meet them"); 0 where none stands before its last word.
   */
  private static int joinedPart(Question q) {
    List<String> tokens = q.surface();
    Set<String> joining = GRAMMAR.get(q.lang()).coordinating();
    for (int k = tokens.size() - 2; k > 0; k--) {
      if (joining.contains(tokens.get(k))) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * Whether a word of public life ({@link #POLICY}), of a theme ({@link Question#themeWords}) or of a
   * pledger's promise or offer ({@link PolicyWords#pledging}) stands before {@code to} outside the
   * pledgers' names: the story told of a pledger is one of the field (a register shown, a reform
   * offered), not of a match, a hotel or a campsite.
   */
  private static boolean toldOfField(Question q, boolean[] named, int to) {
    List<String> tokens = q.surface();
    Set<String> pledging = PLEDGING.get(q.lang());
    for (int k = 0; k < to; k++) {
      String t = tokens.get(k);
      if (!named[k] && (POLICY.contains(t) || q.themeWords().contains(t) || pledging.contains(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, before {@code to}, a third person's possessive stands after a pledger's name past words of
   * no name ("the Finns showed their method", "les Irlandais ont présenté leur démarche"), in a message
   * telling no private life ({@link #toldOfPrivateLife}): the story is of a thing of the pledger's own
   * shown at work, told as a story of the field is ({@link #toldOfField}); a match played against a
   * people or a people met at a hotel owns nothing.
   */
  private static boolean toldOfTheirOwn(Question q, boolean[] named, int to) {
    if (toldOfPrivateLife(q)) {
      return false;
    }
    List<String> tokens = q.surface();
    Set<String> theirs = GRAMMAR.get(q.lang()).theirs();
    boolean after = false;
    for (int k = 0; k < to; k++) {
      if (named[k]) {
        after = true;
      } else if (after && theirs.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Per language, the adverbs of a place named before ({@link PolicyWords#there}), read by {@link #pointsBack}. */
  private static final Map<Lang, Set<String>> THERE = perLanguage(PolicyWords::there);

  /** Whether a word of {@code words} stands right before or right after token {@code k}. */
  private static boolean beside(List<String> tokens, int k, Set<String> words) {
    return k > 0 && words.contains(tokens.get(k - 1)) || k + 1 < tokens.size() && words.contains(tokens.get(k + 1));
  }

  /**
   * Whether the sentence from {@code from} holds a third person's pronoun, or a demonstrative before a
   * word of this bot's questions (a country, an organisation), or an adverb of the place named before
   * ({@link #THERE}: "someone there", "alguien de allá") not beside a copula ("is there"), in a message
   * telling no private life (a cousin's move there is hers), or, in a language that drops the
   * subject, neither: its verb's person points back.
   */
  private static boolean pointsBack(Question q, int from) {
    List<String> tokens = q.surface();
    Lexicon.Grammar g = GRAMMAR.get(q.lang());
    Set<String> filler = LanguagePack.of(q.lang()).filler();
    for (int k = from; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (g.pointers().contains(t)
          || g.demonstratives().contains(t) && k + 1 < tokens.size() && filler.contains(tokens.get(k + 1))
          || THERE.get(q.lang()).contains(t) && !beside(tokens, k, g.copulas()) && !toldOfPrivateLife(q)) {
        return true;
      }
    }
    return g.dropsSubject();
  }

  /**
   * Per language, the possessives of the first person, singular and plural ({@link PolicyWords#personal},
   * {@link PolicyWords#ours}): after one, the asker's own side (a director, a team) stands in an ask of
   * a pledger as the asker does ({@link #asksOfPointed}); a word of private life is never such a side.
   */
  private static final Map<Lang, Set<String>> OWN_SIDE = perLanguage(lang -> PolicyWords.union(PolicyWords.personal(lang),
      PolicyWords.ours(lang)));

  /**
   * Whether the part from {@code from} asks of a pledger and tells nothing else. It asks with a word of
   * {@link #ASKING} (a promise or an offer, reaching it, this bot's questions' words), a verb of a
   * commitment taken on beside its noun ({@link #undertook}: "¿qué compromiso adquirió esa nación?"), or,
   * where the message tells no private life ({@link #toldOfPrivateLife}), a verb of talking with
   * someone ({@link PolicyWords#talking}: "we would like to talk to them", "nous aimerions leur parler"); such a
   * word asks whatever else names it (a promise tracked names a theme too). A word of courtesy or
   * praise among the filler ({@link #courtesy}: "good", "please") or a closed-class one ("any", "our")
   * asks nothing: "is it any use?" is asked of a tool. Its other words are
   * function words or closed-class ones ({@link Lexicon.Grammar#closedClass}: "I'd", "would"),
   * courtesy, French inversion's "t" ({@link #inversion}) or the asker's own group after "our" (our
   * network), or, where the message tells of the field before the part ({@code field}, {@link
   * #toldOfField}), the asker's own side after any first person's possessive ({@link #OWN_SIDE}: my
   * director, "ma cheffe", "mi jefa"); a word of private life, of policy or of a theme makes it another
   * question (a hotel, a dish, a budget). Once it asks, the words after a preposition of a deadline
   * ({@link #DEADLINES}: "before Monday's workshop", "avant notre réunion") tell when the ask is wanted
   * by, not what is asked: only a word of private life among them makes it another question. After a
   * verb of talking, in a message that tells of the field ({@code field}), everyday words are what the
   * asker wants to talk of, his own sector's matters ("hablar de los comedores con ellos"), as after the
   * asker's own side: they ask of the pledger still (not a holiday's memories: "talk to someone there
   * about its food").
   */
  private boolean asksOfPointed(Question q, int from, boolean field) {
    List<String> tokens = q.surface();
    Set<String> asking = ASKING.get(q.lang());
    Set<String> talking = toldOfPrivateLife(q) ? Set.of() : TALKING.get(q.lang());
    Set<String> undertook = undertook(q);
    Lexicon.Grammar grammar = GRAMMAR.get(q.lang());
    Set<String> ours = field ? OWN_SIDE.get(q.lang()) : grammar.ours();
    Set<String> life = PRIVATE_LIFE.get(q.lang());
    boolean asks = false;
    boolean owned = false;
    boolean talked = false;
    for (int k = from; k < tokens.size(); k++) {
      String t = tokens.get(k);
      boolean closed = analysis.isFunctionWord(t) || grammar.closedClass().contains(t);
      if (life.contains(t)) {
        return false;
      }
      if (asks && DEADLINES.get(q.lang()).contains(t)) {
        return tokens.subList(k + 1, tokens.size()).stream().noneMatch(life::contains);
      }
      if (ours.contains(t)) {
        owned = true;
      } else if (asking.contains(t) && !closed && !COURTESY.contains(t) || undertook.contains(t) || talking.contains(t)) {
        asks = true;
        talked |= talking.contains(t);
      } else if (q.themeWords().contains(t) || POLICY.contains(t)) {
        return false;
      } else if (!closed && !COURTESY.contains(t) && !inversion(q, k) && !owned && !(talked && field)) {
        return false;
      }
    }
    return asks;
  }

  /** Per language, the prepositions opening when an ask is wanted by ({@link PolicyWords#deadlines}), read by {@link #asksOfPointed}. */
  private static final Map<Lang, Set<String>> DEADLINES = perLanguage(PolicyWords::deadlines);

  /**
   * Whether the token at {@code k} is the "t" French puts between a verb and its subject pronoun in an
   * inversion ("qu'a-t-il annoncé ?", "que prévoit-elle ?"): no word of the question. English and
   * Spanish have none.
   */
  private static boolean inversion(Question q, int k) {
    List<String> tokens = q.surface();
    return switch (q.lang()) {
      case FR -> tokens.get(k).equals("t") && k + 1 < tokens.size() && GRAMMAR.get(Lang.FR).thirdPersons().contains(tokens.get(k + 1));
      case EN, ES -> false;
    };
  }

  /**
   * Whether every position of a name ({@code at}, not empty) stands right after a phrase with which the
   * speaker says where he lives or comes from ({@link PolicyWords#dwelling}: "I live in", "je viens du",
   * "soy de"), past function words only (its prepositions and articles).
   */
  private boolean askersHome(Question q, Set<Integer> at) {
    if (at.isEmpty()) {
      return false;
    }
    List<String> tokens = q.surface();
    List<List<String>> phrases = DWELLING.get(q.lang());
    for (int p : at) {
      if (at.contains(p - 1)) {
        continue; // a later word of the same name
      }
      boolean home = false;
      for (int k = p - 1; k >= 0 && !home; k--) {
        home = endsAt(q.text(), tokens, k, phrases);
        if (!analysis.isFunctionWord(tokens.get(k))) {
          break;
        }
      }
      if (!home) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of {@code phrases} ends at token {@code k}. A phrase's word written with an elided
   * pronoun ("j'habite") meets the token the analysis left of it ("habite") where {@code text} writes
   * it whole, as {@link #elided} reads an elided article.
   */
  private static boolean endsAt(String text, List<String> tokens, int k, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      int from = k - phrase.size() + 1;
      boolean all = from >= 0;
      for (int i = 0; all && i < phrase.size(); i++) {
        String word = phrase.get(i);
        String token = tokens.get(from + i);
        int cut = word.indexOf('\'');
        all = token.equals(word)
            || cut > 0 && token.equals(word.substring(cut + 1)) && elided(text, word.substring(0, cut), token);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a question's content words ({@link Question#content}) outside the pledgers' names hold a
   * word of private life ({@link #PRIVATE_LIFE} of its language), and neither a word of public life
   * ({@link #POLICY}) nor one of this bot's questions ({@link #FILLER}: what a pledger offers, its
   * support, how to contact it), nor such a word beside a name ({@link #asked}), nor evidence of
   * a theme stronger than an everyday word of it gives ({@link ThemeDetector#EVERYDAY}: a budget, a
   * portal, mining). An office of public power is no such word: named beside a flight or a concert it
   * is the counter or the host of that private errand.
   */
  private boolean settingOfPrivateLife(Question q, boolean[] named) {
    for (float weight : q.themes().values()) {
      if (weight > ThemeDetector.EVERYDAY) {
        return false;
      }
    }
    List<String> tokens = q.surface();
    LanguagePack pack = LanguagePack.of(q.lang());
    // a hedge told in several words says how sure or how often, never what is asked: its words
    // ("fait" of "en fait") are no word of this bot's questions, beside the name or anywhere
    Set<String> hedged = hedgedWords(tokens, pack);
    Set<String> inNames = new HashSet<>();
    for (int i = 0; i < named.length; i++) {
      if (named[i]) {
        inNames.add(tokens.get(i));
        if (asked(q, named, i, s -> pack.grammar().contains(s) || hedged.contains(s))) {
          return false;
        }
      }
    }
    Set<String> life = PRIVATE_LIFE.get(q.lang());
    boolean lived = false;
    for (Word w : q.content()) {
      String s = w.surface();
      if (inNames.contains(s) || hedged.contains(s)) {
        continue;
      }
      if (POLICY.contains(s) || FILLER.contains(s)) {
        return false;
      }
      lived |= life.contains(s);
    }
    return lived;
  }

  /**
   * Whether the nearest word on either side of a name's word at {@code i}, past the words {@code
   * passed} (the language's grammar, {@link LanguagePack#grammar}: "from", "what", "est-il", filler
   * among them, and the words of a hedge told in several words, {@link #hedgedWords}) and words of
   * courtesy, is a word of public life or of this bot's questions ({@link #POLICY}, {@link
   * #FILLER}: a verb of offering before or after the name, in any language), as {@link #qualifies} reads a
   * name's neighbours, offices left out. A filler verb after the name, its subject, asks this bot
   * only with nothing everyday after it ({@link #nothingEveryday}): "X cherche une recette", "X me
   * ayuda a elegir un vino" tell of a friend from X.
   */
  private boolean asked(Question q, boolean[] named, int i, Predicate<String> passed) {
    List<String> tokens = q.surface();
    for (int step = -1; step <= 1; step += 2) {
      int j = neighbour(tokens, i, step, passed);
      if (j >= 0 && !named[j] && (POLICY.contains(tokens.get(j))
          || FILLER.contains(tokens.get(j)) && (step < 0 || nothingEveryday(q, named, j)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of the nearest token to {@code i} on the side {@code step} (-1 before, 1 after) that
   * is neither {@code passed} over nor a word of courtesy ({@link #COURTESY}), or -1 past the question's
   * end: the name's neighbour that {@link #qualifies} and {@link #asked} judge.
   */
  private static int neighbour(List<String> tokens, int i, int step, Predicate<String> passed) {
    int j = i + step;
    while (j >= 0 && j < tokens.size() && (passed.test(tokens.get(j)) || COURTESY.contains(tokens.get(j)))) {
      j += step;
    }
    return j >= 0 && j < tokens.size() ? j : -1;
  }

  /**
   * Whether a question's evidence of a theme is no more than cues: no theme weighs more than one
   * cue word gives it ({@link ThemeDetector#CUE}), or none is told at all.
   */
  static boolean cuesAlone(Question q) {
    return q.themes().values().stream().allMatch(w -> w <= ThemeDetector.CUE);
  }

  /**
   * Whether every mention of a pledger at these positions ends before a private owner named past a
   * preposition of belonging ({@link Question#privatelyOwned}).
   */
  private static boolean ownedPrivately(Question q, Set<Integer> at) {
    boolean any = false;
    for (int p : at) {
      if (p >= 0 && !at.contains(p + 1)) {
        if (!q.privatelyOwned()[p]) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Marks the tokens {@code from} to {@code to} as naming the pledger {@code id}: named, and where it is named. */
  private static void namedAt(boolean[] named, Map<String, Set<Integer>> where, String id, int from, int to) {
    Arrays.fill(named, from, to, true);
    for (int j = from; j < to; j++) {
      where.computeIfAbsent(id, k -> new HashSet<>()).add(j);
    }
  }

  /**
   * The pledgers named only in sentences of the question that ask nothing, where another pledger is
   * named in one that asks ({@link Question#sentence}): one marked as a question ({@link
   * Question#marked}). Empty in a question of one sentence or with no such mark: which sentence of
   * an unmarked message asks, its words do not tell (the filler holds "from" as well as "offer").
   */
  private static Set<String> askedElsewhere(Question q, Map<String, Boolean> out, Map<String, Set<Integer>> where) {
    int[] sentence = q.sentence();
    if (sentence.length == 0 || sentence[sentence.length - 1] == 0 || where.size() < 2) {
      return Set.of();
    }
    Set<Integer> asking = new HashSet<>();
    for (int i = 0; i < sentence.length; i++) {
      if (q.marked()[i]) {
        asking.add(sentence[i]);
      }
    }
    Set<String> asked = new HashSet<>();
    Set<String> unasked = new HashSet<>();
    for (Map.Entry<String, Set<Integer>> e : where.entrySet()) {
      if (!out.containsKey(e.getKey())) {
        continue;
      }
      if (e.getValue().stream().anyMatch(p -> asking.contains(sentence[p]))) {
        asked.add(e.getKey());
      } else {
        unasked.add(e.getKey());
      }
    }
    return asked.isEmpty() ? Set.of() : unasked;
  }

  /**
   * The word for a city in a language, folded: a city named after its country is written with it,
   * after the name ("Guatemala City") or before it past a preposition ("Ciudad de Panamá", "la ville
   * de Mexico"), in whichever language the rest of the question is.
   */
  static String cityWord(Lang lang) {
    return switch (lang) {
      case EN -> "city";
      case FR -> "ville";
      case ES -> "ciudad";
    };
  }

  /** Every language's {@link #cityWord}: a place's name may be written in another language than the question. */
  private static final Set<String> CITY_WORDS = Arrays.stream(Lang.values()).map(NameIndex::cityWord)
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the one-word name at {@code p} is part of a city's name ({@link #cityWord}): the word
   * right after it ("Mexico City"), or two before it with a function word between ("Ciudad de Panamá").
   */
  private boolean inCityName(List<String> tokens, int p) {
    return p >= 0 && (p + 1 < tokens.size() && CITY_WORDS.contains(tokens.get(p + 1))
        || p >= 2 && CITY_WORDS.contains(tokens.get(p - 2)) && analysis.isFunctionWord(tokens.get(p - 1)));
  }

  /**
   * Whether a country named by one word at these positions, in an off-topic question, is rather a
   * thing named after it: the question has no theme evidence at all, the word is not typed in
   * capitals, and more than {@value #MAX_EVERYDAY_BESIDE_ONE_WORD_NO_THEME} everyday words stand
   * beside it once words typed with a capital inside the sentence are left out.
   */
  private boolean thingNamedAfter(Question q, boolean[] named, List<Integer> at) {
    if (!q.themes().isEmpty() || at.stream().anyMatch(p -> p >= 0 && q.upper()[p])) {
      return false;
    }
    return everydayBeside(q, named, capitalisedInside(q)) > MAX_EVERYDAY_BESIDE_ONE_WORD_NO_THEME;
  }

  /** The surface words of a question typed with a capital first letter ({@link Question#capital}), past its first word. */
  private static Set<String> capitalisedInside(Question q) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < q.capital().length; i++) {
      if (q.capital()[i]) {
        out.add(q.surface().get(i));
      }
    }
    return out;
  }

  /**
   * Whether the question's theme evidence, too weak alone to put it on topic ({@link
   * Question#offTopic}: "action plan", "accountability"), is for one of these themes, those of a
   * pledger named by an acronym in lower case: the acronym and its pledger's field say together what
   * neither says alone ("undp action plan", "bid plan de acción", "mavc accountability"), in any
   * order. Only such an acronym is judged so: a one-word name or a people's adjective beside an
   * everyday word of its field is as often a thing of private life ("budget pour un voyage en
   * Italie").
   */
  private static boolean tellsTheme(Question q, List<String> themes) {
    for (String theme : themes) {
      if (q.themes().containsKey(theme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a people's adjective at these positions names its country: it stands alone (every
   * other word is a function word or in a name), or its nearest word on either side, past function
   * words, is a word of public life or of this bot's questions (its support, its government, its
   * experts), not an everyday thing (a dish, a cheese). Words of courtesy or praise ({@link
   * #courtesy}) are passed over like function words, as a "please" after a dish's name. A word one
   * letter from the name that also reads as its adjective is taken for a typo of the name, not
   * judged so, where a word of the question names a theme or the letter is a slip inside the name;
   * in a question no word of which names a theme, one that changes only the name's end ({@link
   * #adjectiveOf}: "colombien", "sueca") is judged so, as is the adjective of a name of two words
   * ("Costa Rican"). A people's adjective also names its country beside an institution's name typed with
   * capitals ({@link #institutionTyped}: "le Trésor guatémaltèque"), where the same word in small letters
   * is as often an everyday thing (a treasure), unless a private owner follows it ({@link
   * Question#privatelyOwned}: "le Trésor guatémaltèque de ma tante"). A people's word or a name
   * beside a party its state sends ({@link #sentBy}: "the Norwegian delegation", "la delegación
   * noruega") names that state where the question tells no private life. Beside a people's word, a
   * verb telling only what it is or does ({@link #PREDICATE_VERBS}: "sont", "font") is passed over
   * as a function word is; so is a hedge on either side ({@link #pastHedge}: "X apparently supports"). A name, not an adjective, also
   * names its pledger when it owns an office or a body of public life named before it past a
   * preposition of belonging ({@link #ownsOffice}), however many everyday words the question holds.
   */
  private boolean qualifies(Question q, boolean[] named, List<Integer> at, boolean adjective) {
    List<String> tokens = q.surface();
    Set<String> hedges = LanguagePack.of(q.lang()).hedges();
    boolean alone = true;
    for (int i = 0; i < tokens.size(); i++) {
      alone &= named[i] || analysis.isFunctionWord(tokens.get(i));
    }
    if (alone) {
      return true;
    }
    for (int i : at) {
      for (int step = -1; step <= 1; step += 2) {
        Predicate<String> passed = t -> analysis.isFunctionWord(t) || adjective && PREDICATE_VERBS.contains(t);
        int j = pastHedge(tokens, neighbour(tokens, i, step, passed), step, passed, hedges);
        if (j >= 0 && !named[j] && (domain(tokens.get(j)) || passedOn(q, named, j) || handLent(q, named, j)
            || adjective && institutionTyped(q, named, i, j, step) || sentBy(q, i, j))) {
          return true;
        }
      }
      if (!adjective && ownsOffice(q, named, i)) {
        return true;
      }
      // a people's word held up as a lesson or a share ({@link #heldUp}) with nothing everyday told
      // is read as its state here too: what the share holds asked ("incluye") is no second
      // everyday word that makes the country a thing named after it
      if (heldUp(q, named, i, 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The neighbour {@code j} a name's reading found on the side {@code step}, or, where it is a hedge that
   * is no word of this bot's questions ({@link LanguagePack#hedges}: "apparently", "visiblement",
   * "probablemente"), the next neighbour past it and any other such hedge: a hedge says how sure the
   * teller is, not what the name does ("X apparently supports ..."). A hedge reached so is no
   * neighbour (-1): a modal after an adverb ("probablemente podría") says how sure as much.
   */
  private int pastHedge(List<String> tokens, int j, int step, Predicate<String> passed, Set<String> hedges) {
    if (j < 0 || !hedges.contains(tokens.get(j)) || domain(tokens.get(j))) {
      return j;
    }
    int k = neighbour(tokens, j, step, t -> passed.test(t) || hedges.contains(t) && !domain(t));
    return k >= 0 && hedges.contains(tokens.get(k)) ? -1 : k;
  }

  /**
   * Whether an organisation's name at one of {@code at} is taken on as a funder, a partner, a guest or
   * a meeting's other side ({@link #ENGAGING_BEFORE}): the word right before it, past only articles,
   * prepositions of belonging or company and a noun of its offices ({@link #TOWARD_ENGAGED}: "fund
   * the X", "a partnership with X", "a meeting with the X office", "invitar al X"), or before one
   * function word there (a compound's or a clitic's second half: "rendez-vous avec X"); or the
   * nearest word after it past function words and hedges ({@link LanguagePack#hedges}), its verb ({@link
   * #ENGAGING}: "X finances groups", "X apparently funds groups"). The question is then
   * asked of the organisation, as its filler would ask it; a place or a people is never read so.
   */
  private boolean engaged(Question q, boolean[] named, List<Integer> at) {
    List<String> tokens = q.surface();
    Set<String> hedges = LanguagePack.of(q.lang()).hedges();
    for (int i : at) {
      if (i < 0) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && (named[j] || TOWARD_ENGAGED.contains(tokens.get(j)))) {
        j--;
      }
      if (j >= 0 && (ENGAGING_BEFORE.contains(tokens.get(j))
          || j > 0 && analysis.isFunctionWord(tokens.get(j)) && ENGAGING_BEFORE.contains(tokens.get(j - 1)))) {
        return true;
      }
      int k = i + 1;
      while (k < tokens.size() && (named[k] || analysis.isFunctionWord(tokens.get(k))
          || hedges.contains(tokens.get(k)) && !domain(tokens.get(k)))) {
        k++;
      }
      if (k < tokens.size() && ENGAGING.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j}, the nearest to a name, gives a hand ({@link PolicyWords#helpingHand}
   * of the question's language: "nos da una mano", "give us a hand", "un coup de main"):
   * the idiom right after it, or after one function word (the pronoun of whom it is given to), with
   * nothing everyday after it in its sentence ({@link #nothingEveryday}: a hand with a house move,
   * a coat of paint, "una mano de pintura", is no help of the field).
   */
  private boolean handLent(Question q, boolean[] named, int j) {
    List<String> tokens = q.surface();
    List<String> hand = PolicyWords.helpingHand(q.lang());
    for (int from = j + 1; from <= j + 2 && from + hand.size() <= tokens.size(); from++) {
      if (tokens.subList(from, from + hand.size()).equals(hand)) {
        return nothingEveryday(q, named, from + hand.size() - 1);
      }
      if (!analysis.isFunctionWord(tokens.get(from))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j}, the nearest to a name, is a verb that asks a peer to pass on how
   * it did a thing ({@link #PASSING_ON}: "¿Uruguay nos enseña?", "qui pourrait nous l'expliquer au
   * PNUD") whose sentence holds nothing after it but function words, names, words of public life or
   * of this bot's questions and the words that named a theme: what is taught is then the field's,
   * or the question's own. An everyday word after it is the thing taught (a dish, a dance, a
   * recipe): the name is then where a friend or a cook is from.
   */
  private boolean passedOn(Question q, boolean[] named, int j) {
    List<String> tokens = q.surface();
    return PASSING_ON.contains(tokens.get(j)) && nothingEveryday(q, named, j);
  }

  /**
   * Whether the words after {@code j} in its sentence are all function words, names, words of public
   * life or of this bot's questions ({@link #domain}) or words that named a theme: what is asked
   * for at {@code j} is then the field's, or the question's own, not an everyday thing.
   */
  private boolean nothingEveryday(Question q, boolean[] named, int j) {
    List<String> tokens = q.surface();
    for (int k = j + 1; k < tokens.size() && q.sentence()[k] == q.sentence()[j]; k++) {
      String t = tokens.get(k);
      if (!named[k] && !analysis.isFunctionWord(t) && !domain(t) && !q.themeWords().contains(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the people's adjective at {@code i} (of {@code span} words) qualifies a noun that holds up
   * its state's way as a lesson ({@link PolicyWords#lessons}), the noun right after it (English: "the
   * Swedish model") or right before it (French, Spanish: "el caso uruguayo", "le modèle suédois"),
   * the phrase opened by a definite article, in a question no other word of which is everyday
   * (each a function word, a name, a word of public life or of this bot's questions, or one naming a
   * theme): the adjective then names that state, as its people after an article does. With an
   * indefinite article ("a Brazilian model") or anything everyday beside it (a catwalk, a beer, a
   * sofa) the model or the case is a thing's. A noun of the state's part or share in a joint work
   * ({@link PolicyWords#shares}: "el aporte mexicano", "du côté chilien", "la parte guatemalteca") is
   * read the same way; a contraction of the article with "of" ("del", "du") opens the phrase too.
   */
  /**
   * Whether the people at {@code i}, after its article, owns the lesson's or the share's noun before
   * it past a preposition of belonging ({@link #OF}) or its contraction with the article: "el aporte
   * de los uruguayos", "la contribution des Suédois", "the input of the Finns".
   */
  private static boolean ownerOfShare(List<String> tokens, int i) {
    if (i >= 2 && CONTRACTED_ARTICLES.contains(tokens.get(i - 1))) {
      return heldUpBy(tokens.get(i - 2));
    }
    return i >= 3 && NameKey.ARTICLES.contains(tokens.get(i - 1)) && OF.contains(tokens.get(i - 2)) && heldUpBy(tokens.get(i - 3));
  }

  private boolean heldUp(Question q, boolean[] named, int i, int span) {
    List<String> tokens = q.surface();
    int noun;
    int article;
    if (i + span < tokens.size() && heldUpBy(tokens.get(i + span))) {
      noun = i + span;
      article = i - 1;
    } else if (i > 0 && heldUpBy(tokens.get(i - 1))) {
      noun = i - 1;
      article = i - 2;
    } else if (ownerOfShare(tokens, i)) {
      noun = CONTRACTED_ARTICLES.contains(tokens.get(i - 1)) ? i - 2 : i - 3;
      article = noun - 1;
    } else {
      return false;
    }
    // the analysis drops an elided article ("l'exemple"): the text tells it
    if (!(article >= 0 && (NameKey.ARTICLES.contains(tokens.get(article)) || CONTRACTED_ARTICLES.contains(tokens.get(article))))
        && !elided(q.text(), "l", tokens.get(noun))) {
      return false;
    }
    return onlyAsked(q, named, i, i + span, noun);
  }

  /**
   * Whether the question, marked as one, ends on a verb of a pledger's promise or offer ({@link
   * #PLEDGING}: "what did they promise?", "qu'ont-ils proposé ?", "¿qué ofrecen?") standing at or
   * after {@code from}, past a people's word: only function words, courtesy and names follow it. What
   * was told of the people before (their fame, one's reading about them) is the question's preamble;
   * anything told after the verb (to the fans, for dinner), or a word of private life anywhere (a
   * campsite, a match), makes the promise an everyday one.
   */
  private boolean askedWhatTheyPledged(Question q, boolean[] named, int from) {
    List<String> tokens = q.surface();
    Set<String> verbs = PLEDGING.get(q.lang());
    for (int k = tokens.size() - 1; k >= from; k--) {
      String t = tokens.get(k);
      if (verbs.contains(t)) {
        return q.marked()[k] && !toMe(tokens, k) && !toldOfPrivateLife(q);
      }
      if (!named[k] && !analysis.isFunctionWord(t) && !COURTESY.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /** Per language, the nouns of what a party offers others ({@link PolicyWords#offers}), read by {@link #offerOf}. */
  private static final Map<Lang, Set<String>> OFFERS = perLanguage(PolicyWords::offers);

  /**
   * Whether a noun of an offer or a promise ({@link #OFFERS}) stands before a name's first position in
   * its sentence, past only function words and nouns of a cooperation taken on ({@link
   * PolicyWords#engagements}: "la oferta de cooperación de X", "l'offre du X"), in a question told of no
   * private life: the offer is the pledger's, what this bot tells. A content word between them makes
   * the offer another's thing ("the offer of wines from X").
   */
  private boolean offerOf(Question q, boolean[] named, List<Integer> at) {
    if (at.isEmpty() || toldOfPrivateLife(q)) {
      return false;
    }
    List<String> tokens = q.surface();
    Set<String> offers = OFFERS.get(q.lang());
    Set<String> joint = JOINT.get(q.lang());
    int first = at.stream().mapToInt(Integer::intValue).min().getAsInt();
    for (int k = first - 1; k >= 0 && q.sentence()[k] == q.sentence()[first]; k--) {
      String t = tokens.get(k);
      if (offers.contains(t)) {
        return true;
      }
      if (named[k] || !analysis.isFunctionWord(t) && !joint.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /** Per language, the nouns of a cooperation taken on ({@link PolicyWords#engagements}), read by {@link #offerOf}. */
  private static final Map<Lang, Set<String>> JOINT = perLanguage(PolicyWords::engagements);

  /**
   * Whether a verb of a pledger's promise or offer ({@link #PLEDGING}) stands after a name's position
   * in its sentence, right after a function word or a name (its subject or the question's word: "what
   * they committed to", "ce que cet État a promis"), not told to the asker ({@link #toMe}), in a
   * question told of no private life: the sentence asks what the pledger pledged, however long its
   * preamble. After a content word the word is an everyday offer ("the best offer").
   */
  private boolean pledgedAfter(Question q, boolean[] named, Set<Integer> at) {
    if (at.isEmpty() || toldOfPrivateLife(q)) {
      return false;
    }
    List<String> tokens = q.surface();
    Set<String> verbs = PLEDGING.get(q.lang());
    int first = at.stream().mapToInt(Integer::intValue).min().getAsInt();
    for (int k = first + 1; k < tokens.size() && q.sentence()[k] == q.sentence()[first]; k++) {
      if (verbs.contains(tokens.get(k)) && !named[k] && (named[k - 1] || analysis.isFunctionWord(tokens.get(k - 1)))
          && !toMe(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence from {@code from}, right after a people's word, points back to that people's
   * own state: a possessive of the third person right before a word of {@link PolicyWords#ownState}
   * ("its government", "son gouvernement", "su país"), no name between, and a word of an ask about a
   * pledger that is no closed-class word, copula nor courtesy ({@link #ASKING}: a promise or an offer,
   * its help, other countries; not "we", "any", "est", "good") elsewhere after the
   * people's word, in a question told of no private life. The possessive points back to what the
   * people's word qualifies (a firm, an envoy, a newspaper), and that one's government is its state's:
   * "a Peruvian newspaper wrote that its government funds its neighbours", "un diario peruano pregunta
   * qué prometió su gobierno". A firm's own products or data asked ("a Danish firm sells
   * chairs") name no state.
   */
  private boolean governedBy(Question q, boolean[] named, int from) {
    List<String> tokens = q.surface();
    if (from <= 0 || from >= tokens.size()) {
      return false;
    }
    Set<String> owners = THIRD_OWNERS.get(q.lang());
    Set<String> states = OWN_STATE.get(q.lang());
    Set<String> asking = ASKING.get(q.lang());
    Lexicon.Grammar grammar = GRAMMAR.get(q.lang());
    int sentence = q.sentence()[from - 1];
    int state = -1;
    boolean asks = false;
    for (int k = from; k < tokens.size() && q.sentence()[k] == sentence; k++) {
      String t = tokens.get(k);
      if (state < 0 && named[k]) {
        return false;
      }
      if (state < 0 && k + 1 < tokens.size() && owners.contains(t) && states.contains(tokens.get(k + 1))) {
        state = k + 1;
      } else if (k != state && !states.contains(t) && asking.contains(t) && !analysis.isFunctionWord(t)
          && !grammar.closedClass().contains(t) && !grammar.copulas().contains(t) && !COURTESY.contains(t)) {
        asks = true;
      }
    }
    return state >= 0 && asks && !toldOfPrivateLife(q);
  }

  /** Whether a content word of the question is of private life ({@link #PRIVATE_LIFE}: a campsite, a match, a cousin). */
  private static boolean toldOfPrivateLife(Question q) {
    Set<String> life = PRIVATE_LIFE.get(q.lang());
    for (Word w : q.content()) {
      if (life.contains(w.surface())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code k} is told to the asker alone, its object the speaker's pronoun right
   * before it (a French or Spanish clitic: "¿qué me ofrecieron?") or right after it ("what did they
   * offer me?"): a promise or an offer made to one person is one of private life, not a state's.
   */
  private static boolean toMe(List<String> tokens, int k) {
    return beside(tokens, k, SPEAKER);
  }

  /** The speaker's own object pronoun in every language, folded: "me", French "m'" and "moi". */
  private static final Set<String> SPEAKER = Set.of("me", "m", "moi");

  /** Whether {@code word} holds up a state's way as a lesson or tells its part in a joint work. */
  private static boolean heldUpBy(String word) {
    return LESSONS.contains(word) || SHARES.contains(word);
  }

  /**
   * Whether every word of the question outside {@code from} to {@code to} (a name or a people's
   * word) and the word at {@code skip} (-1 for none) is a function word, a name, a word of public
   * life or of this bot's questions, or one naming a theme: nothing everyday is told beside them.
   * Where {@code skip} is a lesson's or a share's noun ({@link #heldUp}), a verb asking what it holds
   * ({@link #CONSISTING}: "consiste", "incluye", "comprend") is asked of it too. A verb of a
   * commitment taken on beside its noun ({@link #undertook}: "ont souscrit quel engagement", "took a
   * pledge") asks what they did, as "promised" does, and is nothing everyday either.
   */
  private boolean onlyAsked(Question q, boolean[] named, int from, int to, int skip) {
    List<String> tokens = q.surface();
    Set<String> undertook = undertook(q);
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (k != skip && (k < from || k >= to) && !named[k] && !analysis.isFunctionWord(t) && !domain(t)
          && !q.themeWords().contains(t) && !(skip >= 0 && CONSISTING.contains(t)) && !undertook.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} writes {@code word} (folded, no accent) right after {@code elision} and an
   * apostrophe, either one: an elided article, "l'exemple", or a subject, "j'habite".
   */
  private static boolean elided(String text, String elision, String word) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains(elision + "'" + word) || lower.contains(elision + "\u2019" + word);
  }

  /**
   * Whether the word at {@code j}, the nearest to a name or a people's adjective, is a party sent to
   * or by that state: a delegation ({@link PolicyWords#delegations}: "the Norwegian delegation", "la
   * délégation colombienne"), one person sent to speak for it named before it past "of" ({@link
   * PolicyWords#envoys}: "un représentant de la Norvège", not "a representative in Mexico") where the
   * question holds a word of public life or of this bot's questions (what it pledged, how to meet it:
   * one at a pageant or a fair is a contestant or a stand), or a visit or a mission beside a word of work or learning, either of
   * the two nearest the name, function words passed ({@link PolicyWords#visits}, {@link
   * PolicyWords#visitPurposes}: "a working visit to Chile", "mission d'étude au Kenya"), in a
   * question no content word of which is of private life ({@link #PRIVATE_LIFE}: a match, a hotel, a
   * cousin), where such a party is as often a country's athletes, a school class or a tour group.
   */
  private boolean sentBy(Question q, int i, int j) {
    List<String> tokens = q.surface();
    String word = tokens.get(j);
    boolean sent = DELEGATIONS.contains(word) || ENVOYS.contains(word) && j < i && OF.contains(tokens.get(j + 1))
        && q.content().stream().anyMatch(w -> FILLER.contains(w.surface()) || POLICY.contains(w.surface()));
    for (int step = -1; !sent && step <= 1; step += 2) {
      int k = neighbour(tokens, j, step, analysis::isFunctionWord);
      sent = k >= 0 && (VISITS.contains(word) && PURPOSES.contains(tokens.get(k))
          || PURPOSES.contains(word) && VISITS.contains(tokens.get(k)));
    }
    if (!sent) {
      return false;
    }
    Set<String> life = PRIVATE_LIFE.get(q.lang());
    for (Word w : q.content()) {
      if (life.contains(w.surface())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the pledgers named as the owner of an office of public power ({@link #ownsOffice}, a
   * chancery or a presidency too, {@link #CHANCERIES}: "the ministry of finance of X", "la cancillería
   * de X") as weak, and those named apart from that office
   * as exact, where at least one pledger named nowhere as such an owner stands after it and apart
   * from it: a word that is no function word and names no pledger lies between them (a verb, an act:
   * "... wants to learn from Y", "... visitará Y"). The owner's office, named first as the one that
   * acts is, is the one that asks; the other is what it asks about. A state whose office is named
   * after another pledger is the object of the sentence ("X asks for the support of the government
   * of Y") and stays as it is; so do two states joined by function words alone ("the ministry of X
   * and that of Y"), named alike, and two owners. The owner named beside the other as the two halves
   * of a compound of two peoples ("la cooperación uruguayo-chilena ... la cancillería de Chile") is
   * the pair's asker wherever its office is named.
   */
  private void askedAbout(Question q, boolean[] named, Map<String, Boolean> out, Map<String, Set<Integer>> where) {
    if (where.size() < 2) {
      return;
    }
    Map<String, Integer> owning = new HashMap<>();
    for (Map.Entry<String, Set<Integer>> e : where.entrySet()) {
      if (out.containsKey(e.getKey())) {
        e.getValue().stream().filter(p -> ownsOffice(q, named, p, CHANCERIES)).findFirst()
            .ifPresent(p -> owning.put(e.getKey(), p));
      }
    }
    if (owning.isEmpty()) {
      return;
    }
    Set<String> askers = new HashSet<>();
    Set<String> asked = new HashSet<>();
    for (Map.Entry<String, Integer> owner : owning.entrySet()) {
      for (Map.Entry<String, Set<Integer>> other : where.entrySet()) {
        if (!owning.containsKey(other.getKey()) && out.containsKey(other.getKey())
            && other.getValue().stream().anyMatch(p -> (p > owner.getValue() || paired(where.get(owner.getKey()), p))
                && apart(q, named, owner.getValue(), p))) {
          askers.add(owner.getKey());
          asked.add(other.getKey());
        }
      }
    }
    askers.forEach(id -> out.put(id, false));
    asked.forEach(id -> out.put(id, true));
  }

  /** Whether a pledger named at these positions is named right beside position {@code p}, as the other half of a compound. */
  private static boolean paired(Set<Integer> at, int p) {
    return at.contains(p - 1) || at.contains(p + 1);
  }

  /** Whether a word that is no function word and names no pledger stands between positions {@code a} and {@code b}. */
  private boolean apart(Question q, boolean[] named, int a, int b) {
    List<String> tokens = q.surface();
    for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
      if (!named[i] && !analysis.isFunctionWord(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many content words may stand between an office of public power and the name that owns it
   * past a preposition of belonging: the office's field, "[de economía] de", "[of foreign affairs] of".
   */
  static final int MAX_OFFICE_FIELD_WORDS = 2;

  /**
   * How many words typed with a capital may stand between a body's head and the name that owns it
   * ({@link #ownsOffice}): the body's own title, "Directorate [for Integrity] of the [Cabinet]
   * of", "la Secretaría [Nacional] de [Integridad y Ética Pública] de".
   */
  static final int MAX_TITLE_WORDS = 6;

  /**
   * The heads of a body's title that name a body of public power only typed with a capital past the
   * sentence's first word, in every language: the roles and desks any organisation has ({@link
   * PolicyWords#roles}: an office, a secretariat, "departamento"), the offices whose word is as often
   * an everyday thing ({@link #TYPED_OFFICES}: a commission) and those that speak for a state ({@link
   * #CHANCERIES}). "The Bureau of the National Integrity Commissioner of X", "la Délégation
   * nationale à l'intégrité du X" is the state's body; "the office of a firm in X" is not.
   */
  private static final Set<String> TITLE_HEADS = PolicyWords.union(PolicyWords.everyLanguage(PolicyWords::roles),
      TYPED_OFFICES, CHANCERIES);

  /**
   * Whether the name at {@code p} owns an office of public power or a body of public life named
   * before it: a preposition of belonging ({@link PolicyWords#belonging}) stands right before the
   * name (past its article), and walking back from it over function words and at most {@value
   * #MAX_OFFICE_FIELD_WORDS} words of the office's field reaches a word of public life or an office
   * ({@link #POLICY}, {@link #OFFICES}; not a word of this bot's questions, which owns nothing): "la
   * secretaría de turismo de ...", "le ministère des transports du ...". Words typed with a capital
   * past the sentence's first word are the body's title, not its field: up to {@value #MAX_TITLE_WORDS}
   * of them are passed over whatever they are, and a head of {@link #TITLE_HEADS} typed so is the body
   * ("la Secretaría Nacional de Integridad de ..."). The name is then the state whose office it
   * is, as a people's adjective beside the office is.
   */
  private boolean ownsOffice(Question q, boolean[] named, int p) {
    return ownsOffice(q, named, p, Set.of());
  }

  /** {@link #ownsOffice}, the office's word also one of {@code alsoOffices}. */
  private boolean ownsOffice(Question q, boolean[] named, int p, Set<String> alsoOffices) {
    List<String> tokens = q.surface();
    Set<String> belonging = PolicyWords.belonging(q.lang());
    int j = p - 1;
    while (j >= 0 && !belonging.contains(tokens.get(j)) && analysis.isFunctionWord(tokens.get(j))) {
      j--;
    }
    if (j < 0 || !belonging.contains(tokens.get(j))) {
      return false;
    }
    int field = 0;
    int title = 0;
    for (j--; j >= 0 && !named[j]; j--) {
      String t = tokens.get(j);
      boolean typed = typedAsName(q, j);
      if (POLICY.contains(t) || OFFICES.contains(t) || alsoOffices.contains(t) || typed && TITLE_HEADS.contains(t)) {
        return true;
      }
      if (typed && ++title > MAX_TITLE_WORDS) {
        return false;
      }
      if (!analysis.isFunctionWord(t) && !typed && ++field > MAX_OFFICE_FIELD_WORDS) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j}, beside a people's adjective at {@code adjective}, ends a name typed
   * with capitals past the first word ({@link Question#capital}: "Trésor", "Secretaría de Hacienda",
   * "Corte de Cuentas", "Revenue Commissioners") holding an office of public power whose word is as
   * often an everyday thing or a prerogative of the state ({@link #TYPED_OFFICES}): capitalised so,
   * the office is the state's, as "the treasury" or "la tesorería" always are. The name runs from
   * {@code j} away from the adjective over capitalised words and the function words between them.
   * Where a language writes its people's adjectives in small letters, one typed with a capital is
   * itself part of a name, a shop's or a dish's ("la Hacienda Guatemalteca", {@link #adjectiveAsTyped}).
   */
  private boolean institutionTyped(Question q, boolean[] named, int adjective, int j, int step) {
    if (!adjectiveAsTyped(q, adjective)) {
      return false;
    }
    List<String> tokens = q.surface();
    boolean office = false;
    // a private owner or a time after the phrase, past a preposition of belonging, makes it
    // someone's thing: "le Trésor mexicain de mon grand-père", "el Partido costarricense del domingo"
    boolean owned = q.privatelyOwned()[adjective];
    int first = -1;
    for (int k = j; k > 0 && k < tokens.size() && !named[k]; k += step) {
      if (q.capital()[k]) {
        office |= TYPED_OFFICES.contains(tokens.get(k));
        owned |= q.privatelyOwned()[k];
        first = k;
      } else if (!analysis.isFunctionWord(tokens.get(k))) {
        break;
      }
    }
    // an institution of the state is the one of its kind: "un Trésor", "una Hacienda" is a thing
    int before = first + step;
    return office && !owned && !(before >= 0 && before < tokens.size() && indefinite(q.lang()).contains(tokens.get(before)));
  }

  /**
   * Whether the nearest word on either side of the {@code span} words from {@code i}, past function
   * words and courtesy, is an office of public power whose word is as often an everyday thing or a
   * prerogative of the state ({@link #TYPED_OFFICES}: customs, an army, "douane", "aduana"), in
   * any case.
   */
  private boolean besideTypedOffice(List<String> tokens, int i, int span) {
    for (int step = -1; step <= 1; step += 2) {
      int j = step < 0 ? i - 1 : i + span;
      while (j >= 0 && j < tokens.size() && (analysis.isFunctionWord(tokens.get(j)) || COURTESY.contains(tokens.get(j)))) {
        j += step;
      }
      if (j >= 0 && j < tokens.size() && TYPED_OFFICES.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** The indefinite articles of a language, folded: before a name, they make it one thing of a kind. */
  static Set<String> indefinite(Lang lang) {
    return switch (lang) {
      case EN -> Set.of("a", "an");
      case FR -> Set.of("un", "une");
      case ES -> Set.of("un", "una", "unos", "unas");
    };
  }

  /**
   * Whether a people's adjective at {@code i} and the capitals of a name beside it are read as
   * typed: in French and Spanish, which write adjectives and everyday nouns in small letters, when
   * the adjective is in small letters (typed with a capital it is itself a word of a name, "el
   * Mezcal Mexicano", "la Pizzería Italiana"); never in English, which capitalises every people's
   * adjective and the words of titles, shops and brands ("Mexican Party Supplies", "Court shoes").
   */
  private static boolean adjectiveAsTyped(Question q, int i) {
    return switch (q.lang()) {
      case EN -> false;
      case FR, ES -> i >= 0 && !q.capital()[i];
    };
  }

  /**
   * A word of public life ({@link PolicyWords}), an office of public power ({@link #OFFICES}) or of
   * questions put to this bot in any language ({@link LanguagePack#filler}: "pledge", "apoyo",
   * "engagement" even where it is content).
   */
  private static boolean domain(String token) {
    return POLICY.contains(token) || OFFICES.contains(token) || FILLER.contains(token);
  }

  /**
   * Whether the name's head comes first in this language ("Banque asiatique [de développement]",
   * "Grupo [de Trabajo] sobre Datos Abiertos") or last ("Asian [Development] Bank"): the head is
   * never the word a user leaves out.
   */
  static boolean headFirst(Lang lang) {
    return switch (lang) {
      case EN -> false;
      case FR, ES -> true;
    };
  }

  /**
   * The pledgers named by the words of a name of several words in another order, or with other
   * function words between them, or shortened: "group on open data", "grupo de trabajo en
   * apertura fiscal", "Asian Dev Bank", "la banque inter-américaine". The name's content words
   * ({@link NameKey#content}) must stand together in the question, only function words or the
   * name's own words between them, each as written, a typo away (within the edits its length
   * allows, {@link Edits#allowed}), cut short ("dev") or split by a hyphen; one of three or more
   * may be missing if other pledgers' names share it and it is not the name's head ({@link
   * #headFirst}): "the extractives working group", "banque asiatique". Words already in a name
   * as written ({@code taken}) are not read again. Mapped to true when every word is there and
   * one at least as written (several words of a name, one mistyped, are that name: "Transparancy
   * International"), false when a word is missing.
   */
  Map<String, Boolean> unordered(List<String> tokens, boolean[] taken) {
    return unordered(tokens, taken, new String[tokens.size()]);
  }

  /** {@link #unordered(List, boolean[])}, marking in {@code spans} the pledger each token read belongs to, if none yet. */
  private Map<String, Boolean> unordered(List<String> tokens, boolean[] taken, String[] spans) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    Set<NameKey> candidates = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<NameKey> keys = taken[i] ? null : byContent.get(tokens.get(i));
      if (keys != null && keys.size() <= MAX_KEYS_OF_A_WORD) {
        // letters one by one are read only in their order and where they stand alone ({@link #wholeLetters})
        for (NameKey k : keys) {
          if (!letters(k)) {
            candidates.add(k);
          }
        }
      }
    }
    Map<String, boolean[]> coverable = new HashMap<>();
    for (NameKey key : candidates) {
      if (!twoCoverable(key, tokens, coverable)) {
        continue; // no run of the question can read two of its words: the verdict would be null
      }
      Boolean found = unordered(key, tokens, taken, spans, readers(key, tokens, coverable));
      if (found != null) {
        out.merge(key.id(), found, Boolean::logicalOr);
      }
    }
    if (Collections.frequency(out.values(), Boolean.FALSE) > MAX_LOOSE_NAMED) {
      out.values().removeIf(exact -> !exact);
      for (int p = 0; p < spans.length; p++) {
        if (spans[p] != null && !out.containsKey(spans[p])) {
          spans[p] = null;
        }
      }
    }
    return out;
  }

  /** Whether one key is named in another order: true wholly, false with a word missing, null not. */
  private Boolean unordered(NameKey key, List<String> tokens, boolean[] taken, String[] spans, boolean[] readers) {
    List<String> words = key.content();
    int i = 0;
    while (i < tokens.size()) {
      boolean[] covered = new boolean[words.size()];
      boolean exact = false;
      int j = i;
      while (j < tokens.size() && !taken[j]) {
        String t = tokens.get(j);
        int w = words.indexOf(t);
        if (w >= 0) {
          covered[w] = true;
          exact = true;
          j++;
          continue;
        }
        if (key.tokens().contains(t) || analysis.isFunctionWord(t)) {
          j++;
          continue;
        }
        if (!readers[j]) {
          break; // no test below reads a name word from it
        }
        if (j + 1 < tokens.size() && !taken[j + 1]
            && (w = uncovered(words, covered, t, joinedWith(tokens.get(j + 1)))) >= 0) {
          covered[w] = true;
          j += 2;
          continue;
        }
        // A word of this bot's questions or of grammar ("can", "help") is that word, not a name
        // word cut short ("who in Sweden's government can help" names no Government of Canada).
        if ((w = uncovered(words, covered, t, NameIndex::nearWord)) >= 0
            || !analysis.isStop(t) && (w = uncovered(words, covered, t, NameIndex::shortOf)) >= 0) {
          covered[w] = true;
          j++;
          continue;
        }
        break;
      }
      Boolean found = verdict(key, covered, exact);
      if (found != null) {
        for (int p = i; p < j; p++) {
          if (spans[p] == null) {
            spans[p] = key.id();
          }
        }
        return found;
      }
      i = Math.max(j, i + 1);
    }
    return null;
  }

  /**
   * Whether two of the key's content words or more could each be read from some word of the
   * question, or two joined, by the tests {@link #unordered(NameKey, List, boolean[], String[])}
   * applies (as written, {@link #near}, {@link #shortened}), wherever they stand: when fewer can,
   * no run covers two and the key is not named. Each name word's answer is kept for the question
   * in {@code coverable}, as the same words ("open", "data", "group") recur across keys.
   */
  private static boolean twoCoverable(NameKey key, List<String> tokens, Map<String, boolean[]> coverable) {
    int can = 0;
    for (String word : key.content()) {
      if (coverable.computeIfAbsent(word, w -> coverable(w, tokens)) != null && ++can >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per question word, whether it, or it and the next joined, may read as one of the key's content
   * words ({@link #coverable}): a word of a run that may not, nor is a word of the key's own or a
   * function word, ends the run, whatever the words covered so far (a long message's words are not
   * each tested against every candidate name's words).
   */
  private static boolean[] readers(NameKey key, List<String> tokens, Map<String, boolean[]> coverable) {
    boolean[] out = new boolean[tokens.size()];
    for (String word : key.content()) {
      boolean[] at = coverable.computeIfAbsent(word, w -> coverable(w, tokens));
      if (at != null) {
        for (int j = 0; j < out.length; j++) {
          out[j] |= at[j];
        }
      }
    }
    return out;
  }

  /**
   * Per word of the question, whether it, or it and the next beside it joined, reads as {@code
   * word}; null when none does. Every reading starts with the word's own letter (a typo keeps
   * {@link Edits#PREFIX} letters), so a word starting otherwise is passed at once.
   */
  static boolean[] coverable(String word, List<String> tokens) {
    boolean[] out = null;
    for (int j = 0; j < tokens.size(); j++) {
      String t = tokens.get(j);
      if (Edits.PREFIX > 0 && !t.isEmpty() && !word.isEmpty() && t.charAt(0) != word.charAt(0)) {
        continue;
      }
      if (t.equals(word) || nearWord(t, word) || shortOf(t, word)
          || j + 1 < tokens.size() && nearJoined(t, tokens.get(j + 1), word)) {
        if (out == null) {
          out = new boolean[tokens.size()];
        }
        out[j] = true;
      }
    }
    return out;
  }

  private Boolean verdict(NameKey key, boolean[] covered, boolean exact) {
    int have = 0;
    int missing = -1;
    for (int w = 0; w < covered.length; w++) {
      if (covered[w]) {
        have++;
      } else {
        missing = w;
      }
    }
    if (have < 2) {
      return null;
    }
    if (have == covered.length) {
      return exact;
    }
    if (have == covered.length - 1 && covered.length >= 3 && shared.contains(key.content().get(missing))) {
      int last = covered.length - 1;
      int at = missing;
      return key.langs().stream().allMatch(l -> at != (headFirst(l) ? 0 : last)) ? Boolean.FALSE : null;
    }
    return null;
  }

  /**
   * The first word of a name not yet covered that {@code typed} stands for by {@code match}: a typo
   * of it ({@link #nearWord}) or the word cut short ({@link #shortOf}); -1 if none.
   */
  private static int uncovered(List<String> words, boolean[] covered, String typed, BiPredicate<String, String> match) {
    for (int w = 0; w < words.size(); w++) {
      if (!covered[w] && match.test(typed, words.get(w))) {
        return w;
      }
    }
    return -1;
  }

  /** Whether {@code typed} is a typo of a name word, within the edits the word's length allows. */
  private static boolean nearWord(String typed, String word) {
    return typed.length() >= Edits.MIN_LENGTH_ONE_EDIT && Edits.within(typed, word, Edits.allowed(word.length()));
  }

  /**
   * {@link #nearWord} of two words typed as one, joined only when their lengths and first letters
   * allow it: every word of a long message is tried against every name word beside its next one.
   */
  private static boolean nearJoined(String first, String second, String word) {
    int length = first.length() + second.length();
    if (length < Edits.MIN_LENGTH_ONE_EDIT || Math.abs(length - word.length()) > Edits.allowed(word.length())) {
      return false;
    }
    for (int i = 0; i < Edits.PREFIX; i++) {
      int k = i - first.length();
      char c = k < 0 ? first.charAt(i) : k < second.length() ? second.charAt(k) : 0;
      if (i >= word.length() || c != word.charAt(i)) {
        return false;
      }
    }
    return nearWord(first + second, word);
  }

  /** {@link #nearJoined} as a test of one typed word, joined with {@code next}, against a name word. */
  private static BiPredicate<String, String> joinedWith(String next) {
    return (typed, word) -> nearJoined(typed, next, word);
  }

  /** Whether {@code typed} is a name word cut short ("dev" for "development"): at least three letters, three fewer than the word. */
  private static boolean shortOf(String typed, String word) {
    return typed.length() >= 3 && word.length() >= typed.length() + 3 && word.startsWith(typed);
  }

  /**
   * How many distinct content words of the question are neither in a name, nor words of public
   * life, nor among {@code leftOut}, nor hedges of the question's language ({@link
   * LanguagePack#hedges}: its modals and adverbs of time, degree and certainty). A hedge says how
   * sure or how soon the asker is, never where or with whom: counted, two of them beside a one-word
   * name read a question to this bot as a scene of private life. Prepositions stay counted: one of
   * opposition, place or company ("contre", "chez") carries that scene as often as a question. A
   * hedge told in several words ({@link LanguagePack#hedgePhrases}) leaves out its words where they
   * stand in it only ({@link #hedgedWords}): the same noun elsewhere in the question is counted. A
   * speaker's talk words ({@link LanguagePack#talk}: "so", "well", "said", "bon", "alors", "pues",
   * "bueno") are left out as hedges are where the question holds a word of public life or of this
   * bot's questions outside the names ({@link #toldToThisBot}): spoken or reported, a question to
   * this bot is told among them; told around a scene alone (a match, a dish) they stay counted.
   */
  private int everydayBeside(Question q, boolean[] named, Set<String> leftOut) {
    LanguagePack pack = LanguagePack.of(q.lang());
    Set<String> hedges = pack.hedges();
    Set<String> inNames = new HashSet<>();
    for (int i = 0; i < named.length; i++) {
      if (named[i]) {
        inNames.add(q.surface().get(i));
      }
    }
    Set<String> talk = toldToThisBot(q, inNames) ? pack.talk() : Set.of();
    Set<String> hedged = hedgedWords(q.surface(), pack);
    Set<String> undertook = undertook(q);
    Set<String> aspect = pack.aspectAuxiliaries(q.surface());
    int n = 0;
    for (Word w : q.content()) {
      n += inNames.contains(w.surface()) || POLICY.contains(w.surface()) || leftOut.contains(w.surface())
          || hedges.contains(w.surface()) || aspect.contains(w.surface()) || talk.contains(w.surface()) || hedged.contains(w.surface())
          || undertook.contains(w.surface()) ? 0 : 1;
    }
    return n;
  }

  /**
   * The verbs of a commitment taken on ({@link PolicyWords#undertaking}) that stand at most {@value
   * #UNDERTAKING_SPAN} tokens from a commitment's noun ({@link PolicyWords#undertaken}) in one
   * sentence ("compromisos" and "asumió", "engagements" and "pris", "commitments" and "make"): with
   * it the verb asks what a pledger did, as "promised" does, and is no scene of
   * private life beside its name. Alone ("took", "pris", "tomó" a plane) it stays counted, and so
   * does the noun where it is counted (French "engagement" is a theme's word too): one's own
   * commitment taken on for a trip or a landlord's for the heating keeps its everyday words.
   */
  private static Set<String> undertook(Question q) {
    List<String> tokens = q.surface();
    Set<String> verbs = UNDERTAKING.get(q.lang());
    Set<String> nouns = UNDERTAKEN.get(q.lang());
    Set<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (!verbs.contains(tokens.get(i))) {
        continue;
      }
      for (int j = Math.max(0, i - UNDERTAKING_SPAN); j <= Math.min(tokens.size() - 1, i + UNDERTAKING_SPAN); j++) {
        if (nouns.contains(tokens.get(j)) && q.sentence()[j] == q.sentence()[i]) {
          out = out == null ? new HashSet<>() : out;
          out.add(tokens.get(i));
        }
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Whether a content word of the question outside the names ({@code inNames}, their words) is a
   * word of public life or of this bot's questions ({@link #POLICY}, {@link #FILLER}: what a pledger
   * offers, its experience).
   */
  private static boolean toldToThisBot(Question q, Set<String> inNames) {
    for (Word w : q.content()) {
      String s = w.surface();
      if (!inNames.contains(s) && (POLICY.contains(s) || FILLER.contains(s))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The surface words that stand, wherever they occur in {@code tokens}, inside a hedge told in
   * several words ({@link LanguagePack#inHedgePhrase}: "doute" of "sans doute"); a word found outside
   * every such phrase too is not one.
   */
  static Set<String> hedgedWords(List<String> tokens, LanguagePack pack) {
    boolean[] inside = pack.inHedgePhrase(tokens);
    if (inside == null) {
      return Set.of();
    }
    Set<String> in = new HashSet<>();
    Set<String> out = new HashSet<>();
    for (int i = 0; i < inside.length; i++) {
      (inside[i] ? in : out).add(tokens.get(i));
    }
    in.removeAll(out);
    return in;
  }

  /** Whether the question names any pledger of this index (the same rule as {@link #match}). */
  boolean matchesAny(Question q) {
    return !match(q).isEmpty();
  }

  /**
   * Whether an acronym's letters said one by one ({@link NameKey#spelt}) found at {@code i} stand
   * alone there: not inside the letters of a longer acronym said so that hold them ("i a d b" names
   * one bank, not also the one "a d b" spells), nor beside a stray letter ({@link #letters}); two
   * letters only when {@code lang} lists the acronym.
   */
  boolean wholeLetters(NameKey key, List<String> tokens, int i, Lang lang) {
    int end = i + key.tokens().size();
    if (letters(key) && (strayLetter(tokens, i - 1) || strayLetter(tokens, end))) {
      return false;
    }
    // two letters said one by one are that acronym only in a language that lists it ("u k" in
    // English; "r u" is English chat, the acronym French and Spanish)
    if (letters(key) && key.tokens().size() < NameKey.MIN_SPELT && !key.langs().contains(lang)) {
      return false;
    }
    if (!spelt(key)) {
      return true;
    }
    for (int j = i; j >= 0 && tokens.get(j).length() == 1; j--) {
      for (NameKey other : startingAt(tokens, j)) {
        if (spelt(other) && j + other.tokens().size() >= end && other.tokens().size() > key.tokens().size()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a key is letters one by one, as listed ("U.S.", "R.-U.") or said ({@link #spelt}): two
   * such letters or more, typed beside one more letter that is no function word ("u s b", "u s o"),
   * are part of that longer run of letters, another acronym or a word spelt out, and name nothing.
   */
  private static boolean letters(NameKey key) {
    return key.tokens().size() > 1 && singleLetters(key.tokens());
  }

  /** Whether every one of {@code tokens} is a single character (read at every candidate name, so no stream). */
  private static boolean singleLetters(List<String> tokens) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).length() != 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token at {@code p} is a single letter that is no function word of any language. */
  private boolean strayLetter(List<String> tokens, int p) {
    return p >= 0 && p < tokens.size() && tokens.get(p).length() == 1 && Character.isLetter(tokens.get(p).charAt(0))
        && !analysis.isStop(tokens.get(p));
  }

  /** Whether a key is an acronym's letters one by one ({@link NameKey#spelt}). */
  private static boolean spelt(NameKey key) {
    return key.derived() && key.tokens().size() >= NameKey.MIN_SPELT && singleLetters(key.tokens());
  }

  /**
   * Whether the people's adjective at {@code i} stands for the language it names: right after a word
   * whose complement is a language ({@link PolicyWords#tongueUse}: "learn Dutch", "aprender sueco"), or
   * past one function word of {@link PolicyWords#tongueLinks} after it ("apprendre le hongrois", "clases
   * de holandés"), or right after a preposition of the language a thing is in ({@link
   * PolicyWords#intoTongue}: "into Italian", "en néerlandais") with no content word after it in its
   * sentence for it to qualify ("in Dutch municipalities" are the country's). A people after the
   * plural article ("learn from the Dutch", "les Hongrois") is no language, nor, where languages are
   * written in small letters, a capitalised one ("experts en Croate": the Croatians).
   */
  private boolean namesTongue(Question q, int i) {
    List<String> tokens = q.surface();
    Lang lang = q.lang();
    boolean tonguesInSmallLetters = switch (lang) {
      case EN -> false;
      case FR, ES -> true;
    };
    if (i == 0 || tonguesInSmallLetters && q.capital()[i]) {
      return false;
    }
    String before = tokens.get(i - 1);
    if (TONGUE_USE.get(lang).contains(before)
        || i >= 2 && TONGUE_LINKS.get(lang).contains(before) && TONGUE_USE.get(lang).contains(tokens.get(i - 2))) {
      return true;
    }
    if (!INTO_TONGUE.get(lang).contains(before)) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && q.sentence()[k] == q.sentence()[i]; k++) {
      if (!analysis.isFunctionWord(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the token at {@code i} is in small letters right after a pronoun that stands only before a
   * verb ({@link PolicyWords#proclitics}: "se", "me", "nos"): it is that verb ("en qué se usa": uses),
   * not a one-word name spelt the same.
   */
  private static boolean afterProclitic(List<String> tokens, boolean[] upper, int i, Lang lang) {
    return i > 0 && !upper[i] && PROCLITICS.get(lang).contains(tokens.get(i - 1));
  }

  private boolean matchesAt(NameKey key, List<String> tokens, boolean[] upper, int i) {
    List<String> k = key.tokens();
    if (i + k.size() > tokens.size() || !tokens.subList(i, i + k.size()).equals(k)) {
      return false;
    }
    return !commonWord(key) || upper[i];
  }

  /** The ids whose key is exactly this whole text (already folded and tokenized). */
  List<String> exact(List<String> tokens) {
    return ids(byJoined.getOrDefault(String.join(" ", tokens), List.of()));
  }

  /** The ids whose key is a typo away from this whole text, nearest first. */
  List<String> near(List<String> tokens) {
    String text = String.join(" ", tokens);
    List<NameKey> keys = new ArrayList<>();
    for (String near : joined.near(text)) {
      keys.addAll(byJoined.get(near));
    }
    return ids(keys);
  }

  /**
   * The languages whose speakers name a pledger with these tokens ({@link NameKey#spoken}); empty
   * when they name none.
   */
  Set<Lang> languages(List<String> tokens) {
    Set<Lang> out = EnumSet.noneOf(Lang.class);
    byJoined.getOrDefault(String.join(" ", tokens), List.of()).forEach(k -> out.addAll(k.spoken()));
    return out;
  }

  private static List<String> ids(List<NameKey> keys) {
    return keys.stream().map(NameKey::id).distinct().sorted().toList();
  }

  /**
   * Language evidence from names in the tokens: +1 to each language in whose names or aliases a
   * name of the tokens is written ("Norvège" French, "OCDE" French and Spanish, "Norway" English),
   * added to {@code scores} by {@link Lang#ordinal()}, once per name found: the longest name
   * standing at a word, the shorter ones inside it ("Finland" of "Republic of Finland") adding nothing. A name written alike in every language
   * adds to all, which changes no language's lead. A word that is no name as written votes as the
   * people's adjective it is, for the languages whose adjectives end so ({@link #demonymLangs}:
   * "finlandais" French though "Finland" is English), or, failing that, as the typo of a name it is
   * a typo of (as {@link #match} reads it), for that name's languages ("sud africa" Spanish). Sets
   * {@code named[i]} for each token inside a name found as written; an adjective and the words of
   * a mistyped name keep their own evidence too, as they are words of a language ("finlandés" is an
   * everyday Spanish word) or the name spelt in the question's language ("transparence
   * internationale"). Returns whether it read some words as a name mistyped.
   */
  boolean nameVotes(List<String> tokens, int[] scores, boolean[] named) {
    return nameVotes(new Reading(tokens), scores, named);
  }

  /** {@link #nameVotes(List, int[], boolean[])}, the tokens looked up through {@code reading}. */
  private boolean nameVotes(Reading reading, int[] scores, boolean[] named) {
    List<String> tokens = reading.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      List<NameKey> starting = reading.startingAt(i);
      int longest = 0;
      for (int k = 0; k < starting.size(); k++) {
        int n = starting.get(k).tokens().size();
        if (n > longest && i + n <= tokens.size() && tokens.subList(i, i + n).equals(starting.get(k).tokens())) {
          longest = n;
        }
      }
      // one name found is one point per language that writes it so: the shorter names inside it
      // ("Finland" of "Republic of Finland", "World Bank" of "World Bank Group") are that name's
      // words, no second vote, else a long English name outvoted the few words around it
      if (longest > 0 && !allNamed(named, i, i + longest)) {
        for (Lang lang : languages(tokens.subList(i, i + longest))) {
          scores[lang.ordinal()]++;
        }
      }
      Arrays.fill(named, i, i + longest, true);
    }
    boolean[] typed = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (!named[i] && !reading.stop(i)) {
        int langs = reading.demonym(i).langs();
        if (langs != 0) {
          vote(scores, langs);
          typed[i] = true;
        }
      }
    }
    boolean mistyped = false;
    for (int i = 0; i < tokens.size(); i++) {
      int read = 0;
      for (int n = 1; n <= MAX_FUZZY_WORDS && i + n <= tokens.size() && !named[i + n - 1] && !typed[i + n - 1]
          && read == 0; n++) {
        int langs = typoLangs(reading, i, n);
        if (langs != 0) {
          vote(scores, langs);
          read = n;
          mistyped = true;
        }
      }
      i += Math.max(read - 1, 0);
    }
    return mistyped;
  }

  /** Whether every token from {@code from} to {@code to} was read inside a name found already. */
  private static boolean allNamed(boolean[] named, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!named[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The languages of the names that {@code n} question words from {@code i} are a typo of (as {@link
   * #match} reads a {@link Shingle}; {@link NameKey#spoken}), as a bit per ordinal; 0 when they are none. "sud africa" is
   * Spanish's "Sudáfrica" mistyped; "colmbia" is English's and Spanish's "Colombia".
   */
  private int typoLangs(Reading reading, int i, int n) {
    String text = firstLetters.indexOf(reading.tokens.get(i).charAt(0)) < 0 ? null : reading.run(i, n);
    if (text == null) {
      return 0;
    }
    int langs = 0;
    List<String> nearRun = reading.nearRun(i, n);
    for (int t = 0; t < nearRun.size(); t++) { // by index: most runs are no typo of a name
      for (NameKey key : byJoined.get(nearRun.get(t))) {
        if (typoOf(key, text, n)) {
          for (Lang lang : key.spoken()) {
            langs |= 1 << lang.ordinal();
          }
        }
      }
    }
    return langs;
  }

  /**
   * Whether {@code words} question words, {@code text} ({@link Vocabulary#near} a key's text), are
   * that key mistyped: as many words, or its words run together or split apart ("worldbank", "sud
   * africa" for "Sudáfrica", "opendata working group"), the spaces aside within the edits the name's
   * length allows; never a name that is also a common word, nor a people's adjective split.
   */
  private boolean typoOf(NameKey key, String text, int words) {
    // letters one by one, of the key or typed, are an acronym as written or nothing ({@link
    // #wholeLetters}), no typo
    if (commonWord(key) || letters(key) || words > 1 && text.length() == 2 * words - 1) {
      return false;
    }
    if (key.tokens().size() == words) {
      return true;
    }
    String solid = key.solid();
    return !key.demonym() && Edits.within(text.replace(" ", ""), solid, Edits.allowed(solid.length()));
  }

  /**
   * The names a run of question words is with one letter lost ({@link #byLostLetter}), as many words
   * as the name, none of them named as written: its first letter ("xfam", "orld bank"), or, in a
   * word too short for a typo, any letter where the word is typed with a capital inside its sentence,
   * as a name is ("Itly"). Never a name that is also a common word.
   */
  private List<NameKey> lostLetter(Question q, boolean[] named, Shingle shingle) {
    List<NameKey> keys = byLostLetter.get(shingle.text());
    if (keys == null) {
      return List.of();
    }
    for (int k = shingle.at(); k < shingle.at() + shingle.words(); k++) {
      if (named[k]) {
        return List.of();
      }
    }
    List<NameKey> out = List.of();
    for (NameKey key : keys) {
      if (key.tokens().size() == shingle.words() && !commonWord(key)
          && (key.joined().startsWith(shingle.text(), 1) || typedAsName(q, shingle.at()))) {
        out = out.isEmpty() ? new ArrayList<>() : out;
        out.add(key);
      }
    }
    return out;
  }

  /**
   * The words of everyday language ({@link #shingles} leaves them out: no run of one word, {@code
   * mayBeTypo}) typed with a capital inside their sentence ({@link #typedAsName}) or standing alone as
   * a pledge's subject ({@link #subjectOfPledge}), near a name, with a verb of a pledge after them that
   * asks what they pledged ({@link #pledgedAfter}, reading each as a name): as runs of one word.
   */
  private List<Shingle> everydayTypedAsName(Question q, Reading reading, boolean[] named, boolean[] mayBeTypo) {
    List<Shingle> out = List.of();
    for (int i = 1; i < named.length; i++) {
      if (!typedAsName(q, i) && !subjectOfPledge(q, i) || named[i] || mayBeTypo[i] || reading.run(i, 1) == null
          || firstLetters.indexOf(q.surface().get(i).charAt(0)) < 0 || reading.nearRun(i, 1).isEmpty()) {
        continue;
      }
      if (nameInSentence(q, named, i)) {
        continue;
      }
      boolean[] asNamed = named.clone();
      asNamed[i] = true;
      if (pledgedAfter(q, asNamed, Set.of(i))) {
        out = out.isEmpty() ? new ArrayList<>() : out;
        out.add(new Shingle(q.surface().get(i), 1, i));
      }
    }
    return out;
  }

  /** Whether a word of the sentence of the word at {@code i} names a pledger: that one is the name the sentence asks of. */
  private static boolean nameInSentence(Question q, boolean[] named, int i) {
    for (int k = 0; k < named.length; k++) {
      if (named[k] && q.sentence()[k] == q.sentence()[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the people's adjective of {@code span} words at {@code i} qualifies a firm ({@link #FIRMS}:
   * "a Swedish timber firm", "une entreprise suédoise") in a question that names a theme, the firm
   * at most two words from it on the side where the language puts a noun's head ({@link #headFirst}):
   * where the firm comes from, not a state asked about, a weak reading.
   */
  private static boolean firmsNationality(Question q, int i, int span) {
    if (q.offTopic() || q.themes().isEmpty()) {
      return false;
    }
    Set<String> firms = FIRMS.get(q.lang());
    List<String> tokens = q.surface();
    for (int d = 1; d <= 2; d++) {
      int k = headFirst(q.lang()) ? i - d : i + span - 1 + d;
      if (k >= 0 && k < tokens.size() && firms.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} stands alone where a question puts the subject of a verb of a
   * pledge ({@link #PLEDGING}): right after an auxiliary that a question puts before its subject
   * ({@link PolicyWords#subjectAuxiliaries}) and right before the verb, in one clause ("what did
   * hungry pledge?"). An adjective or a noun with no determiner is no subject there; a name is.
   */
  private static boolean subjectOfPledge(Question q, int i) {
    List<String> tokens = q.surface();
    return i > 0 && i + 1 < tokens.size() && SUBJECT_AUXILIARIES.get(q.lang()).contains(tokens.get(i - 1))
        && PLEDGING.get(q.lang()).contains(tokens.get(i + 1)) && !q.clause()[i] && !q.clause()[i + 1];
  }

  /**
   * Whether the word at {@code i} opens the message and is set apart from the rest by punctuation
   * ({@link Question#clause}: "fmi, examen des comptes", "unicef: support for budgets"): the message's
   * subject named first, then what is asked of it. An acronym typed so in small letters, with a topic
   * of the field after it (a word of the question names a theme, however weakly), names its pledger whatever
   * the everyday words after it, as one in capitals does; an acronym that is a common word ({@link
   * #commonWord}: "one") is not read so, nor one before no topic ("bid, ask and spread").
   */
  private static boolean setApart(Question q, int i) {
    return i == 0 && q.surface().size() > 1 && q.clause()[1];
  }

  /** Whether the word at {@code i} is typed with a capital first letter past its sentence's first word. */
  private static boolean typedAsName(Question q, int i) {
    return i > 0 && q.capital()[i] && q.sentence()[i] == q.sentence()[i - 1];
  }

  private static void vote(int[] scores, int langs) {
    for (int l = 0; l < scores.length; l++) {
      if ((langs & (1 << l)) != 0) {
        scores[l]++;
      }
    }
  }
}
