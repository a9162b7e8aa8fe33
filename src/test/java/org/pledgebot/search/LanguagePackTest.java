package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class LanguagePackTest {

  @Test
  void aLanguagesGrammarHoldsItsClosedClassWordsBeyondTheStopList() {
    LanguagePack en = LanguagePack.of(Lang.EN);
    // Snowball's English list (contractions, pronouns, quantifiers) and the indefinite pronouns and
    // adverbs of time and frequency beyond it
    for (String w : List.of("can't", "i'm", "won't", "hasn't", "same", "each", "up", "nobody", "nothing", "still",
        "ever", "never", "near")) {
      assertTrue(en.grammar().contains(w), w);
    }
    // folded as questions are
    assertTrue(LanguagePack.of(Lang.FR).grammar().containsAll(List.of("rien", "jamais", "toujours", "deja", "malgre")));
    assertTrue(LanguagePack.of(Lang.ES).grammar().containsAll(List.of("nadie", "nunca", "todavia", "cada", "mismas")));
    // the words a language's questions keep as words stay out of it
    assertFalse(LanguagePack.of(Lang.ES).grammar().contains("estado"));
    for (Lang lang : Lang.values()) {
      LanguagePack pack = LanguagePack.of(lang);
      assertTrue(pack.grammar().containsAll(pack.functionWords()), lang.name());
    }
  }

  @Test
  void theGrammarBeyondTheStopListIsNoStopWordOfRanking() {
    // the gate reads the grammar; ranking and language detection keep their stop lists
    for (String w : List.of("nobody", "still", "never", "can't")) {
      assertFalse(LanguagePack.of(Lang.EN).stopWords().contains(w), w);
    }
    assertFalse(LanguagePack.of(Lang.FR).stopWords().contains("jamais"));
    assertFalse(LanguagePack.of(Lang.ES).stopWords().contains("nunca"));
  }
}
