package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {

  private static Path write(Path dir, String json) throws Exception {
    Path file = dir.resolve("themes.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void needsContextListsEverydayWordsAmongTheSynonyms(@TempDir Path dir) throws Exception {
    Thesaurus t = Thesaurus.load(write(dir, """
        [{"id": "natural-resources", "label": {"en": "Natural resources"},
          "synonyms": {"en": ["mining", "extractive industries"], "fr": ["mines"]},
          "needs_context": {"en": ["mining"], "fr": ["mines"]}}]"""));
    Theme theme = t.theme("natural-resources").orElseThrow();
    assertEquals(List.of("mining"), theme.needsContext(Lang.EN));
    assertEquals(List.of("mines"), theme.needsContext(Lang.FR));
  }

  @Test
  void aNeedsContextWordThatIsNoSynonymIsNamed(@TempDir Path dir) throws Exception {
    Path file = write(dir, """
        [{"id": "natural-resources", "label": {"en": "Natural resources"},
          "synonyms": {"en": ["mining"]}, "needs_context": {"en": ["minning"]}}]""");
    CorpusException e = assertThrows(CorpusException.class, () -> Thesaurus.load(file));
    assertTrue(e.getMessage().contains("natural-resources") && e.getMessage().contains("\"minning\""), e.getMessage());
  }

  @Test
  void vocabularyIsReadAndMayNeedContext(@TempDir Path dir) throws Exception {
    Thesaurus t = Thesaurus.load(write(dir, """
        [{"id": "budget-transparency", "label": {"en": "Budget transparency"},
          "synonyms": {"en": ["open budgets"]},
          "vocabulary": {"en": ["budget", "supreme audit institution"], "fr": ["impôts"]},
          "needs_context": {"en": ["budget"]}}]"""));
    Theme theme = t.theme("budget-transparency").orElseThrow();
    assertEquals(List.of("budget", "supreme audit institution"), theme.vocabulary(Lang.EN));
    assertEquals(List.of("impôts"), theme.vocabulary(Lang.FR));
    assertEquals(List.of("budget"), theme.needsContext(Lang.EN));
    assertEquals(List.of("open budgets"), theme.synonyms(Lang.EN));
  }

  @Test
  void sectorsAreReadAndMustBeVocabulary(@TempDir Path dir) throws Exception {
    Thesaurus t = Thesaurus.load(write(dir, """
        [{"id": "public-services", "label": {"en": "Public services"},
          "synonyms": {"en": ["service delivery"]},
          "vocabulary": {"en": ["hospitals", "queues"], "es": ["hospitales"]},
          "sectors": {"en": ["hospitals"], "es": ["hospitales"]}}]"""));
    Theme theme = t.theme("public-services").orElseThrow();
    assertEquals(List.of("hospitals"), theme.sectors(Lang.EN));
    assertEquals(List.of("hospitales"), theme.sectors(Lang.ES));
    assertEquals(List.of(), theme.sectors(Lang.FR));
    Path file = write(dir, """
        [{"id": "public-services", "label": {"en": "Public services"},
          "synonyms": {"en": ["service delivery", "hospitals"]}, "sectors": {"en": ["hospitals"]}}]""");
    CorpusException e = assertThrows(CorpusException.class, () -> Thesaurus.load(file));
    assertTrue(e.getMessage().contains("public-services") && e.getMessage().contains("\"hospitals\""), e.getMessage());
  }

  @Test
  void aFrameIsReadAndOnlyTheProcessOfPlansIsOne(@TempDir Path dir) throws Exception {
    Thesaurus t = Thesaurus.load(write(dir, """
        [{"id": "action-plans", "label": {"en": "Action plans"}, "synonyms": {"en": ["action plan"]}, "frame": true},
         {"id": "open-data", "label": {"en": "Open data"}, "synonyms": {"en": ["open data"]}}]"""));
    assertTrue(t.theme("action-plans").orElseThrow().frame());
    assertTrue(!t.theme("open-data").orElseThrow().frame());
    Thesaurus shipped = Thesaurus.load(Path.of("config/themes.json"));
    assertEquals(List.of("action-plans"), shipped.themes().stream().filter(Theme::frame).map(Theme::id).toList());
  }

  @Test
  void shippedThesaurusLoads() throws Exception {
    Thesaurus t = Thesaurus.load(Path.of("config/themes.json"));
    assertTrue(t.theme("natural-resources").orElseThrow().needsContext(Lang.EN).contains("oil"));
  }

  @Test
  void everyShippedThemeHasALabelAndSynonymsInEveryLanguage() throws Exception {
    Thesaurus t = Thesaurus.load(Path.of("config/themes.json"));
    for (Theme theme : t.themes()) {
      for (Lang lang : Lang.values()) {
        assertTrue(theme.label().containsKey(lang), theme.id() + " has a label in " + lang);
        assertTrue(theme.synonyms(lang).size() >= 10, theme.id() + " has synonyms in " + lang);
      }
    }
    assertEquals("Datos abiertos", t.label("open-data", Lang.ES));
    assertTrue(t.theme("public-integrity").orElseThrow().synonyms(Lang.ES).contains("puertas giratorias"));
    assertTrue(t.theme("natural-resources").orElseThrow().needsContext(Lang.ES).contains("petróleo"));
  }

  @Test
  void aLabelMissingInALanguageFallsBackToTheReference(@TempDir Path dir) throws Exception {
    Thesaurus t = Thesaurus.load(write(dir, """
        [{"id": "open-data", "label": {"en": "Open data", "fr": "Données ouvertes"}, "synonyms": {"en": ["open data"]}}]"""));
    assertEquals("Open data", t.label("open-data", Lang.ES));
    assertEquals(List.of(), t.theme("open-data").orElseThrow().synonyms(Lang.ES));
  }
}
