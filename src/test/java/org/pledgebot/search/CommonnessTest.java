package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class CommonnessTest {

  private final Commonness shipped = Commonness.load();

  @Test
  void theBuildPutsTenThousandOrSoEverydayWordsOfEachLanguageOnTheClasspath() {
    for (Lang lang : Lang.values()) {
      assertTrue(shipped.size(lang) > 8_000 && shipped.size(lang) < 12_000, lang + ": " + shipped.size(lang));
    }
  }

  @Test
  void everydayWordsAreListedInTheirOwnLanguageAndWordsOfTheFieldAreNot() {
    assertTrue(shipped.everyday(Lang.EN, "door"));
    assertTrue(shipped.everyday(Lang.FR, "maison"));
    assertTrue(shipped.everyday(Lang.ES, "precio"));
    assertFalse(shipped.everyday(Lang.EN, "procurement"));
    assertFalse(shipped.everyday(Lang.FR, "transparence"));
    assertFalse(shipped.everyday(Lang.ES, "transparencia"));
    assertFalse(shipped.everyday(Lang.EN, "maison"));
  }

  @Test
  void wordsAreComparedFoldedAsTheQuestionsAre() {
    assertTrue(shipped.everyday(Lang.FR, "ecole"));
    assertTrue(shipped.everyday(Lang.ES, "medico"));
    assertFalse(shipped.everyday(Lang.FR, "école"));
  }

  /** The shipped lists read at start (plain lines taken as they are) hold what folding every line gives. */
  @Test
  void loadedListsHoldWhatFoldingEveryLineGives() throws IOException {
    Map<Lang, List<String>> lines = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      String path = Commonness.RESOURCE + "/" + lang.code() + "/common_words.txt";
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          getClass().getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8))) {
        lines.put(lang, r.lines().toList());
      }
    }
    Commonness folded = Commonness.of(lines);
    for (Lang lang : Lang.values()) {
      assertEquals(folded.size(lang), shipped.size(lang), lang.toString());
      for (String line : lines.get(lang)) {
        String word = Folding.words(line);
        assertEquals(folded.everyday(lang, word), shipped.everyday(lang, word), lang + " " + line);
      }
    }
  }

  @Test
  void linesThatAreNoSingleWordOnceFoldedAreLeftOut() {
    Commonness c = Commonness.of(Map.of(Lang.EN, List.of("Door", "j'ai", "peut-être", "", "  "),
        Lang.FR, List.of("Été"), Lang.ES, List.of("año")));
    assertTrue(c.everyday(Lang.EN, "door"));
    assertEquals(1, c.size(Lang.EN));
    assertTrue(c.everyday(Lang.FR, "ete"));
    assertTrue(c.everyday(Lang.ES, "ano"));
  }

  @Test
  void aLanguageWithoutWordsIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"))));
    assertTrue(e.getMessage().contains("ES"), e.getMessage());
  }

  @Test
  void frenchAndSpanishBorrowEverydayEnglishWordsButEnglishBorrowsNone() {
    Commonness c = Commonness.of(Map.of(Lang.EN, List.of("online", "door"), Lang.FR, List.of("porte"),
        Lang.ES, List.of("puerta")));
    assertTrue(c.everydayOrBorrowed(Lang.ES, "online"));
    assertTrue(c.everydayOrBorrowed(Lang.FR, "online"));
    assertTrue(c.everydayOrBorrowed(Lang.ES, "puerta"));
    assertFalse(c.everydayOrBorrowed(Lang.EN, "puerta"));
    assertFalse(c.everyday(Lang.ES, "online"));
  }
}
