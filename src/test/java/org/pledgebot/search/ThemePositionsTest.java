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
    ThemeDetector.Positions positions = new ThemeDetector.Positions(phrases);
    assertEquals(2, positions.count(far));
    assertFalse(positions.near(far, 0, 2));
    assertFalse(positions.near(far, 39, 2));
    assertTrue(positions.near(pair, 39, 2));
    assertTrue(positions.near(pair, 37, 2), "the pair within two words of the start of a placement");
    assertFalse(positions.near(pair, 36, 2), "only one of the pair within two words");
    assertFalse(positions.near(pair, 0, 2), "no finder near the start");
    assertEquals(0, positions.count(3), "an entry no word finds");
  }
}
