package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words with typo lookup. Words are bucketed by first letter and length, so a lookup
 * compares a misspelt word only with the words that could be within reach; each word also keeps
 * the set of letters it uses as a bit mask, and a candidate with more than the allowed number of
 * letters missing or extra is rejected in a few instructions, before any edit distance is
 * computed. That keeps lookups in a vocabulary of 100,000 pledges to a fraction of a millisecond.
 * Immutable.
 */
final class Vocabulary {

  private static final Bucket EMPTY = new Bucket(new String[0], new long[0]);

  private final Set<String> words;
  private final Map<Long, Bucket> buckets;

  /** Words of one first letter and length, with their letter masks at the same index. */
  private record Bucket(String[] words, long[] letters) {}

  Vocabulary(Collection<String> words) {
    this.words = Set.copyOf(words);
    Map<Long, List<String>> map = new HashMap<>();
    for (String w : this.words) {
      if (!w.isEmpty()) {
        map.computeIfAbsent(key(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
      }
    }
    Map<Long, Bucket> built = new HashMap<>();
    map.forEach((k, list) -> built.put(k, new Bucket(list.toArray(String[]::new),
        list.stream().mapToLong(Vocabulary::letters).toArray())));
    this.buckets = built;
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
    long mask = letters(word);
    List<String> out = new ArrayList<>();
    for (int len = word.length() - max; len <= word.length() + max; len++) {
      Bucket bucket = buckets.getOrDefault(key(word.charAt(0), len), EMPTY);
      for (int i = 0; i < bucket.words().length; i++) {
        long other = bucket.letters()[i];
        // Each edit adds at most one letter the other word lacks and removes at most one.
        if (Long.bitCount(other & ~mask) <= max && Long.bitCount(mask & ~other) <= max) {
          String candidate = bucket.words()[i];
          if (!candidate.equals(word) && Edits.near(word, candidate)) {
            out.add(candidate);
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The letters a word uses, one bit each: a to z and 0 to 9 their own bit, any other character
   * one of the remaining bits (sharing a bit only makes words look closer, never farther).
   */
  static long letters(String word) {
    long mask = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
      mask |= 1L << bit;
    }
    return mask;
  }

  private static long key(char first, int length) {
    return ((long) first << 32) | length;
  }
}
