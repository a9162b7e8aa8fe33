package org.pledgebot.search;

import org.pledgebot.corpus.Lang;

/**
 * One word of a question or of a thesaurus phrase, in the forms it can match: its folded surface
 * and its English and French stems (null where the word is a stopword in that language).
 */
record Word(String surface, String en, String fr) {

  static Word of(Analysis analysis, String surface) {
    return new Word(surface, analysis.stem(Lang.EN, surface), analysis.stem(Lang.FR, surface));
  }

  /** The stem in {@code lang}, or null. */
  String stem(Lang lang) {
    return lang == Lang.EN ? en : fr;
  }

  /** Same word up to inflection in either language: "donnée"/"données", "law"/"laws". */
  boolean sameAs(Word other) {
    return surface.equals(other.surface)
        || (en != null && en.equals(other.en))
        || (fr != null && fr.equals(other.fr));
  }
}
