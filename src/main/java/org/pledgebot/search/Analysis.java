package org.pledgebot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.pledgebot.base.Text;
import org.pledgebot.corpus.Lang;

/**
 * The analyzers of the index, shared by indexing, querying, snippets and alert matching so that a
 * question and a pledge are always cut into the same terms.
 *
 * <ul>
 *   <li>neutral (names, and the surface form used for fuzzy matching): standard tokens, what each
 *       language's surface forms carry removed (English possessives, French elisions such as l',
 *       d', qu'), lowercase, accents folded, dots dropped so that "U.S.A." is "usa";
 *   <li>one per language ({@link LanguagePack}): neutral + its stopwords and question filler + its
 *       stemmer (Porter for English, the light stemmers for French and Spanish, Spanish's with
 *       its infinitives and their enclitic pronouns folded, {@link SpanishStemFilter}).
 * </ul>
 *
 * <p>Folding happens before stemming so that "donnees" and "données" take the same path.
 */
final class Analysis implements Closeable {

  /**
   * {@link #isStop}'s words: every language's stopwords and filler less the {@link
   * CommonWords#BILINGUAL_CONTENT}, in one set of Strings. The passes over a question ask it of every
   * word several times; a String keeps its hash, where a Lucene {@code CharArraySet} hashes and
   * compares the characters again at every lookup.
   */
  private final Set<String> questionStops = WordSet.copyOf(questionStops());
  private final Set<String> functionWords = WordSet.copyOf(StopWords.functionWords());
  private final Analyzer neutral = new Chain(null, null);
  private final Map<Lang, Analyzer> byLang = new EnumMap<>(Lang.class);

  Analysis() {
    for (Lang lang : Lang.values()) {
      LanguagePack pack = LanguagePack.of(lang);
      byLang.put(lang, new Chain(StopWords.of(pack), pack));
    }
  }

  Analyzer neutral() {
    return neutral;
  }

  Analyzer forLang(Lang lang) {
    return byLang.get(lang);
  }

  /**
   * Whether a folded surface token of a question is a stopword or filler in any language. Words
   * that are filler in one language only but a theme word in another stay content words
   * ({@link CommonWords#BILINGUAL_CONTENT}); the field analyzers still drop them in that language.
   */
  boolean isStop(String surface) {
    return questionStops.contains(surface);
  }

  private static Set<String> questionStops() {
    Set<String> stops = StopWords.anyLanguage();
    stops.removeAll(CommonWords.BILINGUAL_CONTENT);
    return stops;
  }

  /** Whether a folded surface token is a function word (not filler) of any language. */
  boolean isFunctionWord(String surface) {
    return functionWords.contains(surface);
  }

  /** {@link Word#classes}' bits: the classes are known, the word is a stop, a function word. */
  static final int CLASSES_KNOWN = 1;
  static final int STOP = 2;
  static final int FUNCTION = 4;

  /** {@link #isStop} of a word's surface, looked up once per word ({@link Word#classes}). */
  boolean isStop(Word w) {
    return (classes(w) & STOP) != 0;
  }

  /** {@link #isFunctionWord} of a word's surface, looked up once per word ({@link Word#classes}). */
  boolean isFunctionWord(Word w) {
    return (classes(w) & FUNCTION) != 0;
  }

  private int classes(Word w) {
    int c = w.classes;
    if (c == 0) {
      c = CLASSES_KNOWN | (isStop(w.surface()) ? STOP : 0) | (isFunctionWord(w.surface()) ? FUNCTION : 0);
      w.classes = (byte) c;
    }
    return c;
  }

