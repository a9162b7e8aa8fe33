package org.pledgebot.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The accent and case folding every field applies ({@link ASCIIFoldingFilter} after lowercasing),
 * for strings handled outside analyzers: the one folding of the bot, so that what a user types is
 * compared the way search compares it. Cheap, as snippets fold every hit: no regex, no
 * normalizer, one pass over the characters.
 */
public final class Folding {

  private Folding() {}

  /**
   * Lowercase ASCII-folded form: "Norvège" → "norvege", "Œuvre" → "oeuvre", "Straße" → "strasse",
   * "İ" → "i". Combining accents (a decomposed "é" typed as "e" + U+0301) are dropped with the
   * others; punctuation and spacing are kept.
   */
  public static String fold(String text) {
    char[] lower = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!combiningMark(c)) {
        // per character, unlike String.toLowerCase, which turns "İ" into "i" + a combining dot
        lower[n++] = Character.toLowerCase(c);
      }
    }
    char[] out = new char[n * 4];
    int len = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, n);
    return new String(out, 0, len);
  }

  /**
   * The words of {@code text}, folded ({@link #fold}) and separated by single spaces: punctuation
   * and runs of whitespace become one space, none at either end. {@code "Données  ouvertes !"} →
   * {@code "donnees ouvertes"}, {@code "l'accès"} → {@code "l acces"}.
   */
  public static String words(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The combining diacritical marks of Latin text, which a decomposed accent is written with. */
  private static boolean combiningMark(char c) {
    return (c >= '\u0300' && c <= '\u036f') || (c >= '\u1ab0' && c <= '\u1aff')
        || (c >= '\u1dc0' && c <= '\u1dff') || (c >= '\u20d0' && c <= '\u20ff') || (c >= '\ufe20' && c <= '\ufe2f');
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
