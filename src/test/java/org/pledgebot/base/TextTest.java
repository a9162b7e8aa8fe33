package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void theFirstWordEndsAtAnyWhitespaceOrTheEnd() {
    assertEquals(5, Text.indexOfWhitespace("/help me"));
    assertEquals(8, Text.indexOfWhitespace("/pays@pb\nNorvège"));
    assertEquals(3, Text.indexOfWhitespace("/qu\tx"));
    assertEquals(6, Text.indexOfWhitespace("/start"));
    assertEquals(0, Text.indexOfWhitespace(""));
    assertEquals(0, Text.indexOfWhitespace(" lead"));
  }
}
