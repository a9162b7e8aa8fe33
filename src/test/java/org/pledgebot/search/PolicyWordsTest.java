package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void bodiesArePolicyWordsAndDivisionsAreNot() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.bodies(lang)), lang.toString());
      for (String w : PolicyWords.divisions(lang)) {
        assertFalse(PolicyWords.all().contains(w), w);
        assertTrue(w.equals(Folding.words(w)), w);
      }
    }
  }

  @Test
  void policyWordsAreFolded() {
    for (Lang lang : Lang.values()) {
      for (String w : PolicyWords.of(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
    }
  }
}
