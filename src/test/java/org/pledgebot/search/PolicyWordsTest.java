package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      for (String w : PolicyWords.offices(lang)) {
        assertFalse(PolicyWords.all().contains(w), w);
        assertTrue(w.equals(Folding.words(w)), w);
      }
      for (String w : PolicyWords.divisions(lang)) {
        assertFalse(PolicyWords.all().contains(w), w);
        assertTrue(w.equals(Folding.words(w)), w);
      }
      // roles of any organisation and the state's prerogatives say nothing of public life alone
      for (Set<String> words : List.of(PolicyWords.roles(lang), PolicyWords.prerogatives(lang))) {
        for (String w : words) {
          assertFalse(PolicyWords.all().contains(w), w);
          assertTrue(w.equals(Folding.words(w)), w);
        }
      }
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
      for (String w : PolicyWords.officeholders(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
      for (String w : PolicyWords.firms(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
        // a company says nothing of public life by itself
        assertFalse(PolicyWords.all().contains(w), w);
      }
    }
    for (Lang lang : Lang.values()) {
      for (String w : PolicyWords.kin(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
        // a relative says nothing of public life by itself
        assertFalse(PolicyWords.all().contains(w), w);
      }
    }
    for (Lang lang : Lang.values()) {
      for (String w : PolicyWords.officers(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
      for (String w : PolicyWords.payments(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
        // money says nothing of public life by itself
        assertFalse(PolicyWords.all().contains(w), w);
      }
      for (String w : PolicyWords.asking(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
    }
    assertTrue(PolicyWords.former("exministra", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("exnovio", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("ex", PolicyWords.officeholders()));
  }

  @Test
  void policyWordsAreFolded() {
    for (Lang lang : Lang.values()) {
      for (String w : PolicyWords.of(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
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
}
