package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words with typo lookup: words are bucketed by first letter and length, so a lookup
 * compares a misspelt word only with the few words that could be within reach. Immutable.
 */
final class Vocabulary {

  private final Set<String> words;
  private final Map<Long, List<String>> buckets;

  Vocabulary(Collection<String> words) {
    this.words = Set.copyOf(words);
    Map<Long, List<String>> map = new HashMap<>();
    for (String w : this.words) {
      if (!w.isEmpty()) {
        map.computeIfAbsent(key(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.buckets = map;
  }

  static Vocabulary empty() {
    return new Vocabulary(List.of());
  }

  /** A vocabulary with these words added. */
  Vocabulary with(Collection<String> more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(more);
    return new Vocabulary(all);
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  int size() {
    return words.size();
  }

  /**
   * The words other than {@code word} itself that are within typo reach of it ({@link Edits#near}),
   * sorted for determinism. Empty for short words.
   */
  List<String> near(String word) {
    int max = Edits.allowed(word.length());
    if (max == 0 || word.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int len = word.length() - max; len <= word.length() + max; len++) {
      for (String candidate : buckets.getOrDefault(key(word.charAt(0), len), List.of())) {
        if (!candidate.equals(word) && Edits.near(word, candidate)) {
          out.add(candidate);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static long key(char first, int length) {
    return ((long) first << 32) | length;
  }
}
