package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

/** The theme detector on the shipped thesaurus: how a question word's language bears on its themes. */
class ThemeDetectorTest {

  private static final Analysis ANALYSIS = new Analysis();
  private static final ThemeDetector DETECTOR =
      new ThemeDetector(ANALYSIS, Shipped.thesaurus(), Commonness.load());

  private static ThemeDetector.Detection detect(String text, Lang lang) {
    List<Word> words = new ArrayList<>();
    for (Word w : ANALYSIS.words(ANALYSIS.surface(text))) {
      if (!ANALYSIS.isFunctionWord(w.surface())) {
        words.add(w);
      }
    }
    return DETECTOR.detect(words, Collections.nCopies(words.size(), false), lang);
  }

  /**
   * "data" is a word of open data, budget and legislative phrases in English ("budget data",
   * "legislative data"), too many themes for a cue; the French and Spanish phrases use it only for
   * open data (the loanword "open data"), so there it is one. Counted over every language's phrases
   * pooled, the English list decided that for the others.
   */
  @Test
  void aWordIsACueByItsOwnLanguagesPhrases() {
    assertEquals(Set.of(), detect("data", Lang.EN).cues(), "English phrases hold data in three themes");
    for (Lang lang : List.of(Lang.FR, Lang.ES)) {
      ThemeDetector.Detection d = detect("data", lang);
      assertEquals(Set.of("data"), d.cues(), lang + ": " + d);
      assertEquals(Set.of("open-data"), d.themes().keySet(), lang + ": " + d);
    }
  }

  /**
   * Where the pooled phrases already make a word a cue, their themes stay: Spanish "obligar" is a cue
   * of access to information by its own phrases ("sujetos obligados") and of accountability through
   * the French "obligation de rendre des comptes", and keeps both.
   */
  @Test
  void aCueThePoolAllowsKeepsEveryLanguagesThemes() {
    ThemeDetector.Detection d = detect("obligar", Lang.ES);
    assertEquals(Set.of("access-to-information", "accountability"), d.everyday().get("obligar"), d.toString());
  }
}
