package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void holdsItsWordsAndNoOther() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      words.add("w" + i);
    }
    Set<String> set = WordSet.copyOf(words);
    assertEquals(500, set.size());
    for (String w : words) {
      // a copy of the text, as a question's word is, not the listed string itself
      assertTrue(set.contains(new String(w.toCharArray())), w);
    }
    assertFalse(set.contains("w500"));
    assertFalse(set.contains(""));
    assertFalse(set.contains(7));
    // words whose hashes collide ("Aa" and "BB") are told apart by their text
    Set<String> colliding = WordSet.of("Aa");
    assertTrue(colliding.contains("Aa"));
    assertFalse(colliding.contains("BB"));
  }

  @Test
  void isTheSetItWasMadeOfInTheOrderGiven() {
    Set<String> set = WordSet.of("tax", "levy", "duty");
    assertEquals(Set.of("levy", "duty", "tax"), set);
    assertEquals(Set.of("levy", "duty", "tax").hashCode(), set.hashCode());
    assertEquals(List.of("tax", "levy", "duty"), new ArrayList<>(set));
    assertEquals(new HashSet<>(set), Set.copyOf(set));
    assertTrue(WordSet.of().isEmpty());
    assertFalse(WordSet.of().contains("tax"));
    assertSame(set, WordSet.copyOf(set));
  }

  @Test
  void checksAsSetOfDoes() {
    assertThrows(IllegalArgumentException.class, () -> WordSet.of("tax", "tax"));
    assertThrows(NullPointerException.class, () -> WordSet.of("tax", null));
    assertThrows(NullPointerException.class, () -> WordSet.of("tax").contains(null));
    assertEquals(1, WordSet.copyOf(List.of("tax", "tax")).size());
    assertThrows(UnsupportedOperationException.class, () -> WordSet.of("tax").add("levy"));
    assertThrows(UnsupportedOperationException.class, () -> WordSet.of("tax").remove("tax"));
  }
}
