package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgebot.base.Text;
import org.pledgebot.corpus.Lang;

/**
 * The language of a question, as a score per language from evidence that costs nothing to check,
 * read from each {@link LanguagePack}, the thesaurus and {@link Commonness}: words that belong to a
 * language (its function words, its question filler, its thesaurus words such as "données",
 * "datos" or "revolving", its everyday words such as "aide", "ayuda" or "help", which a spelling
 * without accents still meets as the lists are folded), thesaurus phrases of several words
 * ("industries extractives", whose words English shares; a run of one language's phrases that
 * overlap is one point, as their shared words are counted once: a thesaurus that lists "X Y", "Y Z"
 * and "X Y Z" does not outvote another language's function words with the same three words), words
 * holding letters of the language ("é", "ñ") and its marks (French elisions l', d', qu'; English contractions 's, n't; Spanish ¿
 * and ¡). Each piece of evidence is one point for every language it belongs to, so a word that two
 * languages share ("de" is French and Spanish, "participation" French and English) moves neither
 * against the other. The highest score wins; a tie goes first to the tied language more of whose
 * function words, question filler and marks frame the text (a speaker lends nouns and acronyms, not the
 * words around them; the field's own terms among the filler, "open", "government", are lent with
 * the rest of the field's terms and frame nothing), then to the tied language more of whose thesaurus words the text's unknown
 * words are typos of ({@link #typo}: "transparensia" of "transparencia"), then to the tied
 * language that spells the text most likely ({@link Letters}, learned from each language's texts when the index opens), the
 * reference language (the first declared in {@link Lang}) holding a prior over a text of words it
 * may have lent (none holding a word only the other languages write; in a text holding one, the
 * field's terms it lends are not read, {@link #spelling}), and a text without letters
 * to the reference language. Places are evidence as their own names are ({@link #places}): a country
 * or a world region named in one language's own form ("Allemagne", "Latinoamérica", "Germany") is
 * one point for each language that names it so, its word lists' points aside; one that every
 * language writes alike ("Paraguay") is a name only, its words no point for the language whose
 * everyday list holds them, as a pledger's name written alike is. Pledger names are
 * evidence too ("Norvège", "Noruega", "OCDE"), given by whoever knows the names: {@link
 * PledgeSearch#languages()} counts those it indexes; a word inside a name found counts as the name
 * only (everyday Spanish holds "costa" and "rica", but "Costa Rica" is written alike in every
 * language), and a name of several words is one point, its letters, marks and phrases none ({@link
 * #piecesOfNames}): a multilateral's or a Working Group's full name told in another language is the
 * name, not the language the question around it is asked in.
 *
 * <p>Words decide first: questions are a few words, half of them names and theme terms, which
 * the corpus and thesaurus already know by language; this costs a few set lookups. Letters are
 * only asked on a tie, about one hash probe per letter.
 *
 * <p>Thread-safe.
 */
public final class LanguageDetector {

  /**
   * Evidence from outside the text: adds points to {@code scores} by {@link Lang#ordinal()}, and
   * sets {@code named[i]} for each token it read as part of a name; returns whether it read some
   * tokens as a name mistyped.
   */
  interface Evidence {
    Evidence NONE = (tokens, scores, named) -> false;

    boolean addTo(List<String> tokens, int[] scores, boolean[] named);

    /**
     * The runs of the question's {@code tokens} compared with names for typos ({@link
     * NameIndex#shingles}): evidence that read names in the same tokens may hand on what it made of
     * them; by default made afresh.
     */
    default List<NameIndex.Shingle> shingles(Analysis analysis, List<String> tokens, Predicate<String> everyday) {
      return NameIndex.shingles(analysis, tokens, everyday);
    }
  }

  private static final Lang[] LANGS = Lang.values();

  /** The reference language's bit: the first declared in {@link Lang}, which {@link Letters} gives a prior. */
  private static final int REFERENCE = 1 << LANGS[0].ordinal();

  /** Every language's bit: the languages of a place every language writes alike ({@link #places}). */
  private static final int EVERY = (1 << LANGS.length) - 1;

