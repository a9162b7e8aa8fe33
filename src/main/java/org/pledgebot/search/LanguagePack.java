package org.pledgebot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.pledgebot.corpus.Lang;

/**
 * Everything search knows about one language, in one place: its function words (Lucene's stop
 * list), the filler of questions put to this bot ("who can help with", "qui peut nous aider sur",
 * "quién puede ayudarnos con"), its stemmer, what its surface forms carry (English possessives,
 * French elisions), the index field of its texts, the leading articles of its names, and its
 * detection features (letters and marks that only it uses). {@link Analysis}, {@link StopWords},
 * {@link Fields}, {@link Word}, {@link NameKey} and {@link LanguageDetector} read the packs of
 * every {@link Lang}; nothing else in search names a language.
 *
 * <p>Adding a language: a constant in {@link Lang}, then a case in {@link #of} (the switch fails
 * the build until it exists), and its labels and synonyms in {@code config/themes.json}.
 *
 * <p>Immutable.
 */
public final class LanguagePack {

  private static final Map<Lang, LanguagePack> PACKS = packs();

  private final Lang lang;
  private final String textField;
  private final Set<String> functionWords;
  private final Set<String> grammar;
  private final Set<String> hedges;
  private final List<List<String>> hedgePhrases;
  private final Set<String> aspectWords;
  private final Map<String, List<List<String>>> hedgePhrasesByFirst;
  private final Set<String> talk;
  private final Set<String> keptInQuestions;
  private final Set<String> filler;
  private final Set<String> articles;
  private final SurfaceEdit surface;
  private final UnaryOperator<TokenStream> stemmer;
  private final String letters;
  private final Pattern marks;

