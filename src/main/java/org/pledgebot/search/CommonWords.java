package org.pledgebot.search;

import java.util.Set;

/** Ordinary words that are also pledger names or acronyms, checked on top of the stop lists. */
final class CommonWords {

  /** "ONE" the campaign, "one" the number; "US" the country, "us" the pronoun. */
  static final Set<String> ALSO_NAMES = WordSet.of("one", "us", "un", "une", "it", "no", "action", "count");

  /** French filler ("engagement" = pledge) that is a theme word in English ("civic engagement"). */
  static final Set<String> BILINGUAL_CONTENT = WordSet.of("engagement", "engagements");

  private CommonWords() {}
}
