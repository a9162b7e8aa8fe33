package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void keepsValuesUpToItsBoundAndNoMore() {
    Memo<String, Integer> memo = new Memo<>(2);
    assertNull(memo.get("a"));
    assertEquals(1, memo.keep("a", 1));
    assertEquals(2, memo.keep("b", 2));
    assertEquals(3, memo.keep("c", 3), "beyond the bound the value is still given back");
    assertEquals(1, memo.get("a"));
    assertEquals(2, memo.get("b"));
    assertNull(memo.get("c"), "but not kept");
  }

  @Test
  void theFirstValueKeptStays() {
    Memo<String, String> memo = new Memo<>(10);
    memo.keep("k", "first");
    assertEquals("second", memo.keep("k", "second"));
    assertEquals("first", memo.get("k"));
  }

  @Test
  void aBoundBelowOneIsRefusedByValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Memo<>(0));
    assertTrue(e.getMessage().contains("not 0"), e.getMessage());
  }
}
