package org.pledgebot.chat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares what people type without caring for case, accents, punctuation or spacing. */
final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Words() {}

  /** {@code "Données  ouvertes !"} becomes {@code "donnees ouvertes"}. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }
}
