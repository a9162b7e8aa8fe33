package org.pledgebot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.pledgebot.corpus.Lang;

/**
 * The three analyzers of the index, shared by indexing, querying, snippets and alert matching so
 * that a question and a pledge are always cut into the same terms.
 *
 * <ul>
 *   <li>neutral (names, and the surface form used for fuzzy matching): standard tokens,
 *       possessives and elisions (l', d', qu') removed, lowercase, accents folded, dots dropped so
 *       that "U.S.A." is "usa";
 *   <li>English: neutral + English stopwords and question filler + Porter stemming;
 *   <li>French: neutral + French stopwords and question filler + French light stemming.
 * </ul>
 *
 * <p>Folding happens before stemming so that "donnees" and "données" take the same path.
 */
final class Analysis implements Closeable {

  private static final Pattern DOTS = Pattern.compile("\\.");

  private final CharArraySet englishStops = StopWords.english();
  private final CharArraySet frenchStops = StopWords.french();
  private final CharArraySet functionWords = StopWords.functionWords();
  private final Analyzer neutral = new Chain(null, null);
  private final Analyzer english = new Chain(englishStops, Lang.EN);
  private final Analyzer french = new Chain(frenchStops, Lang.FR);

  Analyzer neutral() {
    return neutral;
  }

  Analyzer forLang(Lang lang) {
    return lang == Lang.EN ? english : french;
  }

  /**
   * Whether a folded surface token of a question is a stopword or filler in either language.
   * Words that are filler in one language only but a theme word in the other stay content words
   * ({@link CommonWords#BILINGUAL_CONTENT}); the field analyzers still drop them in that language.
   */
  boolean isStop(String surface) {
    return (englishStops.contains(surface) || frenchStops.contains(surface))
        && !CommonWords.BILINGUAL_CONTENT.contains(surface);
  }

  /** Whether a folded surface token is a function word (not filler) of either language. */
  boolean isFunctionWord(String surface) {
    return functionWords.contains(surface);
  }

  /** The folded surface tokens of {@code text}, stopwords included, in order. */
  List<String> surface(String text) {
    return terms(neutral, text);
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

  /**
   * The words of a list of surface tokens with their stems, in one analyzer pass per language:
   * the tokens are analysed as one text and aligned by position, stopwords leaving gaps.
   */
  List<Word> words(List<String> surfaces) {
    if (surfaces.isEmpty()) {
      return List.of();
    }
    String joined = String.join(" ", surfaces);
    String[] en = aligned(english, joined, surfaces.size());
    String[] fr = aligned(french, joined, surfaces.size());
    List<Word> out = new ArrayList<>(surfaces.size());
    for (int i = 0; i < surfaces.size(); i++) {
      String s = surfaces.get(i);
      out.add(en == null || fr == null ? Word.of(this, s) : new Word(s, en[i], fr[i]));
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
    english.close();
    french.close();
  }

  /** Neutral chain, then optionally stopwords and a language's stemmer. */
  private static final class Chain extends Analyzer {
    private final CharArraySet stops;
    private final Lang lang;

    Chain(CharArraySet stops, Lang lang) {
      this.stops = stops;
      this.lang = lang;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new EnglishPossessiveFilter(stream);
      stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
      stream = new ASCIIFoldingFilter(stream);
      stream = new PatternReplaceFilter(stream, DOTS, "", true);
      if (stops != null) {
        stream = new StopFilter(stream, stops);
      }
      if (lang == Lang.EN) {
        stream = new PorterStemFilter(stream);
      } else if (lang == Lang.FR) {
        stream = new FrenchLightStemFilter(stream);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
