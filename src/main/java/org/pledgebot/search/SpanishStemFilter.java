package org.pledgebot.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Spanish's stemmer: Lucene's light stemmer (plurals and gender of nouns and adjectives) with the
 * verb forms it leaves whole folded as the other languages' stemmers fold theirs (Porter takes
 * "-ing" and "-ed" off, the French light stemmer "-er"). An infinitive, the form a Spanish question
 * asks with ("cómo denunciar", "dónde quejarse"), meets its noun and its conjugated forms: the
 * enclitic pronouns it carries ("-se", "-lo", "-la", "-los", "-las", "-le", "-les", "-nos", and
 * "-se" before "-lo", "-la", "-los", "-las") are taken off first, then its ending
 * "-ar", "-er" or "-ir" as typed, then the light stemmer runs ("denunciar" and "denuncia" both
 * "denunci", "consultar" and "consulta" both "consult"). A noun of "-ar" folds alike in the
 * singular and the plural ("militares", "militar"). Only a word that keeps four letters is cut, and
 * a pronoun only after an infinitive of three letters before its ending, so short words ("votar",
 * "mujer", "Carlos", "charla", "perla") stay as the light stemmer leaves them; so does an
 * infinitive of "-icar", whose cut stem would be its adjective's ("publicar", "público"). The light
 * stemmer's own output is never cut: its "-er" is a noun's ("cartera", "consejero"). Tokens are
 * lowercase and accent-folded.
 */
final class SpanishStemFilter extends TokenFilter {

  /** Enclitic pronouns an infinitive carries, longest first. */
  private static final String[] CLITICS = {
      "selos", "selas", "selo", "sela", "los", "las", "les", "nos", "se", "lo", "la", "le"};

  /** Letters an infinitive keeps before "-ar", "-er" or "-ir" for a pronoun after it to be read. */
  private static final int CLITIC_HOST = 3;

  /** Letters a word keeps when its infinitive ending goes. */
  private static final int KEPT = 4;

  private final SpanishLightStemmer stemmer = new SpanishLightStemmer();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  SpanishStemFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      char[] buffer = term.buffer();
      int length = withoutInfinitive(buffer, withoutClitic(buffer, term.length()));
      term.setLength(stemmer.stem(buffer, length));
    }
    return true;
  }

  /**
   * The length of {@code term} without an enclitic pronoun after an infinitive. "-ernos" is left
   * whole: it is the ending of many nouns and adjectives ("internos", "modernos").
   */
  static int withoutClitic(char[] term, int length) {
    for (String clitic : CLITICS) {
      int host = length - clitic.length();
      if (host - 2 >= CLITIC_HOST && endsWith(term, length, clitic) && infinitive(term, host)
          && (!clitic.equals("nos") || term[host - 2] != 'e')) {
        return host;
      }
    }
    return length;
  }

  /** The length of a word as typed without its infinitive ending, or the ending "-ares" of a noun. */
  static int withoutInfinitive(char[] term, int length) {
    if (length - 4 >= KEPT && term[length - 1] == 's' && term[length - 2] == 'e' && term[length - 3] == 'r'
        && term[length - 4] == 'a' && !adjectival(term, length - 2)) {
      return length - 4;
    }
    return length - 2 >= KEPT && infinitive(term, length) && !adjectival(term, length) ? length - 2 : length;
  }

  /**
   * Whether an infinitive is one of "-icar", made on an adjective of "-ico" ("publicar" on
   * "público", "clasificar", "verificar"): cut, it would be that adjective's stem, and the act (to
   * publish) would read as the adjective (public).
   */
  private static boolean adjectival(char[] term, int length) {
    return term[length - 2] == 'a' && term[length - 3] == 'c' && term[length - 4] == 'i';
  }

  private static boolean infinitive(char[] term, int length) {
    if (term[length - 1] != 'r') {
      return false;
    }
    char vowel = term[length - 2];
    return vowel == 'a' || vowel == 'e' || vowel == 'i';
  }

  private static boolean endsWith(char[] term, int length, String end) {
    int from = length - end.length();
    for (int i = 0; i < end.length(); i++) {
      if (term[from + i] != end.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
