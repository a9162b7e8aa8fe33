package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link ThemeDetector.Positions}: which question words find a phrase, for the placement gate. */
class ThemePositionsTest {

  /**
   * A phrase of two words found by the first and the last word of a long message, and by two words
   * side by side: over the whole message both count two finders, but only the pair has two within
   * the reach of a placement, so the far one is not placed from either of its words.
   */
  @Test
  void findersAreCountedWithinReach() {
    int far = 7;
    int pair = 9;
    int[][] phrases = new int[40][];
    for (int i = 0; i < phrases.length; i++) {
      phrases[i] = new int[0];
    }
    phrases[0] = new int[] {far};
    phrases[39] = new int[] {far, pair};
    phrases[38] = new int[] {pair};
    ThemeDetector.Positions positions = new ThemeDetector.Positions(4).read(phrases);
    assertEquals(2, positions.count(far));
    assertFalse(positions.near(far, 0, 2));
    assertFalse(positions.near(far, 39, 2));
    assertTrue(positions.near(pair, 39, 2));
    assertTrue(positions.near(pair, 37, 2), "the pair within two words of the start of a placement");
    assertFalse(positions.near(pair, 36, 2), "only one of the pair within two words");
    assertFalse(positions.near(pair, 0, 2), "no finder near the start");
    assertEquals(0, positions.count(3), "an entry no word finds");
  }

  /**
   * One table read for question after question (a thread's, {@link ThemeDetector#matches}): what
   * a question before found is forgotten without clearing, and an id the table was not sized for
   * is taken as it comes.
   */
  @Test
  void aQuestionReadForgetsTheOneBefore() {
    ThemeDetector.Positions positions = new ThemeDetector.Positions(2);
    positions.read(new int[][] {{5, 1}, {5}, {}});
    assertEquals(2, positions.count(5));
    assertTrue(positions.near(5, 0, 2));
    positions.read(new int[][] {{1}, {}, {5}});
    assertEquals(1, positions.count(5), "only this question's finder of 5");
    assertFalse(positions.near(5, 0, 2));
    assertEquals(1, positions.count(1));
    positions.read(new int[][] {{}, {}});
    assertEquals(0, positions.count(5), "no word of the last question finds 5");
    assertEquals(0, positions.count(1));
    assertFalse(positions.near(1, 0, 1));
    assertEquals(0, positions.count(40), "an id beyond the table");
  }
}
