package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

  /** The most words {@link #near} keeps the answer for (a few MB): questions keep using the same words. */
  static final int MAX_KNOWN_WORDS = 50_000;

  private final Set<String> words;
  private final Map<Long, Bucket> buckets;
  /**
   * {@link #near} by word, worked out once per vocabulary (which never changes): every question
   * asks it for each of its content words, and comparing a word with its bucket was a large share
   * of answering a batch, in work and in the code the JIT compiles for it.
   */
  private final Memo<String, List<String>> nearby = new Memo<>(MAX_KNOWN_WORDS);

  /** Words of one first letter and length, with their letter masks at the same index. */
  private record Bucket(String[] words, long[] letters) {}

  Vocabulary(Collection<String> words) {
    this.words = Collections.unmodifiableSet(new HashSet<>(words));
    Map<Long, List<String>> map = new HashMap<>();
    for (String w : this.words) {
      if (!w.isEmpty()) {
        map.computeIfAbsent(key(w), k -> new ArrayList<>()).add(w);
      }
    }
    Map<Long, Bucket> built = new HashMap<>();
    map.forEach((k, list) -> built.put(k, bucket(list)));
    this.buckets = built;
  }

  private Vocabulary(Set<String> words, Map<Long, Bucket> buckets) {
    this.words = Collections.unmodifiableSet(words);
    this.buckets = buckets;
  }

  private static Bucket bucket(Collection<String> words) {
    return new Bucket(words.toArray(String[]::new), words.stream().mapToLong(Vocabulary::letters).toArray());
  }

  /**
   * This vocabulary with {@code added} words in and {@code removed} ones out (a word in both stays
   * in). Only the buckets of those words are rebuilt, so one changed pledge costs little however
   * large the vocabulary.
   */
  Vocabulary changed(Collection<String> added, Collection<String> removed) {
    Set<String> all = new HashSet<>(words);
    all.removeAll(removed);
    all.addAll(added);
    Set<Long> touched = new HashSet<>();
    java.util.stream.Stream.concat(added.stream(), removed.stream())
        .filter(w -> !w.isEmpty()).forEach(w -> touched.add(key(w)));
    Map<Long, Bucket> next = new HashMap<>(buckets);
    for (long k : touched) {
      List<String> in = new ArrayList<>();
      for (String w : buckets.getOrDefault(k, EMPTY).words()) {
        if (all.contains(w)) {
          in.add(w);
        }
      }
      added.stream().filter(w -> !w.isEmpty() && key(w) == k && !in.contains(w)).distinct().forEach(in::add);
      if (in.isEmpty()) {
        next.remove(k);
      } else {
        next.put(k, bucket(in));
      }
    }
    return new Vocabulary(all, next);
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
    List<String> known = nearby.get(word);
    return known != null ? known : nearby.keep(word, search(word, max));
  }

  private List<String> search(String word, int max) {
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
    return List.copyOf(out);
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

  private static long key(String word) {
    return key(word.charAt(0), word.length());
  }

  /**
   * First letter and length as one number whose bits are mixed: {@link Long#hashCode} keeps only
   * the low bits' differences, and a plain {@code first << 32 | length} put every word of one
   * length in one hash bin whatever its letter, which HashMap then searched as a tree.
   */
  private static long key(char first, int length) {
    return first * MIX + length;
  }

  /** An odd constant (the golden ratio's): multiplying by it is one-to-one and spreads the bits. */
  private static final long MIX = 0x9E3779B97F4A7C15L;
}
