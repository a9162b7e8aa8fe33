package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.testing.Shipped;

/**
 * What a short topic names, on the shipped index: themes through {@link ThemeLookup}, pledgers
 * through {@link Pledgers}.
 */
class ThemeLookupTest {

  static PledgeSearch shipped;

  @BeforeAll
  static void index() {
    shipped = Shipped.index();
  }

  @AfterAll
  static void close() throws IOException {
    shipped.close();
  }

  @Test
  void everyLabelAndSynonymNamesItsThemesAndNoPledger() {
    for (Theme theme : shipped.thesaurus().themes()) {
      for (Lang lang : Lang.values()) {
        List<String> phrases = new ArrayList<>(theme.synonyms(lang));
        phrases.add(theme.label(lang));
        for (String phrase : phrases) {
          List<String> named = shipped.themes().named(phrase);
          assertTrue(named.contains(theme.id()), phrase + " -> " + named);
          named.forEach(id -> assertTrue(listedUnder(id, phrase), phrase + " is not listed under " + id));
          assertEquals(List.of(), shipped.pledgers().named(phrase).map(Pledge::id).stream().toList(), phrase);
        }
      }
    }
  }

  private static boolean listedUnder(String themeId, String phrase) {
    Theme theme = shipped.thesaurus().theme(themeId).orElseThrow();
    return List.of(Lang.values()).stream()
        .anyMatch(l -> theme.synonyms(l).contains(phrase) || theme.label(l).equals(phrase));
  }

  @Test
  void aTopicNamesThemesAsSearchDetectsThem() {
    assertEquals(List.of("open-data"), shipped.themes().named("donnees ouverte"), "typo, no accent");
    assertEquals(List.of("open-data"), shipped.themes().named("open data for us"), "filler around the theme");
    assertEquals(List.of("citizen-engagement", "budget-transparency"),
        shipped.themes().named("participatory budgeting"), "a phrase listed under two themes, in thesaurus order");
    assertEquals(List.of("open-data", "public-integrity"), shipped.themes().named("open data and lobbying"));
    assertEquals(List.of("public-integrity"), shipped.themes().named("lobbying transparency"),
        "a word many themes share gives way to the specific theme");
    assertEquals(List.of("accountability"), shipped.themes().named("transparency"), "unless it stands alone");
  }

  @Test
  void aTopicThatSaysMoreThanItsThemesNamesNone() {
    for (String topic : List.of("mining royalties in West Africa", "budget transparency in one city", "help us",
        "open government", "Open Data Working Group", "")) {
      assertEquals(List.of(), shipped.themes().named(topic), topic);
    }
  }

  @Test
  void aPledgerIsNamedByTheWholeTopicOnly() {
    for (String name : List.of("United States", "US", "usa", "U.S.", "the United States", "États-Unis")) {
      assertEquals(List.of("US"), ids(shipped.pledgers().named(name)), name);
    }
    assertEquals(List.of("NO"), ids(shipped.pledgers().named("la Norvège")), "a leading article");
    assertEquals(List.of("NO"), ids(shipped.pledgers().named("Norwy")), "a typo");
    for (String topic : List.of("help us", "open data for us", "budget transparency in one city",
        "tell me about Oxfam")) {
      assertEquals(List.of(), ids(shipped.pledgers().named(topic)), topic);
    }
  }

  @Test
  void findAlsoTakesANameInsideATextButACommonWordOnlyInCapitals() {
    assertEquals(List.of("oxfam"), ids(shipped.pledgers().find("tell me about Oxfam")));
    assertEquals(List.of("US"), ids(shipped.pledgers().find("tell me about the US")));
    assertEquals(List.of(), ids(shipped.pledgers().find("help us")));
    assertEquals(List.of(), ids(shipped.pledgers().find("budget transparency in one city")));
  }

  private static List<String> ids(java.util.Optional<Pledge> p) {
    return p.map(Pledge::id).stream().toList();
  }
}
