package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

class EditsTest {

  @Test
  void typoReachGrowsWithLength() {
    assertEquals(0, Edits.allowed(4));
    assertEquals(1, Edits.allowed(5));
    assertEquals(2, Edits.allowed(8));
    assertTrue(Edits.near("norwy", "norway"));
    assertTrue(Edits.near("transparancy", "transparency"));
    assertTrue(Edits.near("infromation", "information"), "a transposition is one edit");
    assertTrue(Edits.near("donees", "donnees"));
    assertFalse(Edits.near("data", "date"), "short words need to be exact");
    assertFalse(Edits.near("norway", "zorway"), "the first letter must match");
  }

  /** Same answers as the Levenshtein automata behind Lucene's FuzzyQuery. */
  @Test
  void agreesWithLuceneLevenshteinAutomata() {
    Random random = new Random(42);
    String alphabet = "abcde";
    for (int n = 0; n < 3000; n++) {
      String a = word(random, alphabet);
      String b = mutate(random, a, alphabet);
      int max = Edits.allowed(Math.min(a.length(), b.length()));
      var automaton = new LevenshteinAutomata(a.substring(1), true).toAutomaton(max, a.substring(0, 1));
      ByteRunAutomaton run = new ByteRunAutomaton(Operations.determinize(automaton, 10_000));
      byte[] bytes = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      boolean lucene = run.run(bytes, 0, bytes.length);
      assertEquals(lucene, Edits.within(a, b, max), a + " vs " + b + " within " + max);
    }
  }

  private static String word(Random r, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int len = 5 + r.nextInt(6);
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String mutate(Random r, String a, String alphabet) {
    StringBuilder sb = new StringBuilder(a);
    int edits = r.nextInt(4);
    for (int e = 0; e < edits && sb.length() > 1; e++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        case 2 -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
        default -> {
          if (at + 1 < sb.length()) {
            char c = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, c);
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void vocabularyFindsNearWordsOnly() {
    Vocabulary v = new Vocabulary(List.of("norway", "information", "transparency", "data", "date"));
    assertEquals(List.of("norway"), v.near("norwy"));
    assertEquals(List.of("information"), v.near("infromation"));
    assertEquals(List.of(), v.near("dat"));
    assertEquals(List.of(), v.near("norway"), "the word itself is not a correction");
  }

  private static java.util.Set<String> distinctWords(Random random, String alphabet, int count) {
    java.util.Set<String> words = new java.util.HashSet<>();
    while (words.size() < count) {
      words.add(word(random, alphabet));
    }
    return words;
  }

  /** The letter-mask shortcut must reject only words a full comparison rejects too. */
  @Test
  void largeVocabularyFindsWhatAFullScanFinds() {
    Random random = new Random(7);
    String alphabet = "abcdé";
    java.util.Set<String> words = distinctWords(random, alphabet, 20_000);
    Vocabulary v = new Vocabulary(words);
    for (int n = 0; n < 300; n++) {
      String typed = mutate(random, word(random, alphabet), alphabet);
      List<String> scan = words.stream().filter(w -> !w.equals(typed) && Edits.near(typed, w)).sorted().toList();
      assertEquals(scan, v.near(typed), typed);
    }
  }

  /** A vocabulary changed in place answers exactly as one built from the resulting words. */
  @Test
  void changedVocabularyAnswersAsARebuiltOne() {
    Random random = new Random(11);
    String alphabet = "abcde";
    java.util.Set<String> words = distinctWords(random, alphabet, 5_000);
    Vocabulary v = new Vocabulary(words);
    java.util.Set<String> now = new java.util.HashSet<>(words);
    for (int round = 0; round < 20; round++) {
      List<String> removed = now.stream().sorted().skip(random.nextInt(now.size() - 10)).limit(5).toList();
      List<String> added = java.util.stream.Stream.generate(() -> word(random, alphabet)).limit(5).toList();
      v = v.changed(added, removed);
      now.removeAll(removed);
      now.addAll(added);
    }
    Vocabulary rebuilt = new Vocabulary(now);
    assertEquals(now.size(), v.size());
    for (int n = 0; n < 500; n++) {
      String typed = mutate(random, word(random, alphabet), alphabet);
      assertEquals(rebuilt.near(typed), v.near(typed), typed);
      assertEquals(rebuilt.contains(typed), v.contains(typed), typed);
    }
  }
}
