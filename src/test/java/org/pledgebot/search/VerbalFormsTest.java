package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/**
 * The theme detector's lookup forms read without making strings: whether a form is a verbal
 * family's and of which language, as its tag says; the agent nouns' rewrites made once.
 */
class VerbalFormsTest {

  @Test
  void aFormsVerbalTagIsReadWithoutMakingIt() {
    List<String> forms = List.of("r:fr:declar", "r:es:declar", "r:en:declar", "r:declar", "s:fr:x", "declar",
        "r:", "r:fr:", "r:f:x", "r:fra:x", "r:frx", "fr:declar", "r:e", "r:en");
    for (String form : forms) {
      String tag = ThemeDetector.verbalTag(form);
      assertEquals(tag != null, ThemeDetector.verbal(form), form);
      for (Lang lang : Lang.values()) {
        assertEquals(lang.code().equals(tag), ThemeDetector.verbalIn(form, lang.code()), form + " " + lang);
      }
    }
    assertEquals(true, ThemeDetector.verbalIn("r:fr:declar", "fr"));
    assertEquals(false, ThemeDetector.verbalIn("r:fr:declar", "es"));
    assertEquals(false, ThemeDetector.verbal("r:declar"));
  }

  @Test
  void theAgentNounsRewritesAreMadeOncePerLanguage() {
    for (Lang lang : Lang.values()) {
      assertSame(ThemeDetector.agents(lang), ThemeDetector.agents(lang), lang.toString());
    }
    assertEquals(List.of(), ThemeDetector.agents(Lang.EN));
    assertEquals(8, ThemeDetector.agents(Lang.FR).size());
  }
}
