package org.pledgebot.search;

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
  void policyWordsAreFolded() {
    for (Lang lang : Lang.values()) {
      for (String w : PolicyWords.of(lang)) {
        assertTrue(w.equals(Folding.words(w)), w);
      }
    }
  }
}
