package org.pledgebot.search;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** The accent and case folding every field applies, for strings handled outside analyzers. */
final class Folding {

  private Folding() {}

  /** Lowercase ASCII-folded form: "Norvège" → "norvege", "Œuvre" → "oeuvre". */
  static String fold(String text) {
    char[] in = text.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, len);
  }

  /**
   * Lowercase, each character folded to the first letter of its ASCII form, so that offsets in
   * the result are offsets in {@code text} ("Œuvre" → "ouvre": close enough to find words).
   */
  static String foldSameLength(String text) {
    char[] out = new char[text.length()];
    char[] one = new char[1];
    char[] folded = new char[4];
    for (int i = 0; i < out.length; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c < 128) {
        out[i] = c;
      } else {
        one[0] = c;
        int len = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
        out[i] = len > 0 ? Character.toLowerCase(folded[0]) : c;
      }
    }
    return new String(out);
  }
}
