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
}
