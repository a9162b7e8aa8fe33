package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class PolicyWordsTest {

  @Test
  void scopeWordsArePolicyWordsOfTheirLanguage() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.scope(lang)), lang.toString());
    }
  }

  @Test
  void bodiesAndInstrumentsArePolicyWordsAndDivisionsAreNot() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.bodies(lang)), lang.toString());
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.instruments(lang)), lang.toString());
      assertFoldedAndNoPolicyWords(PolicyWords.offices(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.divisions(lang));
      // roles of any organisation and the state's prerogatives say nothing of public life alone
      assertFoldedAndNoPolicyWords(PolicyWords.roles(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.prerogatives(lang));
      assertTrue(PolicyWords.roles(lang).isEmpty() == PolicyWords.prerogatives(lang).isEmpty(), lang.toString());
    }
  }

  @Test
  void onlyLanguagesListingBodiesOrRolesNameTheirOwnersAfterAPreposition() {
    for (Lang lang : Lang.values()) {
      boolean owned = !PolicyWords.bodies(lang).isEmpty() || !PolicyWords.roles(lang).isEmpty();
      assertTrue(owned != PolicyWords.belonging(lang).isEmpty(), lang.toString());
    }
  }

  @Test
  void officeholdersFirmsAndKinAreFoldedAndFirmsAndKinNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      assertFolded(PolicyWords.officeholders(lang));
      // a company, a relative, money say nothing of public life by themselves
      assertFoldedAndNoPolicyWords(PolicyWords.firms(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.kin(lang));
      assertFolded(PolicyWords.officers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.payments(lang));
      assertFolded(PolicyWords.asking(lang));
      assertFolded(PolicyWords.taking(lang));
      assertFolded(PolicyWords.hiring(lang));
      assertFolded(PolicyWords.possessives(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.elders(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.ownLife(lang));
      assertFolded(PolicyWords.ends(lang));
      assertFolded(PolicyWords.sources(lang));
      assertFolded(PolicyWords.attendants(lang));
      assertFolded(PolicyWords.beats(lang));
    }
    assertTrue(PolicyWords.former("exministra", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("exnovio", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("ex", PolicyWords.officeholders()));
  }

  @Test
  void theWordsOfPublicMoneyAreFoldedAndMoneyAndItsVerbsNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      // money and spending say nothing of public life by themselves: the grammar around them does
      assertFoldedAndNoPolicyWords(PolicyWords.funds(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.spending(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.handling(lang));
      assertFolded(PolicyWords.treasuries(lang));
      assertFolded(PolicyWords.speakers(lang));
      // papers and the verbs that ask for them say nothing of public life by themselves either
      assertFoldedAndNoPolicyWords(PolicyWords.papers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.disclosing(lang));
      // books, costs, levies and pronouns too; a seat's words one by one
      assertFoldedAndNoPolicyWords(PolicyWords.books(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.costing(lang));
      assertFolded(PolicyWords.levies(lang));
      assertFolded(PolicyWords.taxpayers(lang));
      assertFolded(PolicyWords.thirdPersons(lang));
      for (List<String> seat : PolicyWords.seats(lang)) {
        assertFolded(Set.copyOf(seat));
      }
    }
  }

  @Test
  void policyWordsAreFolded() {
    for (Lang lang : Lang.values()) {
      assertFolded(PolicyWords.of(lang));
    }
  }

  /** Each word is written as {@link Folding#words} folds a question's words. */
  private static void assertFolded(Collection<String> words) {
    for (String w : words) {
      assertTrue(w.equals(Folding.words(w)), w);
    }
  }

  /** Each word is folded and no word of public life in any language ({@link PolicyWords#all}). */
  private static void assertFoldedAndNoPolicyWords(Collection<String> words) {
    assertFolded(words);
    for (String w : words) {
      assertFalse(PolicyWords.all().contains(w), w);
    }
  }

  /**
   * An adjective of public life is one in every gender and number, as the English one is one word:
   * a French or Spanish question agreeing it with a plural or feminine noun ("les élus régionaux",
   * "autoridades federales") has the same support as its English twin.
   */
  @Test
  void frenchAndSpanishAdjectivesAreListedInEveryGenderAndNumber() {
    Set<String> fr = PolicyWords.of(Lang.FR);
    for (String w : fr) {
      if (w.endsWith("al")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(fr.containsAll(List.of(w + "e", w + "es", stem + "ux")), w);
      }
      if (w.endsWith("if")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(fr.containsAll(List.of(w + "s", stem + "ve", stem + "ves")), w);
      }
    }
    Set<String> es = PolicyWords.of(Lang.ES);
    for (String w : es) {
      if (w.endsWith("al") || w.endsWith("il")) {
        assertTrue(es.contains(w + "es"), w);
      }
      if (w.endsWith("ico")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(es.containsAll(List.of(w + "s", stem + "a", stem + "as")), w);
      }
    }
    for (Lang lang : List.of(Lang.FR, Lang.ES)) {
      Set<String> scope = PolicyWords.scope(lang);
      for (String w : PolicyWords.of(lang)) {
        if (scope.contains(w.replaceAll("(e|es|s|aux|ales)$", "")) || scope.contains(w.replaceAll("aux$", "al"))) {
          assertTrue(scope.contains(w), lang + " " + w);
        }
      }
    }
  }

  @Test
  void everyActButTrackingSaysAThemeOfTheThesaurus() throws java.io.IOException {
    Set<String> ids = new java.util.HashSet<>();
    org.pledgebot.testing.Shipped.thesaurus().themes().forEach(t -> ids.add(t.id()));
    for (Lang lang : Lang.values()) {
      java.util.Map<String, String> themes = PolicyWords.actThemes(lang);
      assertTrue(ids.containsAll(themes.values()), lang + " " + themes.values());
      for (String act : PolicyWords.acts(lang)) {
        assertTrue(act.startsWith("track") || themes.containsKey(act), lang + " " + act);
      }
      assertFolded(themes.keySet());
    }
  }
}