  private final Analysis analysis;
  private final Evidence names;
  private final Supplier<Letters> letters;
  private final Commonness everyday;
  /** Per folded word, the languages whose word lists hold it, as a bit per ordinal. */
  private final Map<String, Integer> words;
  /**
   * Per folded word, the languages whose function words or question filler hold it, as a bit per
   * ordinal: the words a speaker frames a sentence with, which another language's speaker does not
   * borrow ({@link #frame}). Not the thesaurus words of any language among them ("open",
   * "government", "gobierno", "support"): those are the field's terms, lent with the others ("open
   * government", "e-government" in a French or Spanish sentence).
   */
  private final Map<String, Integer> framing;
  /**
   * The reference language's thesaurus words: the field's terms it lends the others ("accountability",
   * "open government", "FOI"), which the letters do not read in a text that holds a word the
   * reference language does not write ({@link #spelling}).
   */
  private final Set<String> lentTerms;
  /** The thesaurus words of every language: what {@link #typo} reads a word no list holds as a typo of. */
  private final Vocabulary thesaurus;
  /** Thesaurus phrases of two words or more by first token, each with the languages it is written in. */
  private final Map<String, List<Phrase>> phrases;

  /**
   * Place names by first token, longest first, each with the languages whose own name of the place
   * it is ({@link #places}).
   */
  private final Map<String, List<Phrase>> places;

  /**
   * How much less likely (a natural log) than the likeliest a language may spell a word and still
   * have it read as a typo of its thesaurus word ({@link #typo}). Below it the word is spelt as
   * another language spells (an English plural or noun the lists lack, "registry", "deputies"):
   * a word of that language, not a slip of this one.
   */
  static final float TYPO_SPELLING = 1f;

  private record Phrase(List<String> tokens, int langs) {}

  /**
   * The world regions of the United Nations' M.49 standard whose names {@link #places} reads beside
   * the countries: continents and their parts ("Latin America", "Afrique de l'Ouest",
   * "Centroamérica"). Not the world, nor "the Americas": Spanish names those "América", which an
   * English speaker says of one country.
   */
  private static final List<String> REGIONS = List.of("002", "003", "005", "009", "011", "013", "014", "015",
      "017", "018", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145",
      "150", "151", "154", "155", "202", "419");

