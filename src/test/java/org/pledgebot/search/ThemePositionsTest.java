package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(1, positions.around(far, 0, 2));
    assertEquals(1, positions.around(far, 39, 2));
    assertEquals(2, positions.around(pair, 39, 2));
    assertEquals(2, positions.around(pair, 38, 1));
    assertEquals(0, positions.around(pair, 0, 2), "no finder near the start");
    assertEquals(0, positions.count(3), "an entry no word finds");
  }
}
