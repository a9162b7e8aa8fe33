package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** {@link ThemeDetector.Comparisons}: one question's comparisons of entry words with its words. */
class ThemeComparisonsTest {

  /**
   * A comparison kept for a question is read back for the same entry word and position only, and
   * a thread's table used for question after question forgets the one before without clearing.
   */
  @Test
  void aComparisonIsKeptForItsQuestionOnly() {
    ThemeDetector.Comparisons table = new ThemeDetector.Comparisons().begin();
    table.set(table.slot(7, 3), 2);
    table.set(table.slot(3, 7), 1);
    assertEquals(2, table.value(table.slot(7, 3)));
    assertEquals(1, table.value(table.slot(3, 7)), "the word id and the position are not one number");
    assertEquals(ThemeDetector.Comparisons.UNSEEN, table.value(table.slot(7, 4)), "another position");
    table.begin();
    assertEquals(ThemeDetector.Comparisons.UNSEEN, table.value(table.slot(7, 3)), "the question before's");
    assertEquals(ThemeDetector.Comparisons.UNSEEN, table.value(table.slot(3, 7)), "the question before's");
  }

  /** A long question's comparisons outgrow the table: every one is still read back as written. */
  @Test
  void aLongQuestionsComparisonsOutgrowTheTable() {
    ThemeDetector.Comparisons table = new ThemeDetector.Comparisons().begin();
    for (int id = 0; id < 300; id++) {
      for (int position = 0; position < 20; position++) {
        table.set(table.slot(id, position), 1 + (id + position) % 6);
      }
    }
    for (int id = 0; id < 300; id++) {
      for (int position = 0; position < 20; position++) {
        assertEquals(1 + (id + position) % 6, table.value(table.slot(id, position)), id + "/" + position);
      }
    }
    assertNotEquals(table.slot(0, 1), table.slot(1, 0));
  }
}