  /**
   * @param names points from the pledger names among folded surface tokens ({@link
   *     NameIndex#nameVotes}); {@link Evidence#NONE} without an index
   * @param letters how each language spells, to break ties (read at each call: it is learned
   *     from what the index holds)
   * @param everyday each language's everyday words: a word listed for some languages and not the
   *     others is a point for each that lists it, as a word of its own lists is
   */
  LanguageDetector(Analysis analysis, ThemeDetector themes, Evidence names, Supplier<Letters> letters,
      Commonness everyday) {
    this.analysis = analysis;
    this.names = names;
    this.letters = letters;
    this.everyday = everyday;
    Map<String, Integer> byWord = new HashMap<>();
    Map<String, Integer> byFrame = new HashMap<>();
    Map<List<String>, Integer> byPhrase = new HashMap<>();
    Set<String> thesaurusWords = new HashSet<>();
    for (Lang lang : LANGS) {
      thesaurusWords.addAll(themes.words(lang));
      LanguagePack pack = LanguagePack.of(lang);
      int bit = 1 << lang.ordinal();
      for (Set<String> list : List.of(pack.functionWords(), pack.filler(), themes.words(lang))) {
        list.forEach(w -> byWord.merge(w, bit, (a, b) -> a | b));
      }
      themes.phrases(lang).forEach(p -> byPhrase.merge(p, bit, (a, b) -> a | b));
      for (Set<String> list : List.of(pack.functionWords(), pack.filler())) {
        list.forEach(w -> byFrame.merge(w, bit, (a, b) -> a | b));
      }
      // a language's chat shorthand ("porfa", "xfa", "stp", "pls", "bcp") is typed by its own
      // speakers, a courtesy or a function word cut short that no other language's speaker lends:
      // a word of that language that frames the text as the words it stands for would; a single
      // letter ("q", "u", "x") is as often a letter by itself
      for (String shortForm : WrittenForms.shorthand(lang).keySet()) {
        if (shortForm.length() >= 2) {
          byWord.merge(shortForm, bit, (a, b) -> a | b);
          byFrame.merge(shortForm, bit, (a, b) -> a | b);
        }
      }
    }
    // the field's own terms among the filler ("open", "government", "gobierno", "support") are lent
    // with the field's other terms ("open government", "e-government"): they frame no sentence
    byFrame.keySet().removeAll(thesaurusWords);
    this.words = Collections.unmodifiableMap(new HashMap<>(byWord));
    this.lentTerms = WordSet.copyOf(themes.words(LANGS[0]));
    this.framing = Collections.unmodifiableMap(new HashMap<>(byFrame));
    this.thesaurus = new Vocabulary(thesaurusWords);
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    byPhrase.forEach((p, langs) -> byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Phrase(p, langs)));
    this.phrases = Collections.unmodifiableMap(byFirst);
    this.places = places(analysis);
  }

  /**
   * The names of the countries (ISO 3166) and world regions ({@link #REGIONS}) in each language, as
   * the JDK's locale data (CLDR) writes them, folded into surface tokens like a question: per first
   * token, each name with the languages whose own name of some place it is ("mexique" French,
   * "mexico" English and Spanish, as "México" folds so, "latinoamerica" Spanish), longest first. A
   * name every language writes alike ("Iran", "Paraguay") is kept with every language's bit: it
   * moves no language against another, and its words are the name only ({@link #tally}), as a
   * pledger's name written alike is, though some language's everyday list holds them. A place is
   * named in one language's form as a pledger is ({@link NameKey#spoken}), but most places are no
   * pledger, so the index's names do not hold them.
   */
  private static Map<String, List<Phrase>> places(Analysis analysis) {
    Map<List<String>, Integer> byName = new HashMap<>();
    List<Locale> regions = new ArrayList<>();
    for (String country : Locale.getISOCountries()) {
      regions.add(new Locale.Builder().setRegion(country).build());
    }
    for (String region : REGIONS) {
      regions.add(new Locale.Builder().setRegion(region).build());
    }
    for (Lang lang : LANGS) {
      Locale in = Locale.forLanguageTag(lang.code());
      for (Locale region : regions) {
        List<String> tokens = analysis.surface(region.getDisplayCountry(in));
        if (!tokens.isEmpty()) {
          byName.merge(List.copyOf(tokens), 1 << lang.ordinal(), (a, b) -> a | b);
        }
      }
    }
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    byName.forEach((name, langs) ->
        byFirst.computeIfAbsent(name.get(0), k -> new ArrayList<>()).add(new Phrase(name, langs)));
    byFirst.replaceAll((first, names) -> names.stream()
        .sorted(Comparator.comparingInt((Phrase p) -> p.tokens().size()).reversed()).toList());
    return Collections.unmodifiableMap(byFirst);
  }

  /** The language of {@code text}: the highest score ({@link #scores}), ties to the first in {@link Lang}. */
  public Lang detect(String text) {
    String clipped = QuestionCompiler.clip(text);
    return detect(clipped, analysis.surface(clipped), names, Optional.empty());
  }

  /**
   * The language of a text and its folded surface tokens, with the points {@code names} gives: the
   * highest score ({@link #scores}); among tied ones, the one framing it, then the asker's own
   * language if it is one of them, then the likeliest spelling ({@link #decide}).
   *
   * @param asker the language the asker's client uses, if known
   */
  Lang detect(String text, List<String> surface, Evidence names, Optional<Lang> asker) {
    String around = outsideMentions(text);
    if (around != null) {
      List<String> aroundSurface = analysis.surface(around);
      if (ownWord(aroundSurface)) {
        return words(around, aroundSurface, names, asker);
      }
    }
    return words(text, surface, names, asker);
  }

  /** {@link #detect(String, List, Evidence, Optional)} on every word of a text and its surface tokens. */
  private Lang words(String text, List<String> surface, Evidence names, Optional<Lang> asker) {
    int[] scores = new int[LANGS.length];
    int[] frame = new int[LANGS.length];
    int[] typos = new int[LANGS.length];
    boolean[] named = new boolean[surface.size()];
    boolean known = tally(text, surface, names, scores, frame, typos, named);
    if (framedByAnother(frame) && onlyLent(surface)) {
      // the reference language's points are the field's terms another language's frame has borrowed
      scores[LANGS[0].ordinal()] = 0;
    }
    return decide(scores, frame, typos, known ? text : spelling(text, surface, named), known, asker);
  }

  /** Whether one language alone frames the text ({@link #frame}), and it is not the reference language. */
  private static boolean framedByAnother(int[] frame) {
    int framing = 0;
    for (int l = 0; l < frame.length; l++) {
      if (frame[l] > 0) {
        framing |= 1 << l;
      }
    }
    return Integer.bitCount(framing) == 1 && framing != REFERENCE;
  }

  /**
   * Whether every word of {@code surface} the reference language's lists hold is one of the field's
   * terms it lends ({@link #lentTerms}), and there is one: a text with no word of its own in that language.
   */
  private boolean onlyLent(List<String> surface) {
    boolean lent = false;
    for (String token : surface) {
      if ((langs(token, false) & REFERENCE) != 0) {
        if (!lentTerms.contains(token)) {
          return false;
        }
        lent = true;
      }
    }
    return lent;
  }

  /**
   * Whether {@code surface} holds a word of some language's lists that is not one of the field's
   * terms the reference language lends ({@link #lentTerms}): a word its writer chose, not one
   * borrowed with the field.
   */
  private boolean ownWord(List<String> surface) {
    for (String token : surface) {
      if (!lentTerms.contains(token) && langs(token, false) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Opening marks of a mention, each at the index of its closing mark in {@link #CLOSE}. */
  private static final String OPEN = "\"“„«‘'([";

  /** Single quotes, which also write elisions and contractions inside a word ("l’", "don't"). */
  private static final String SINGLE = "‘’'";

  /** Closing marks of a mention, by the index of their opening mark in {@link #OPEN}. */
  private static final String CLOSE = "\"”“»’')]";

  /**
   * {@code text} with every term it quotes between inverted commas (straight, curly, guillemets,
   * or single quotes that open a word and close one) or puts in a parenthesis or brackets blanked
   * out, or null when it quotes none. A writer quotes or glosses a term of another language there
   * ("what does « X » mean", "a law (X in their language)"): such a mention is what the question
   * is about, not the language it is asked in, which the words around it tell ({@link #detect}
   * reads them alone when one of them is a word the writer chose, {@link #ownWord}). A mark with
   * no partner closes nothing; a single quote inside a word is an elision or a contraction.
   */
  static String outsideMentions(String text) {
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int kind = OPEN.indexOf(text.charAt(i));
      if (kind < 0 || SINGLE.indexOf(text.charAt(i)) >= 0 && !opensWord(text, i)) {
        continue;
      }
      int end = closing(text, i + 1, CLOSE.charAt(kind));
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      for (int j = i; j <= end; j++) {
        out[j] = ' ';
      }
      i = end;
    }
    return out == null ? null : new String(out);
  }

  /** Where the mark {@code close} that ends a mention opened before {@code from} is, or -1. */
  private static int closing(String text, int from, char close) {
    for (int j = from; j < text.length(); j++) {
      if (j > from && text.charAt(j) == close && (SINGLE.indexOf(close) < 0 || closesWord(text, j))) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the single quote at {@code i} opens a word: nothing or a space before it, a letter after it. */
  private static boolean opensWord(String text, int i) {
    return (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
        && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  /** Whether the single quote at {@code j} closes a word: a letter before it, no letter after it. */
  private static boolean closesWord(String text, int j) {
    return Character.isLetter(text.charAt(j - 1)) && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)));
  }

  /**
   * What the letters read of a text that holds a word the reference language does not write
   * ("ley", "que", "en", "Colombie"): its words without the reference language's thesaurus words
   * ({@link #lentTerms}), folded; the whole text when it holds none of them or nothing else. Beside such a
   * word the field's terms it holds are lent, spelt as the lender spells them, so they say nothing
   * of how the writer spells, yet their letters, English's, outweigh a short word's: the prior is
   * already off for such a text ({@link #decide}), and the lent terms' letters are off with it. So are
   * the letters of a pledger's name of several words found in it ({@code named}, as {@link
   * #piecesOfNames} reads them): "Kingdom of the Netherlands", "Web Foundation" are spelt as their
   * owners spell them, and their English letters, nearer French's than Spanish's, decided a tie of
   * the words French and Spanish share ("y", "la", "que") for French. A one-word name's letters stay
   * ("Colombie", "OCDE"): there the name's own form may be the best evidence left.
   */
  private String spelling(String text, List<String> surface, boolean[] named) {
    List<String> own = new ArrayList<>(surface.size());
    for (int i = 0; i < surface.size(); i++) {
      if (!lentTerms.contains(surface.get(i)) && !ofNameOfSeveralWords(named, i)) {
        own.add(surface.get(i));
      }
    }
    return own.isEmpty() || own.size() == surface.size() ? text : String.join(" ", own);
  }

  /** The score of every language for {@code text}: how many pieces of evidence point to it. */
  public Map<Lang, Integer> scores(String text) {
    String clipped = QuestionCompiler.clip(text);
    int[] scores = withNames(clipped);
    Map<Lang, Integer> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      out.put(lang, scores[lang.ordinal()]);
    }
    return out;
  }

  private int[] withNames(String clipped) {
    return scores(clipped, analysis.surface(clipped), names);
  }

  /**
   * The scores, by {@link Lang#ordinal()}, for a raw text and its folded surface tokens, with the
   * points {@code names} gives.
   */
  int[] scores(String text, List<String> surface, Evidence names) {
    int[] scores = new int[LANGS.length];
    tally(text, surface, names, scores, new int[LANGS.length], new int[LANGS.length], new boolean[surface.size()]);
    return scores;
  }

  /**
   * Adds the points of {@link #scores} to {@code scores}; returns whether the text may be words the
   * reference language lends: false for a name mistyped with no known word or name as written
   * beside it, and for a text holding a word the reference language does not write (evidence for
   * other languages only: "ciudadana", "merci", "et", or a place in another language's form, even a
   * pledger's: "Allemagne"), which a text of lent words would not hold.
   * Adds to {@code frame}, per language, the words and marks that frame the text in it ({@link #frame}, {@link Marked}), and
   * to {@code typos} the words no list holds that are typos of its thesaurus words ({@link #typo}).
   */
  private boolean tally(String text, List<String> surface, Evidence names, int[] scores, int[] frame, int[] typos,
      boolean[] named) {
    boolean mistyped = names.addTo(surface, scores, named);
    boolean known = false;
    boolean foreign = false;
    // per language, where the run of its phrases read so far ends: phrases that overlap are one point
    int[] phraseEnd = new int[LANGS.length];
    int placeEnd = 0; // where the place read so far ends: a place's words are one point
    int[] ofNames = new int[LANGS.length]; // the points of phrases inside names found
    int alikeEnd = 0; // where the place every language writes alike read so far ends
    for (int i = 0; i < surface.size(); i++) {
      String token = surface.get(i);
      Facts facts = facts(token);
      if (i >= placeEnd) {
        Phrase place = place(surface, i, facts.places());
        if (place != null) {
          placeEnd = i + place.tokens().size();
          if (place.langs() == EVERY) {
            // written alike everywhere ("Paraguay", "Venezuela"), it is a name, as a pledger's is:
            // an everyday list that holds its words holds the name, no word of that language
            alikeEnd = placeEnd;
          } else if (!anyNamed(named, i, placeEnd)) {
            add(scores, place.langs());
          }
          // a place in a form the reference language does not write ("Colombie", "Afrique") is no
          // word it lends, even as a pledger's name (which has spoken for its languages)
          foreign |= (place.langs() & REFERENCE) == 0;
        }
      }
      boolean alike = i < alikeEnd;
      int langs = named[i] || alike ? 0 : facts.langs();
      known |= named[i] || alike || langs != 0;
      foreign |= langs != 0 && (langs & REFERENCE) == 0;
      add(scores, langs);
      add(frame, frame(facts, langs));
      if (langs == 0 && !named[i] && !alike) {
        add(typos, typo(token, facts));
      }
      List<Phrase> starting = facts.phrases();
      for (int k = 0; starting != null && k < starting.size(); k++) {
        Phrase p = starting.get(k);
        int n = p.tokens().size();
        if (i + n <= surface.size() && surface.subList(i, i + n).equals(p.tokens())) {
          // a phrase inside a pledger's name found ("acceso a la información" of a Working Group's
          // name) is the name's spelling, kept apart ({@link #piecesOfNames})
          int[] to = allNamed(named, i, i + n) ? ofNames : scores;
          for (int l = 0; l < scores.length; l++) {
            if ((p.langs() & (1 << l)) != 0) {
              if (i >= phraseEnd[l]) {
                to[l]++;
              }
              phraseEnd[l] = Math.max(phraseEnd[l], i + n);
            }
          }
        }
      }
    }
    List<Text.Piece> pieces = Text.pieces(text);
    boolean[] ofName = nameOfSeveralWords(named) ? piecesOfNames(text, pieces, surface, named) : null;
    // the words and marks framing the question outside names (the names' words frame nothing):
    // only they outweigh a name's spelling
    boolean framed = false;
    for (int f : frame) {
      framed |= f > 0;
    }
    for (int p = 0; !framed && ofName != null && p < pieces.size(); p++) {
      if (!ofName[p]) {
        for (int m : marks(pieces.get(p).text()).marks()) {
          framed |= m > 0;
        }
      }
    }
    if (!framed) {
      ofName = null;
    }
    for (int l = 0; !framed && l < scores.length; l++) {
      scores[l] += ofNames[l];
    }
    for (int p = 0; p < pieces.size(); p++) {
      if (ofName != null && ofName[p]) {
        continue; // a word of a pledger's name of several words: the name has spoken for it
      }
      Marked marked = marks(pieces.get(p).text());
      for (int l = 0; l < scores.length; l++) {
        scores[l] += marked.points()[l];
        frame[l] += marked.marks()[l];
      }
    }
    return (known || !mistyped) && !foreign;
  }

  /** Whether the token at {@code i} was read inside a name found beside another token of it. */
  private static boolean ofNameOfSeveralWords(boolean[] named, int i) {
    return named[i] && (i > 0 && named[i - 1] || i + 1 < named.length && named[i + 1]);
  }

  /** Whether two neighbouring tokens were read inside names found ({@link Evidence#addTo}). */
  private static boolean nameOfSeveralWords(boolean[] named) {
    for (int i = 1; i < named.length; i++) {
      if (named[i - 1] && named[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per piece of {@code text} between spaces ({@link Text#pieces}), whether all its tokens lie in a
   * run of two or more tokens read inside names found: a pledger's name of several words, which
   * gives one point to the languages that write it so. Its letters and marks are that name's
   * spelling (a French or Spanish name's accented words and elided articles), no more evidence of the
   * question around it: counted, a long name told in another language outvoted the few words that
   * frame the question in English or Spanish. Read
   * only where some word or mark outside names frames the question ({@link #frame}, {@link Marked}:
   * "what", "svp", "qu'", "¿"): beside a lent noun
   * alone ("e-government") the name's spelling is the best evidence left. A one-word name's letters
   * still count, as any word's do. Null when the pieces' tokens and {@code surface} do not keep step.
   */
  private boolean[] piecesOfNames(String text, List<Text.Piece> pieces, List<String> surface, boolean[] named) {
    List<Analysis.Token> tokens = analysis.surfaceTokens(text);
    if (tokens.size() != surface.size()) {
      return null;
    }
    boolean[] out = new boolean[pieces.size()];
    int t = 0;
    for (int p = 0; p < pieces.size(); p++) {
      int end = pieces.get(p).start() + pieces.get(p).text().length();
      boolean all = t < tokens.size() && tokens.get(t).start() < end;
      for (; t < tokens.size() && tokens.get(t).start() < end; t++) {
        all &= named[t] && (t > 0 && named[t - 1] || t + 1 < named.length && named[t + 1]);
      }
      out[p] = all;
    }
    return out;
  }

  /**
   * The place ({@link #places}, {@code named} those starting with the token at {@code i}) the longest
   * run of tokens from {@code i} names, null when none: a
   * point for each of its languages unless a pledger's name found holds one of its tokens (the name
   * has spoken for them).
   */
  private static Phrase place(List<String> surface, int i, List<Phrase> named) {
    for (int k = 0; named != null && k < named.size(); k++) {
      Phrase p = named.get(k);
      int end = i + p.tokens().size();
      if (end <= surface.size() && surface.subList(i, end).equals(p.tokens())) {
        return p;
      }
    }
    return null;
  }

  private static boolean allNamed(boolean[] named, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!named[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyNamed(boolean[] named, int from, int to) {
    for (int i = from; i < to; i++) {
      if (named[i]) {
        return true;
      }
    }
    return false;
  }

  /** The most pieces of text {@link #marks} keeps (a few MB). */
  static final int MAX_KNOWN_PIECES = 50_000;

  private final Memo<String, Marked> marked = new Memo<>(MAX_KNOWN_PIECES);

  /**
   * Per language, by {@link Lang#ordinal()}: the points of a piece of text (its words holding the
   * language's letters, plus its marks) and its marks alone, which frame the text as its function
   * words do ({@link #frame}): an elision is an article or a preposition cut short ("l'", "d'"), a
   * contraction is a verb or a negation ("'s", "n't"), and "¿" opens a Spanish
   * question; a speaker lends none of them.
   */
  private record Marked(int[] points, int[] marks) {}

  /**
   * The points and marks of a piece of text between spaces ({@link Marked}): worked out once per
   * piece, as neither a word nor a mark runs across a space, so a text's count is the sum of its
   * pieces'.
   */
  private Marked marks(String piece) {
    Marked known = marked.get(piece);
    if (known != null) {
      return known;
    }
    int[] points = new int[LANGS.length];
    int[] marks = new int[LANGS.length];
    for (Lang lang : LANGS) {
      LanguagePack pack = LanguagePack.of(lang);
      marks[lang.ordinal()] = count(pack.marks(), piece);
      points[lang.ordinal()] = wordsWithLetters(piece, pack.letters()) + marks[lang.ordinal()];
    }
    return marked.keep(piece, new Marked(points, marks));
  }

  /**
   * The languages, as a bit per ordinal, whose words {@code token} is: in their lists or among
   * their everyday words (a single letter only in their lists: the packs' function words hold those
   * that are words); none when it is part of a name found, which has spoken for it ("Costa Rica"
   * is written alike everywhere, though only Spanish sentences use "costa" every day; the "all" of
   * an English name says nothing of the question around it).
   */
  private int langs(String token, boolean named) {
    return named ? 0 : facts(token).langs();
  }

  /** The most tokens {@link #facts} keeps (a few MB): a token's facts are its lists', which never change. */
  static final int MAX_KNOWN_WORDS = 50_000;

  private final Memo<String, Facts> tokenFacts = new Memo<>(MAX_KNOWN_WORDS);

  /**
   * What {@link #tally} reads of one token, all of it from fixed lists: its languages ({@link
   * #wordLangs}), the languages whose framing words hold it ({@link #framing}, none for a single
   * letter), the languages of the thesaurus words it is a typo of when no list holds it ({@link
   * #nearestLangs}, else 0), and the thesaurus phrases ({@link #phrases}) and places ({@link
   * #places}) that start with it, null when none.
   */
  private record Facts(int langs, int framing, int typoLangs, List<Phrase> phrases, List<Phrase> places) {}

  /**
   * The {@link Facts} of {@code token}, looked up once per token rather than once per list: the
   * tally reads five of them at every token of every question.
   */
  private Facts facts(String token) {
    Facts kept = tokenFacts.get(token);
    if (kept != null) {
      return kept;
    }
    int langs = wordLangs(token);
    return tokenFacts.keep(token, new Facts(langs, token.length() < 2 ? 0 : framing.getOrDefault(token, 0),
        langs == 0 ? nearestLangs(token) : 0, phrases.get(token), places.get(token)));
  }

  /**
   * The languages, as a bit per ordinal, that {@code token} frames a sentence in: those whose
   * function words or question filler hold it ("de", "con", "gracias", "from", "et"), when every
   * language that knows the word ({@code langs}, none for a word of a name) knows it so. A speaker
   * lends the others nouns and acronyms ("online", "marketing", "FOI"), not the words around them;
   * a word one language frames with and another uses as a word of its own ("comment", French "how"
   * and an English noun) frames neither, and a single letter ("e" of "e-services") is too little.
   */
  private static int frame(Facts token, int langs) {
    int framed = token.framing() & langs;
    return framed != 0 && (langs & ~framed) == 0 ? framed : 0;
  }

  /**
   * The languages, as a bit per ordinal, of the thesaurus words that a word no list holds is a
   * typo of: its nearest thesaurus words within typo reach ({@link Vocabulary#near}: those one edit
   * away if any, else two), each counting for every language whose lists hold it ({@link
   * #wordLangs}), so a slip of a word two languages share ("participaton") moves neither against
   * the other, and "transparensia" (one edit from Spanish "transparencia", two from French
   * "transparence") is Spanish. None when no language of those spells the word within {@link
   * #TYPO_SPELLING} of the language that spells it likeliest ({@link Letters#logs}): "registry" is
   * one edit from Spanish "registros" but spelt as English spells, an English word the lists lack.
   * The nearest words' languages are the token's {@link Facts}; the letters are asked at each call,
   * as they are learned from what the index holds.
   */
  private int typo(String token, Facts facts) {
    int langs = facts.typoLangs();
    return langs == 0 ? 0 : spelt(token, langs);
  }

  /** The languages whose lists hold the nearest thesaurus words within typo reach of {@code token}. */
  private int nearestLangs(String token) {
    List<String> near = thesaurus.near(token);
    List<String> nearest = near.stream().filter(w -> Edits.within(token, w, 1)).toList();
    int langs = 0;
    for (String word : nearest.isEmpty() ? near : nearest) {
      langs |= wordLangs(word);
    }
    return langs;
  }

  /** {@code langs} if one of them spells {@code word} within {@link #TYPO_SPELLING} of the likeliest, else none. */
  private int spelt(String word, int langs) {
    float[] logs = new float[LANGS.length];
    letters.get().logs(word, logs);
    float best = Float.NEGATIVE_INFINITY;
    for (float l : logs) {
      best = Math.max(best, l);
    }
    for (int l = 0; l < logs.length; l++) {
      if ((langs & (1 << l)) != 0 && logs[l] >= best - TYPO_SPELLING) {
        return langs;
      }
    }
    return 0;
  }

  /** The languages whose word lists or everyday words hold {@code token}: one lookup per list. */
  private int wordLangs(String token) {
    int langs = words.getOrDefault(token, 0);
    if (token.length() < 2) {
      return langs;
    }
    for (Lang lang : LANGS) {
      if (everyday.everyday(lang, token)) {
        langs |= 1 << lang.ordinal();
      }
    }
    return langs;
  }

  private static void add(int[] scores, int langs) {
    for (int l = 0; l < scores.length; l++) {
      if ((langs & (1 << l)) != 0) {
        scores[l]++;
      }
    }
  }

  /**
   * The language with the highest score; among tied ones, the one with the most words and marks framing the
   * text in it ({@code frame}, {@link #frame}, {@link Marked}: a Spanish noun and "de" beside two English loans tie
   * Spanish and English on their words, but only Spanish frames the text, with "de"); among those,
   * the one more of whose thesaurus words the text's unknown words are typos of ({@code typos},
   * {@link #typo}: "transparensia" beside a name all languages write alike). Among those still tied, the asker's own
   * language ({@code asker}) if it is one of them: words that tie say nothing of the writer (a
   * name English and Spanish write alike beside a word both use), whose client's language
   * does, and the letters of such a text are mostly a name's, spelt alike everywhere. Otherwise the
   * one that spells {@code text} most likely ({@link Letters}), the reference language keeping its
   * prior ({@code lent}) but over a name mistyped with no known word or name as written beside it,
   * and over a text holding a word it does not write: the prior is for the words English lends the
   * others, and "indonecia" or "colmbia" is none of them; nor is a text with "ciudadana" or "merci"
   * in it, whose English words ("ok", "feedback") are the ones lent. There the letters are all the
   * evidence there is of how its writer spells, and {@link #detect} gives them the text without the
   * field's terms the reference language lends ({@link #spelling}). A word no list holds ("lithium")
   * keeps the prior.
   */
  Lang decide(int[] scores, int[] frame, int[] typos, String text, boolean lent, Optional<Lang> asker) {
    int tied = highest(typos, highest(frame, highest(scores, ~0)));
    if (Integer.bitCount(tied) == 1) {
      return LANGS[Integer.numberOfTrailingZeros(tied)];
    }
    Optional<Lang> own = asker.filter(lang -> (tied & (1 << lang.ordinal())) != 0);
    return own.isPresent() ? own.get() : letters.get().likeliest(text, tied, lent);
  }

  /** Among the languages in {@code among} (a bit per ordinal), those with the highest of {@code points}. */
  private static int highest(int[] points, int among) {
    int max = Integer.MIN_VALUE;
    for (int l = 0; l < points.length; l++) {
      if ((among & (1 << l)) != 0) {
        max = Math.max(max, points[l]);
      }
    }
    int best = 0;
    for (int l = 0; l < points.length; l++) {
      if ((among & (1 << l)) != 0 && points[l] == max) {
        best |= 1 << l;
      }
    }
    return best;
  }

  /** Words holding at least one of {@code letters}. */
  private static int wordsWithLetters(String text, String letters) {
    if (letters.isEmpty()) {
      return 0;
    }
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        counted = false;
      } else if (!counted && letters.indexOf(Character.toLowerCase(c)) >= 0) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
