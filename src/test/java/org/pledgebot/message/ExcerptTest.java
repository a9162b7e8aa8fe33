package org.pledgebot.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class ExcerptTest {

  @Test
  void firstSentenceFollowsTheLanguagesSentenceRules() {
    assertEquals("Short one.", Excerpt.firstSentence("Short one. Second sentence.", Lang.EN, 200));
    assertEquals("La Norvège a promis.", Excerpt.firstSentence("La Norvège a promis.  Puis encore.", Lang.FR, 200));
    assertEquals("The U.S. government offers help.",
        Excerpt.firstSentence("The U.S. government offers help. Then more.", Lang.EN, 200));
    assertEquals("One line only", Excerpt.firstSentence("  One\n line\tonly ", Lang.EN, 200));
  }

  @Test
  void aLongSentenceIsCutAtAWordWithinTheLimit() {
    String summary = Excerpt.firstSentence("word ".repeat(80).strip() + ". Next.", Lang.EN, 200);
    assertTrue(summary.length() <= 200, summary.length() + "");
    assertTrue(summary.endsWith("word…"), summary);
  }

  @Test
  void clipCutsAtAWordAndDropsDanglingPunctuation() {
    assertEquals("open data", Excerpt.clip("open   data", 20));
    assertEquals("x".repeat(199) + "…", Excerpt.clip("x".repeat(300), 200));
    assertEquals("alpha beta…", Excerpt.clip("alpha beta, gamma delta", 14));
    assertEquals("alpha…", Excerpt.clip("alpha (beta gamma", 9));
  }

  @Test
  void clipNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDD14";
    String clipped = Excerpt.clip("a" + emoji.repeat(20), 4);
    assertEquals("a" + emoji + "…", clipped);
  }
}
