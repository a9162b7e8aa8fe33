package org.pledgebot.search;

import java.util.Arrays;
import org.pledgebot.corpus.Lang;

/**
 * One word of a question or of a thesaurus phrase, in the forms it can match: its folded surface
 * and its stem in every language (null where the word is a stopword in that language). Immutable.
 */
final class Word {

  /** Every language, in declaration order: {@code Lang.values()} copies its array at every call. */
  private static final Lang[] LANGS = Lang.values();

  private final String surface;
  /** By {@link Lang#ordinal()}, one per language. */
  private final String[] stems;

  /**
   * What {@link Analysis} says of the surface ({@link Analysis#STOP}, {@link Analysis#FUNCTION}),
   * plus {@link Analysis#CLASSES_KNOWN}; 0 until first asked. The word sets of every {@code
   * Analysis} are the same fixed lists, so the answer is the surface's alone, worked out once per
   * word: a question's words come from the analysis' memo of words, and every pass over them
   * asks these of each word again. A race writes the same value twice, as {@code String}'s hash.
   */
  byte classes;

  /** @param stems the stem in each language, by {@link Lang#ordinal()} */
  Word(String surface, String[] stems) {
    if (stems.length != LANGS.length) {
      throw new IllegalArgumentException("one stem per language, got " + stems.length + " for " + surface);
    }
    this.surface = surface;
    this.stems = stems.clone();
  }

  static Word of(Analysis analysis, String surface) {
    String[] stems = new String[LANGS.length];
    for (Lang lang : LANGS) {
      stems[lang.ordinal()] = analysis.stem(lang, surface);
    }
    return new Word(surface, stems);
  }

  String surface() {
    return surface;
  }

  /** The stem in {@code lang}, or null. */
  String stem(Lang lang) {
    return stems[lang.ordinal()];
  }

  /**
   * Same word up to inflection in any language ("donnée"/"données", "law"/"laws"): the same
   * surface, or the same stem in a language where the stem identifies both words ({@link
   * #stemCounts}).
   *
   * @param minLoneStem the length from which one language's stem alone identifies a word
   */
  boolean sameAs(Word other, int minLoneStem) {
    if (surface.equals(other.surface)) {
      return true;
    }
    for (Lang lang : LANGS) {
      String s = stem(lang);
      if (s != null && s.equals(other.stem(lang)) && stemCounts(lang, minLoneStem)
          && other.stemCounts(lang, minLoneStem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this word's stem in {@code lang} identifies it: a stem of {@code minLoneStem} letters
   * or more (of exactly that many, one the stemmer cut at most {@link #shortStemCut} letters off
   * the word for), or another that another language's stemmer gives too ("law" of "laws", "tax" of
   * "taxes"). With {@code minLoneStem} 0, every stem does.
   */
  boolean stemCounts(Lang lang, int minLoneStem) {
    String stem = stem(lang);
    if (stem == null) {
      return false;
    }
    if (stem.length() > minLoneStem
        || stem.length() == minLoneStem && surface.length() - stem.length() <= shortStemCut(lang)) {
      return true;
    }
    for (Lang other : LANGS) {
      if (other != lang && stem.equals(stem(other))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most letters the stemmer of {@code lang} may cut off a word for a stem of the shortest lone
   * length ({@link #stemCounts}) to identify it alone. French's light stemmer cuts "-ment" and
   * "-ement" off nouns as it does off adverbs, and the noun falls on the stem of a verb of another
   * meaning: "parlement" and "parler" on "parl", "règlement" and "régler" on "regl", "logement" and
   * "loger" on "loge"; its inflections ("-s", "-es", "-er", "-ent") cut at most three letters. A
   * four-letter stem cut further counts only when another language's stemmer gives it too. The
   * English and Spanish stemmers leave no such short stem of a derivation.
   */
  static int shortStemCut(Lang lang) {
    return switch (lang) {
      case EN, ES -> Integer.MAX_VALUE;
      case FR -> 3;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w && surface.equals(w.surface) && Arrays.equals(stems, w.stems);
  }

  @Override
  public int hashCode() {
    return surface.hashCode() * 31 + Arrays.hashCode(stems);
  }

  @Override
  public String toString() {
    return surface + Arrays.toString(stems);
  }
}
