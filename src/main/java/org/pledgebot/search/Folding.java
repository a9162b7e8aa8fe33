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

  /** Folded forms of the Latin characters below this code, computed once: they fill pledge texts. */
  private static final int TABLE_SIZE = 0x250;

  private static final char[] TABLE = table();

  /**
   * Lowercase, each character folded to the first letter of its ASCII form, so that offsets in
   * the result are offsets in {@code text} ("Œuvre" → "ouvre": close enough to find words).
   */
  static String foldSameLength(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = c < TABLE_SIZE ? TABLE[c] : foldOne(c);
    }
    return new String(out);
  }

  private static char foldOne(char c) {
    char lower = Character.toLowerCase(c);
    if (lower < 128) {
      return lower;
    }
    char[] folded = new char[4];
    int len = ASCIIFoldingFilter.foldToASCII(new char[] {lower}, 0, folded, 0, 1);
    return len > 0 ? Character.toLowerCase(folded[0]) : lower;
  }

  private static char[] table() {
    char[] table = new char[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      table[c] = foldOne(c);
    }
    return table;
  }
}