  /** The folded surface tokens of {@code text}, stopwords included, in order. */
  List<String> surface(String text) {
    List<Token> tokens = surfaceTokens(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.term());
    }
    return out;
  }

  /** The most pieces of text {@link #surfaceTokens} keeps (a few MB): questions keep using the same words. */
  static final int MAX_KNOWN_PIECES = 50_000;

  /** The neutral tokens of each piece of text between spaces, offsets from the piece's start. */
  private final Memo<String, Token[]> pieces = new Memo<>(MAX_KNOWN_PIECES);

  /**
   * The neutral tokens of {@code text} with their offsets: what {@link #tokens} makes with the
   * neutral analyzer, worked out once per piece of text between two spaces. A space always ends
   * a token (Unicode word breaks join no letter, digit or mark across one), and every filter of
   * the neutral chain reads one token at a time, so the tokens of a text are those of its pieces
   * in turn. Only a piece starting with a character that attaches to what precedes it (a
   * combining mark, a format character such as a joiner, an emoji modifier) would break that: a
   * text holding one is analysed whole. Analysing every question through the whole chain was a
   * large share of answering a batch, in work and in the code the JIT compiles for it.
   */
  List<Token> surfaceTokens(String text) {
    List<Token> out = new ArrayList<>();
    for (Text.Piece piece : Text.pieces(text)) {
      Token[] known = pieces.get(piece.text());
      if (known == null) {
        if (attaches(piece.text().codePointAt(0))) {
          return tokens(neutral, text);
        }
        known = pieces.keep(piece.text(), tokens(neutral, piece.text()).toArray(new Token[0]));
      }
      int start = piece.start();
      for (Token t : known) {
        out.add(start == 0 ? t : new Token(t.term(), t.start() + start, t.end() + start));
      }
    }
    return out;
  }

  /** Whether a character joins the one before it, even across a space (Unicode word-break rule WB4). */
  private static boolean attaches(int c) {
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.FORMAT, Character.MODIFIER_SYMBOL -> true;
      default -> false;
    };
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return out;
  }

  /** The stem of one surface token in {@code lang}, or null when it is a stopword there. */
  String stem(Lang lang, String surface) {
    List<String> out = terms(forLang(lang), surface);
    return out.isEmpty() ? null : out.get(0);
  }

  /** The most words {@link #words} keeps (a few MB): questions keep using the same words. */
  static final int MAX_KNOWN_WORDS = 50_000;

  /**
   * {@link Word#of} by surface, for {@link #words}: a word's stems are a function of its surface
   * alone (every filter of the chain reads one token at a time), and stemming a question's words
   * in three languages was a large share of answering it.
   */
  private final Memo<String, Word> known = new Memo<>(MAX_KNOWN_WORDS);

  /**
   * The words of a list of surface tokens with their stems: those seen before as they were, the
   * others in one analyzer pass per language (the tokens analysed as one text and aligned by
   * position, stopwords leaving gaps).
   */
  List<Word> words(List<String> surfaces) {
    if (surfaces.isEmpty()) {
      return List.of();
    }
    Word[] found = new Word[surfaces.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = known.get(surfaces.get(i));
      if (found[i] == null) {
        return remember(analyse(surfaces));
      }
    }
    return Arrays.asList(found);
  }

  private List<Word> remember(List<Word> words) {
    for (Word w : words) {
      known.keep(w.surface(), w);
    }
    return words;
  }

  private List<Word> analyse(List<String> surfaces) {
    String joined = String.join(" ", surfaces);
    Lang[] langs = Lang.values();
    String[][] stems = new String[langs.length][];
    boolean aligned = true;
    for (Lang lang : langs) {
      stems[lang.ordinal()] = aligned(forLang(lang), joined, surfaces.size());
      aligned &= stems[lang.ordinal()] != null;
    }
    List<Word> out = new ArrayList<>(surfaces.size());
    for (int i = 0; i < surfaces.size(); i++) {
      String s = surfaces.get(i);
      if (!aligned) {
        out.add(Word.of(this, s));
        continue;
      }
      String[] byLang = new String[langs.length];
      for (Lang lang : langs) {
        byLang[lang.ordinal()] = stems[lang.ordinal()][i];
      }
      out.add(new Word(s, byLang));
    }
    return out;
  }

  /** Stems by input position, or null when the text did not re-tokenize one token per word. */
  private static String[] aligned(Analyzer analyzer, String joined, int n) {
    String[] out = new String[n];
    int pos = -1;
    try (TokenStream stream = analyzer.tokenStream("", joined)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        pos += inc.getPositionIncrement();
        if (pos >= n || out[pos] != null) {
          return null;
        }
        out[pos] = term.toString();
      }
      stream.end();
      pos += inc.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return pos == n - 1 ? out : null;
  }

  /** Terms with their character offsets, for picking snippet sentences. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return out;
  }

  /** A term and where it stands in the original text. */
  record Token(String term, int start, int end) {}

  @Override
  public void close() {
    neutral.close();
    byLang.values().forEach(Analyzer::close);
  }

  /**
   * The neutral filters of a token in one pass over its term, in this order and with the same
   * effect as Lucene's filters in a chain (9.12): lowercase ({@code LowerCaseFilter}), each
   * language's surface edit in {@link Lang} order ({@link LanguagePack#surface}), accents folded
   * ({@code ASCIIFoldingFilter}), every dot dropped ("u.s.a" is "usa"); then, when given, a
   * language's stopwords dropped ({@code StopFilter}, leaving the same position gaps). A chain of
   * one small filter per step was inlined whole by the JIT into one large compilation, the
   * largest of a batch of questions.
   */
  private static final class Surface extends FilteringTokenFilter {
    private static final LanguagePack[] PACKS = LanguagePack.all().toArray(new LanguagePack[0]);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet stops;
    private char[] folded = new char[64];

    Surface(TokenStream in, CharArraySet stops) {
      super(in);
      this.stops = stops;
    }

    @Override
    protected boolean accept() {
      char[] buffer = term.buffer();
      int length = term.length();
      CharacterUtils.toLowerCase(buffer, 0, length);
      for (LanguagePack pack : PACKS) {
        length = pack.surface(buffer, length);
      }
      for (int i = 0; i < length; i++) {
        if (buffer[i] >= '\u0080') {
          if (folded.length < 4 * length) {
            folded = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
          }
          int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
          term.copyBuffer(folded, 0, n);
          buffer = term.buffer();
          length = n;
          break;
        }
      }
      int kept = 0;
      for (int i = 0; i < length; i++) {
        if (buffer[i] != '.') {
          buffer[kept++] = buffer[i];
        }
      }
      term.setLength(kept);
      return stops == null || !stops.contains(buffer, 0, kept);
    }
  }

  /**
   * Neutral chain (the surface filters of every language, in {@link Lang} order), then
   * optionally a language's stopwords and stemmer.
   */
  private static final class Chain extends Analyzer {
    private final CharArraySet stops;
    private final LanguagePack pack;

    Chain(CharArraySet stops, LanguagePack pack) {
      this.stops = stops;
      this.pack = pack;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new Surface(source, stops);
      if (pack != null) {
        stream = pack.stem(stream);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