  private LanguagePack(Lang lang, CharArraySet luceneStops, Set<String> notFunctionWords,
      CharArraySet grammarList, Set<String> grammar, Set<String> hedges, Set<String> hedgePhrases,
      Set<String> keptInQuestions, Set<String> filler, Set<String> articles, SurfaceEdit surface, UnaryOperator<TokenStream> stemmer, String letters,
      Pattern marks) {
    this.lang = lang;
    this.textField = "text_" + lang.code();
    Set<String> function = new HashSet<>();
    luceneStops.forEach(w -> function.add(Folding.fold(new String((char[]) w))));
    function.removeAll(notFunctionWords);
    this.functionWords = WordSet.copyOf(function);
    Set<String> closed = new HashSet<>(function);
    grammarList.forEach(w -> closed.add(Folding.fold(new String((char[]) w))));
    grammar.forEach(w -> closed.add(Folding.fold(w)));
    Set<String> hedging = new HashSet<>();
    hedges.forEach(w -> hedging.add(Folding.fold(w)));
    closed.addAll(hedging);
    closed.removeAll(notFunctionWords);
    hedging.removeAll(notFunctionWords);
    this.grammar = WordSet.copyOf(closed);
    this.hedges = WordSet.copyOf(hedging);
    Set<String> phrases = new HashSet<>(hedgePhrases);
    phrases.addAll(talkPhrases(lang));
    this.hedgePhrases = phrases.stream().map(h -> List.of(Folding.fold(h).split(" "))).toList();
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    this.hedgePhrases.forEach(p -> byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p));
    byFirst.replaceAll((first, ps) -> List.copyOf(ps));
    this.hedgePhrasesByFirst = Collections.unmodifiableMap(byFirst);
    Set<String> talking = new HashSet<>();
    talk(lang).forEach(w -> talking.add(Folding.fold(w)));
    this.talk = WordSet.copyOf(talking);
    this.aspectWords = WordSet.copyOf(aspectual(lang));
    this.keptInQuestions = WordSet.copyOf(keptInQuestions);
    this.filler = WordSet.copyOf(filler);
    this.articles = WordSet.copyOf(articles);
    this.surface = surface;
    this.stemmer = stemmer;
    this.letters = letters;
    this.marks = marks;
  }

  /** The pack of {@code lang}. */
  public static LanguagePack of(Lang lang) {
    return PACKS.get(lang);
  }

  /** The packs of every language, in {@link Lang} order. */
  static List<LanguagePack> all() {
    return List.copyOf(PACKS.values());
  }

  private static Map<Lang, LanguagePack> packs() {
    Map<Lang, LanguagePack> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      out.put(lang, switch (lang) {
        case EN -> english();
        case FR -> french();
        case ES -> spanish();
      });
    }
    return out;
  }

  /** The language of this pack. */
  public Lang lang() {
    return lang;
  }

  /** Its function words (articles, pronouns, prepositions...), accent-folded and lowercase. */
  public Set<String> functionWords() {
    return functionWords;
  }

  /**
   * Its grammar: the closed-class words of the language, accent-folded and lowercase: its function
   * words and, beyond the stop list that ranking uses, every pronoun (indefinite ones too:
   * "nobody", "rien", "nadie"), auxiliary and modal with its contractions ("can't", "I'm"),
   * determiner and quantifier, negation, preposition and conjunction, and the adverbs of time,
   * frequency, degree and place ("still", "never", "toujours", "todavía"). They say how a thing is
   * said, not what it is about; the off-topic gate does not count them as words of the question's
   * subject ({@link QuestionCompiler}). Ranking and language detection do not read this set.
   */
  public Set<String> grammar() {
    return grammar;
  }

  /**
   * The part of its {@link #grammar} that only says how sure, how soon or how often a thing is:
   * its auxiliaries and modals in every tense a question puts them in ("could", "pourrait",
   * "devait", "podrá"), negation and the adverbs of time, frequency, degree and certainty ("maybe",
   * "sûrement", "quizás"). Unlike its prepositions ("contre", "chez") they never carry a scene of
   * their own: the one-word name's everyday count leaves them out ({@link NameIndex}).
   */
  public Set<String> hedges() {
    return hedges;
  }

  /**
   * The adverbs of its {@link #hedges} class told in several words, each as its accent-folded,
   * lowercase surface words in order ("of course", "sans doute", "tal vez", "a lo mejor"): how
   * sure, how soon or how often, said with a noun or adjective ("course", "doute", "vez", "mejor")
   * that alone would be a word of the question's subject. Only the whole phrase is a hedge. The
   * talk words told in several words ({@link #talkPhrases}: "du coup", "o sea") are read with them.
   */
  public List<List<String>> hedgePhrases() {
    return hedgePhrases;
  }

  /**
   * A speaker's talk words: the markers of spoken or chat-like telling that open, hold or close a
   * turn ("so", "ok", "well", "right", "um"; "bon", "ben", "alors", "voilà", "bref"; "pues", "bueno",
   * "oye", "mira") and the verbs that report what someone said or what the speaker believes ("said",
   * "told", "I think"; "a dit", "je crois"; "dijo", "nos contaron", "creo"), accent-folded and
   * lowercase. Like a hedge they say how a thing is told or who told it, never where or with whom,
   * so the one-word name's everyday count leaves them out ({@link NameIndex}); they are no grammar:
   * the off-topic gate and ranking do not read them.
   */
  public Set<String> talk() {
    return talk;
  }

  private static Set<String> talk(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("so", "ok", "okay", "well", "right", "yeah", "yep", "um", "uh", "erm", "hmm",
          "oh", "basically", "anyway", "anyways", "think", "thought", "guess", "believe", "said", "says",
          "say", "saying", "told", "heard", "mentioned");
      case FR -> WordSet.of("bon", "ben", "bah", "alors", "voilà", "bref", "euh", "hein", "ok", "okay",
          "crois", "croit", "pense", "pensait", "dire", "dit", "disait", "disent", "disaient", "raconte",
          "racontait", "entendu", "mentionné");
      case ES -> WordSet.of("pues", "bueno", "oye", "mira", "eh", "ok", "okey", "creo", "cree", "pienso",
          "dijo", "dijeron", "decir", "diciendo", "decía", "decían", "dice", "dicen", "contó", "contaron", "oí",
          "mencionó");
    };
  }

  /**
   * The verbs of aspect that a language uses as auxiliaries before the verb they govern, folded:
   * how long or how often a thing is done, not a thing done ("keeps saying", "used to give", "ne
   * cesse de dire", "sigue diciendo", "suele decir"); auxiliaries only where {@link #governs} finds
   * that verb right after them.
   */
  private static Set<String> aspectual(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("keep", "keeps", "kept", "keeping", "used", "continue", "continues", "continued");
      case FR -> WordSet.of("cesse", "cessent", "cessait", "arrete", "arretent", "arretait", "continue", "continuent",
          "continuait");
      case ES -> WordSet.of("sigue", "siguen", "seguia", "seguian", "continua", "continuan", "suele", "suelen", "solia",
          "solian", "deja", "dejan");
    };
  }

  /**
   * Whether the word after an aspect verb ({@link #aspectual}) is the form of the verb it governs as
   * an auxiliary: English's gerund or "to", French's "de", Spanish's gerund, infinitive or "de".
   */
  private boolean governs(String next) {
    return switch (lang) {
      case EN -> next.endsWith("ing") || next.equals("to");
      case FR -> next.equals("de") || next.equals("d");
      case ES -> next.endsWith("ndo") || next.equals("de") || next.endsWith("ar") || next.endsWith("er")
          || next.endsWith("ir");
    };
  }

  /**
   * The words of {@code tokens} (a question's folded surface words) that stand as aspect auxiliaries
   * there ({@link #aspectual} before the verb they govern): like {@link #hedges}, they tell how often,
   * never a scene of their own.
   */
  Set<String> aspectAuxiliaries(List<String> tokens) {
    Set<String> out = WordSet.of();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (aspectWords.contains(tokens.get(i)) && governs(tokens.get(i + 1))) {
        out = out.isEmpty() ? new HashSet<>() : out;
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /**
   * The talk words ({@link #talk}) told in several words ("I mean", "you know"; "du coup", "en gros";
   * "o sea", "es decir"), read as the {@link #hedgePhrases} are: only the whole phrase is one.
   */
  private static Set<String> talkPhrases(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("i mean", "you know", "you see", "let me see");
      case FR -> WordSet.of("du coup", "en gros", "tu sais", "vous savez", "je veux dire");
      case ES -> WordSet.of("o sea", "es decir", "ya sabes", "a ver");
    };
  }

  /**
   * Which of {@code tokens} (a question's folded surface words) stand inside one of its {@link
   * #hedgePhrases} as written, or null where none does.
   */
  boolean[] inHedgePhrase(List<String> tokens) {
    boolean[] inside = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      List<List<String>> starting = hedgePhrasesByFirst.get(tokens.get(i));
      if (starting == null) {
        continue;
      }
      for (List<String> phrase : starting) {
        if (i + phrase.size() <= n && tokens.subList(i, i + phrase.size()).equals(phrase)) {
          if (inside == null) {
            inside = new boolean[n];
          }
          Arrays.fill(inside, i, i + phrase.size(), true);
        }
      }
    }
    return inside;
  }

  /**
   * The words of questions put to this bot that say nothing about the answer ("who", "help",
   * "pledge", "country", "open government"), accent-folded and lowercase: every pledge is about
   * peers helping peers on open government, so these words separate nothing.
   */
  public Set<String> filler() {
    return filler;
  }

  /**
   * Function words that a question keeps as words although this language's texts drop them: in
   * a short question they are more often something else (the "e" of "e-services").
   */
  Set<String> keptInQuestions() {
    return keptInQuestions;
  }

  /** Function words and filler: what this language's text field drops. */
  public Set<String> stopWords() {
    Set<String> out = new HashSet<>(functionWords);
    out.addAll(filler);
    return WordSet.copyOf(out);
  }

  /** The index field holding the pledge texts written in this language, analysed by its stemmer. */
  String textField() {
    return textField;
  }

  /** Leading articles a user may leave out of a name ("the Netherlands", "les Pays-Bas"), folded. */
  Set<String> articles() {
    return articles;
  }

  /**
   * What this language's surface forms carry and every analysis removes (possessives, elisions),
   * taken off a lowercase term in place: the new length of {@code term}'s first {@code length}
   * characters.
   */
  int surface(char[] term, int length) {
    return surface.edit(term, length);
  }

  /**
   * An edit of a lowercase term in place, returning its new length: a language's surface filter
   * as plain code, so that {@link Analysis} runs every language's in one token filter (a chain
   * of one small filter per language was compiled by the JIT as one deep inlined stack).
   */
  @FunctionalInterface
  interface SurfaceEdit {
    int edit(char[] term, int length);
  }

  /**
   * English possessives, as Lucene's {@code EnglishPossessiveFilter} (9.12) takes them off: a
   * final "'s", "’s" or "＇s".
   */
  private static int possessive(char[] term, int length) {
    if (length >= 2) {
      char quote = term[length - 2];
      char s = term[length - 1];
      if ((quote == '\'' || quote == '\u2019' || quote == '\uFF07') && (s == 's' || s == 'S')) {
        return length - 2;
      }
    }
    return length;
  }

  /**
   * French elisions, as Lucene's {@code ElisionFilter} (9.12) with {@link FrenchAnalyzer#DEFAULT_ARTICLES}
   * takes them off: what precedes the first apostrophe, when it is one of those articles.
   */
  private static int elision(char[] term, int length) {
    for (int i = 0; i < length; i++) {
      char c = term[i];
      if (c == '\'' || c == '\u2019') {
        if (!FrenchAnalyzer.DEFAULT_ARTICLES.contains(term, 0, i)) {
          return length;
        }
        int kept = length - (i + 1);
        System.arraycopy(term, i + 1, term, 0, kept);
        return kept;
      }
    }
    return length;
  }

  /** This language's stemmer over lowercase, accent-folded tokens. */
  TokenStream stem(TokenStream in) {
    return stemmer.apply(in);
  }

  /** Lowercase letters written in this language and not in the reference language ("é", "ñ"). */
  String letters() {
    return letters;
  }

  /** Marks of this language in raw text: elisions, contractions, opening question marks, accented question words. */
  Pattern marks() {
    return marks;
  }

  // ---- the languages ----

  /** One of Snowball's stop lists as Lucene ships them ({@code org/apache/lucene/analysis/snowball}). */
  private static CharArraySet snowball(String file) {
    try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's Snowball list " + file, e);
    }
  }

  private static LanguagePack english() {
    return new LanguagePack(Lang.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, WordSet.of(), snowball("english_stop.txt"), WordSet.of(
        // beyond Snowball's list: indefinite and relative pronouns
        "nobody", "nothing", "none", "nowhere", "noone", "anything", "anywhere", "anyone", "anybody",
        "anyhow", "anyway", "everything", "everyone", "everybody", "everywhere", "something",
        "someone", "somebody", "somewhere", "somehow", "whoever", "whatever", "whenever", "wherever",
        "whichever", "whose", "oneself",
        // determiners and quantifiers
        "every", "another", "either", "neither", "several", "many", "much", "less", "least", "enough",
        "fewer", "else",
        // prepositions and conjunctions
        "across", "along", "among", "amongst", "around", "behind", "beside", "besides", "beyond",
        "despite", "except", "inside", "near", "onto", "outside", "per", "since", "though",
        "although", "throughout", "till", "toward", "towards", "underneath", "unless", "unlike",
        "upon", "versus", "via", "whether", "within", "without", "however", "therefore", "thus",
        "yes"), WordSet.of(
        // auxiliaries, modals and their contractions
        "can", "could", "may", "might", "must", "shall", "will", "ain't", "mightn't", "needn't",
        "it'll", "that'll", "there'll", "there're", "there've", "what're", "who'd", "who'll", "who're",
        "who've", "how'd", "where'd", "what'd", "what'll", "y'all",
        // negation and the adverbs of time, frequency, degree and place
        "never", "ever", "always", "often", "sometimes", "usually", "rarely", "seldom", "still",
        "already", "yet", "soon", "now", "ago", "anymore", "even", "just", "also", "almost", "quite",
        "rather", "really", "perhaps", "maybe", "instead", "away", "together", "nearly", "otherwise",
        // hedges: modals a question puts first and adverbs of certainty and manner of telling
        "would", "should", "probably", "possibly", "surely", "certainly", "definitely", "likely",
        "apparently", "actually", "eventually", "finally", "ultimately", "gladly", "honestly", "hopefully", "presumably",
        "undoubtedly", "obviously", "reportedly", "seemingly", "supposedly", "allegedly"), WordSet.of(
        // the same adverbs in several words
        "of course", "no doubt", "without doubt", "without a doubt", "for sure", "for certain",
        "at least", "at the very least", "in fact", "as a matter of fact", "in any case", "at any rate",
        "all the same", "all in all", "after all", "by now", "so far", "as usual", "sooner or later",
        "once again", "from time to time", "now and then", "at times", "more or less", "most likely",
        "in the end", "in principle", "for now", "right now", "for real", "in reality"), WordSet.of(), WordSet.of(
        "who", "whom", "whose", "which", "what", "whats", "where", "when", "why", "how",
        "can", "could", "would", "should", "may", "might", "must", "will", "shall",
        "do", "does", "did", "done", "doing", "has", "have", "had", "having", "am", "is", "are",
        "was", "were", "be", "been", "being", "i", "me", "my", "we", "us", "our", "you", "your",
        "them", "their", "its", "this", "these", "those", "also", "any", "some", "all", "other",
        "more", "most", "best", "good", "great", "please", "thanks", "thank", "hello", "hi",
        "help", "helps", "helping", "helped", "helpful", "support", "supports", "supporting",
        "supported", "assist", "assists", "assistance", "advice", "advise", "guidance", "guide",
        "pledge", "pledges", "pledged", "pledger", "pledgers", "commitment", "commitments",
        "country", "countries", "nation", "nations", "organisation", "organisations",
        "organization", "organizations", "org", "orgs", "partner", "partners", "peer", "peers",
        "exchange", "exchanges", "expert", "experts", "expertise", "experience", "experiences",
        "experienced", "know", "knows", "knowledge", "learn", "learning", "share", "shares",
        "sharing", "tell", "show", "list", "about", "regarding", "concerning", "related",
        "anyone", "anybody", "someone", "somebody", "people", "find", "looking", "look", "need",
        "needs", "want", "wants", "get", "give", "offer", "offers", "offering", "proposal", "proposals", "work", "works",
        "worked", "working", "contact", "contacts", "reach", "question", "questions", "topic",
        "topics", "area", "areas", "field", "fields", "issue", "issues", "matters", "matter",
        "specialist", "specialists", "involved", "interested", "like", "ogp", "there",
        "here", "able", "ask", "asking", "provide", "provides", "providing", "team", "teams",
        "thing", "things", "etc", "via", "from", "regard", "toward", "towards", "just", "really",
        // every pledge is about open government; "one" is a number far more often than the campaign
        "open", "government", "governments", "one"),
        WordSet.of("the"),
        LanguagePack::possessive, PorterStemFilter::new,
        "",
        Pattern.compile("(?i)\\p{L}['’](?:s|t|re|ve|ll|d)\\b"));
  }

  private static LanguagePack french() {
    return new LanguagePack(Lang.FR, FrenchAnalyzer.getDefaultStopSet(), WordSet.of(), CharArraySet.EMPTY_SET, WordSet.of(
        // beyond Snowball's list (Lucene's French stop set): pronouns
        "rien", "personne", "aucun", "aucune", "nul", "nulle", "chacun", "chacune", "quelqu'un",
        "quelque", "quelques", "quiconque", "plusieurs", "certain", "certains", "certaine", "certaines",
        "tout", "tous", "toute", "toutes", "autre", "autres", "ça", "celui", "celle", "ceux", "celles",
        "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "chaque", "tel", "telle",
        "tels", "telles",
        // prepositions and conjunctions
        "car", "donc", "or", "ni", "comme", "lorsque", "quand", "puisque", "depuis", "pendant",
        "avant", "après", "chez", "vers", "contre", "entre", "sous", "selon", "malgré", "parmi",
        "jusque", "jusqu'à", "dès", "hors", "sauf", "via", "cependant", "pourtant"), WordSet.of(
        // auxiliaries and modals (pouvoir, devoir, aller, falloir)
        "peux", "peut", "pouvons", "pouvez", "peuvent", "pourrait", "pourraient", "dois", "doit",
        "devons", "devez", "doivent", "devrait", "devraient", "vais", "vas", "va", "allons", "allez",
        "vont", "faut", "fallait", "faudrait",
        // negation and the adverbs of time, frequency, degree and place
        "non", "oui", "si", "jamais", "toujours", "encore", "déjà", "souvent", "parfois", "bientôt",
        "maintenant", "alors", "ensuite", "enfin", "puis", "aussi", "plus", "moins", "très", "trop",
        "peu", "beaucoup", "assez", "tant", "tellement", "autant", "presque", "ainsi", "vraiment",
        "seulement", "là", "voici", "voilà", "ailleurs", "partout",
        // the same modals in the other tenses (vouloir, savoir) and adverbs of certainty
        "pouvait", "pouvaient", "pourra", "pourront", "pourrais", "pourriez", "pourrions", "devait",
        "devaient", "devra", "devront", "devrais", "devriez", "devrions", "voudrait", "voudraient",
        "voulait", "voulaient", "voudra", "saurait", "sauraient", "probablement", "sûrement",
        "certainement", "éventuellement", "finalement", "volontiers", "plutôt", "forcément", "visiblement",
        "apparemment"), WordSet.of(
        // the same adverbs in several words
        "sans doute", "sans aucun doute", "bien sûr", "bien entendu", "à coup sûr", "en fait",
        "en effet", "de toute façon", "en tout cas", "dans tous les cas", "malgré tout", "tout de même",
        "quand même", "au moins", "du moins", "de temps en temps", "de temps à autre", "à nouveau",
        "de nouveau", "une fois de plus", "tôt ou tard", "peut être", "à peu près", "plus ou moins",
        "en général", "en principe", "à vrai dire", "tout à fait", "après tout", "pour de vrai", "en réalité",
        "au final", "en fin de compte"), WordSet.of(), WordSet.of(
        "qui", "que", "quoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle",
        "lesquels", "lesquelles", "ou", "comment", "pourquoi", "quand", "combien", "est",
        "peut", "peuvent", "pouvez", "pourrait", "pourraient", "pouvoir", "puis", "pourriez",
        "aider", "aide", "aides", "aidez", "aident", "soutien", "soutenir", "soutient", "soutiennent",
        "appui", "appuyer", "accompagner", "accompagnement", "conseil", "conseils", "conseiller",
        "expertise", "expert", "experts", "experte", "expertes", "experience", "experiences",
        "savoir", "connaitre", "connait", "apprendre", "partager", "partage", "partagent",
        "echange", "echanges", "pair", "pairs", "engagement", "engagements", "engage", "engagent",
        "engagee", "engages", "promesse", "promesses", "pays", "organisation", "organisations",
        "partenaire", "partenaires", "nous", "notre", "nos", "je", "moi", "mon", "ma", "mes",
        "vous", "votre", "vos", "trouver", "cherche", "cherchons", "cherchez", "recherche",
        "besoin", "veux", "voulons", "voudrais", "voudrions", "souhaite", "souhaitons", "offre", "proposition", "propositions",
        "offrent", "propose", "proposent", "travaille", "travaillent", "sujet", "sujets", "domaine",
        "domaines", "question", "questions", "matiere", "concernant", "sur", "avec", "bonjour",
        "merci", "svp", "stp", "plait", "contact", "contacter", "joindre", "pgo", "ogp", "liste",
        "montre", "montrer", "dis", "dites", "donner", "donne", "specialiste", "specialistes",
        "interesse", "interesses", "il", "ils", "elle", "elles", "y", "a", "ont", "sont", "fait",
        "faire", "font", "quelqu'un", "personne", "personnes", "gens",
        "tous", "toutes", "tout", "autre", "autres", "aussi", "etc", "chose", "choses",
        // every pledge is about open government
        "ouvert", "ouverte", "ouverts", "ouvertes", "ouvrir", "gouvernement", "gouvernements"),
        WordSet.of("la", "le", "les"),
        LanguagePack::elision, FrenchLightStemFilter::new,
        "àâäçéèêëîïôöùûüÿœæ",
        Pattern.compile("(?i)\\b(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]\\p{L}"));
  }

  /**
   * Lucene's Spanish stop list counts "estado(s)", forms of "estar", as function words; in
   * questions about government they are the State ("el Estado", "Estados Unidos"), so they stay
   * words. The one-letter conjunctions "e", "o" and "u" are dropped from texts but kept in
   * questions: there a lone letter is more often the prefix the tokenizer splits off "e-gobierno"
   * or part of an abbreviation ("É.-U.").
   */
  private static LanguagePack spanish() {
    return new LanguagePack(Lang.ES, SpanishAnalyzer.getDefaultStopSet(), WordSet.of("estado", "estados"),
        CharArraySet.EMPTY_SET, WordSet.of(
        // beyond Snowball's list (Lucene's Spanish stop set): pronouns and determiners
        "nadie", "ninguno", "ninguna", "ningún", "ningunos", "ningunas", "alguien", "alguno", "alguna",
        "algún", "cualquier", "cualquiera", "cada", "varios", "varias", "mismo", "misma", "mismos",
        "mismas", "tal", "tales", "ello", "aquel", "aquella", "aquellos", "aquellas", "aquello",
        "cuyo", "cuya", "cuyos", "cuyas", "usted", "ustedes", "vos", "demás",
        // prepositions and conjunctions
        "aunque", "pues", "mientras", "hacia", "bajo", "tras", "según", "mediante", "excepto",
        "salvo", "sino"), WordSet.of(
        // auxiliaries and modals (poder, deber, ir, soler)
        "puedo", "puedes", "puede", "podemos", "pueden", "podría", "podrían", "debo", "debes", "debe",
        "debemos", "deben", "debería", "deberían", "voy", "vas", "va", "vamos", "van", "iba", "iban",
        "suele", "suelen",
        // negation and the adverbs of time, frequency, degree and place
        "nunca", "jamás", "siempre", "todavía", "aún", "tampoco", "ya", "ahora", "luego", "entonces",
        "después", "pronto", "casi", "tan", "demasiado", "bastante", "menos", "solo", "sólo",
        "además", "incluso", "aquí", "allí", "ahí", "acá", "allá", "así", "realmente", "también",
        // the same modals in the other tenses (querer, saber) and adverbs of certainty
        "podía", "podían", "podrá", "podrán", "podrías", "debía", "debían", "deberá", "deberán",
        "deberías", "quería", "querían", "querría", "querrían", "sabría", "sabrían", "quizás",
        "quizá", "probablemente", "seguramente", "posiblemente", "ciertamente", "acaso",
        "obviamente", "claramente", "finalmente", "aparentemente"), WordSet.of(
        // the same adverbs in several words
        "tal vez", "a lo mejor", "sin duda", "sin duda alguna", "sin lugar a dudas", "por supuesto",
        "desde luego", "de hecho", "en efecto", "de todos modos", "de todas formas", "de todas maneras",
        "en todo caso", "al menos", "por lo menos", "a veces", "de vez en cuando", "otra vez",
        "una vez más", "de nuevo", "tarde o temprano", "por lo visto", "por lo general", "en general",
        "más o menos", "hasta ahora", "por ahora", "en realidad", "al final", "por fin", "de verdad", "en verdad"),
        WordSet.of("e", "o", "u"), WordSet.of(
        "quien", "quienes", "que", "cual", "cuales", "donde", "adonde", "cuando", "como", "cuanto",
        "cuanta", "cuantos", "cuantas", "por", "porque", "puede", "pueden", "podria", "podrian",
        "podrias", "podemos", "puedo", "puedes", "pueda", "puedan", "poder",
        "ayuda", "ayudas", "ayudar", "ayudarnos", "ayudarme", "ayudarles", "ayude", "ayuden", "ayudan",
        "ayudaria", "ayudarian", "apoyo", "apoyos", "apoyar", "apoyarnos", "apoya", "apoyan",
        "asesoria", "asesorar", "asesorarnos", "asesoramiento", "consejo", "consejos", "orientacion",
        "orientar", "acompanamiento", "acompanar", "experto", "expertos", "experta", "expertas",
        "experiencia", "experiencias", "conocimiento", "conocimientos", "saber", "sabe", "saben",
        "conocer", "conoce", "aprender", "compartir", "comparte", "comparten", "intercambio",
        "intercambios", "intercambiar", "par", "pares", "homologo", "homologos", "compromiso",
        "compromisos", "comprometio", "comprometieron", "comprometido", "comprometidos",
        "comprometida", "promesa", "promesas", "prometio", "pais", "paises", "nacion", "naciones",
        "organizacion", "organizaciones", "socio", "socios", "nosotros", "nosotras", "nuestro",
        "nuestra", "nuestros", "nuestras", "usted", "ustedes", "buscar", "busco", "buscamos",
        "necesito", "necesitamos", "necesitan", "necesita", "quiero", "queremos", "quisiera",
        "quisieramos", "ofrece", "ofrecen", "oferta", "ofertas", "propuesta", "propuestas", "propone", "proponen", "trabaja", "trabajan", "trabajar", "tema", "temas",
        "area", "areas", "ambito", "ambitos", "campo", "asunto", "asuntos", "cuestion", "pregunta",
        "preguntas", "acerca", "respecto", "relacionado", "hola", "gracias", "favor", "contacto",
        "contactar", "aga", "ogp", "lista", "mostrar", "muestra", "muestrame", "dime", "decir",
        "dar", "especialista", "especialistas", "interesado", "interesados", "alguien", "persona",
        "personas", "gente", "hacer", "hace", "hacen", "hizo", "tambien", "etc", "cosa", "cosas",
        "alguno", "alguna", "cualquier", "existe", "existen", "hay",
        // every pledge is about open government
        "abierto", "abierta", "abiertos", "abiertas", "gobierno", "gobiernos"),
        WordSet.of("el", "la", "los", "las"),
        (term, length) -> length, SpanishStemFilter::new,
        "áéíóúñü",
        // "¿", "¡", and a question word written with its accent ("qué", "cómo", "dónde"): Spanish
        // writes the accent on a question word only, French and English never, though "é" is French
        // too and the folded word ("que") is French as well
        Pattern.compile("[¿¡]|(?<!\\p{L})(?iu:qué|quién|quiénes|cuál|cuáles|cómo|dónde|adónde|cuándo|cuánto|cuánta"
            + "|cuántos|cuántas)(?!\\p{L})"));
  }
}
