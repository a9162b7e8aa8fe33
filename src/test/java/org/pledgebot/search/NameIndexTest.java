package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/** Names written otherwise than the corpus writes them, on the shipped corpus's names and aliases. */
class NameIndexTest {

  private static Analysis analysis;
  private static NameIndex index;
  private static List<Pledge> pledges;

  @BeforeAll
  static void build() {
    analysis = new Analysis();
    pledges = Shipped.corpus().pledges();
    List<NameKey> keys = new ArrayList<>();
    pledges.forEach(p -> keys.addAll(NameKey.of(analysis, p)));
    index = new NameIndex(analysis, keys);
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  private static Map<String, Boolean> unordered(String question) {
    List<String> tokens = analysis.surface(question);
    return index.unordered(tokens, new boolean[tokens.size()]);
  }

  private static Pledge pledge(String id) {
    return pledges.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aNameOfSeveralWordsMatchesInAnotherOrderAndWithOtherPrepositions() {
    assertEquals(Map.of("wg-open-data", false), unordered("the group on open data"), "working left out");
    assertEquals(Map.of("wg-access-to-information", true), unordered("grupo de trabajo del acceso a la información"));
    assertEquals(Map.of("wg-fiscal-openness", true), unordered("groupe de travail pour l'ouverture budgétaire"));
    assertEquals(Map.of("wg-legislative-openness", true), unordered("legislative openness group, working"));
  }

  @Test
  void theWordsOfANameMustStandTogether() {
    assertEquals(Map.of(), unordered("which group has data on budgets"), "another content word between them");
    assertEquals(Map.of(), unordered("working with open data"), "the head of the name is missing");
    assertEquals(Map.of(), unordered("open data"));
  }

  @Test
  void aGenericWordOtherThanTheHeadMayBeLeftOut() {
    assertEquals(Map.of("adb", false), unordered("banque asiatique"), "de développement left out");
    assertEquals(Map.of("wg-natural-resources", false), unordered("the extractives working group"));
    assertEquals(Map.of(), unordered("asian development"), "the head, bank, left out");
    assertEquals(Map.of(), unordered("programme pour le développement"), "unies names only UNDP: not generic");
  }

  @Test
  void typosGrowWithTheWordAndShortenedOrSplitWordsCount() {
    assertEquals(Map.of("transparency-international", true), unordered("transparensia internacional"));
    assertEquals(Map.of("undp", true), unordered("united nations development program"), "two letters of nine");
    assertEquals(Map.of("adb", true), unordered("asian dev bank"));
    assertEquals(Map.of("idb", true), unordered("la banque inter-américaine de développement"));
    assertEquals(Map.of("idb", false), unordered("the interamerican bank"), "Inter-American, also run together");
  }

  @Test
  void aPeoplesAdjectiveAmongTheAliasesIsKnownAsOne() {
    assertTrue(NameKey.demonym("Irish", "irish", Lang.EN));
    assertTrue(NameKey.demonym("británico", "britanico", Lang.ES));
    assertFalse(NameKey.demonym("Holanda", "holanda", Lang.ES), "a name, capitalised");
    assertFalse(NameKey.demonym("Holland", "holland", Lang.EN));
    List<NameKey> greece = NameKey.of(analysis, pledge("GR"));
    assertTrue(greece.stream().anyMatch(k -> k.demonym() && k.joined().equals("grec")));
    assertTrue(greece.stream().noneMatch(k -> k.demonym() && k.joined().equals("hellas")));
  }
}
