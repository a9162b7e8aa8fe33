package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/**
 * {@link Analysis} runs the neutral filters (and a language's stopwords) as one token filter: its
 * tokens must be those of Lucene's own filters chained one by one, as the index was built with.
 */
class ChainTest {

  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  /** Lucene's filters, one per step, in the order {@link Analysis} documents. */
  private static Analyzer lucene(Lang lang) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PatternReplaceFilter(stream, Pattern.compile("\\."), "", true);
        if (lang != null) {
          stream = new StopFilter(stream, StopWords.of(LanguagePack.of(lang)));
          stream = switch (lang) {
            case EN -> new PorterStemFilter(stream);
            case FR -> new FrenchLightStemFilter(stream);
            case ES -> new SpanishStemFilter(stream);
          };
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** Every token as term, offsets and position increment, then the final increment and offset. */
  private static List<String> dump(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
      }
      stream.end();
      out.add("end@" + offset.endOffset() + "+" + inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>(List.of(
        "The OECD's and the EU’S reports; Chile＇s plan", "L'État, l’ÉTAT's, jusqu'à QU'IL d'accès",
        "U.S.A. and U.K. e-gov É.-U. 3.5 v1.2.3 ...", "Straße ﬁnance Œuvre İstanbul ǅemal … ‥ ․x",
        "¿Quién puede ayudarnos con la información pública? Estados Unidos e Italia",
        "who can help with open data, the budget & the 'quotes'", "'s s' ’ ' l' d’",
        "ÀÉÎÕÜ ÇÑ ÆØÅ ðþ ẞ ﬀ ｆｕｌｌ　ｗｉｄｔｈ", "données ouvertes, marchés publics et société civile"));
    for (Pledge p : Shipped.corpus().pledges()) {
      out.addAll(Fields.texts(p).values());
    }
    for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/questions.tsv"))) {
      String[] row = line.split("\t");
      if (!line.startsWith("#") && row.length > 2) {
        out.add(row[2]);
      }
    }
    return out;
  }

  @Test
  void neutralTokensAreThoseOfLucenesChain() throws IOException {
    try (Analyzer reference = lucene(null)) {
      int tokens = 0;
      for (String text : texts()) {
        List<String> expected = dump(reference, text);
        assertEquals(expected, dump(ANALYSIS.neutral(), text), text);
        tokens += expected.size();
      }
      assertTrue(tokens > 10_000, "the texts compared hold tokens: " + tokens);
    }
  }

  @Test
  void eachLanguagesTokensAreThoseOfLucenesChain() throws IOException {
    for (Lang lang : Lang.values()) {
      try (Analyzer reference = lucene(lang)) {
        for (String text : texts()) {
          assertEquals(dump(reference, text), dump(ANALYSIS.forLang(lang), text), lang + ": " + text);
        }
      }
    }
  }
}
