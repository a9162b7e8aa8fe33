package org.pledgebot.search;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A fixed list of words, made once and asked whether it holds a word many times per question: the
 * word lists of {@link PolicyWords}, {@link Lexicon} and {@link LanguagePack}. The readings test a
 * question's words against hundreds of them, and the JDK's immutable sets ({@code Set.of}) are shared
 * by every element type of the process, so each test there calls {@code hashCode} and {@code equals}
 * through a virtual call and finds its slot by a division. Here the elements are strings: a test is a
 * string's cached hash, a mask, and one comparison of hashes before a comparison of texts. Immutable
 * as {@code Set.of}'s sets are, with their checks (no null, and no word listed twice in {@link #of});
 * iterated in the order the words were given.
 */
final class WordSet extends AbstractSet<String> {

  private static final WordSet EMPTY = new WordSet(new String[0]);

  /** The words in the order given. */
  private final String[] words;
  /** Open addressing, linear probing, a power of two at least twice the words' count. */
  private final String[] table;
  /** The hash of the word in each slot of {@link #table}. */
  private final int[] hashes;
  private final int mask;

  private WordSet(String[] words) {
    this.words = words;
    int slots = Integer.highestOneBit(Math.max(1, words.length)) << 2;
    this.table = new String[slots];
    this.hashes = new int[slots];
    this.mask = slots - 1;
    for (String w : words) {
      int h = w.hashCode();
      int i = spread(h) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
      hashes[i] = h;
    }
  }

  /** The set of {@code words}, as {@code Set.of}: no null, no word twice. */
  static Set<String> of(String... words) {
    if (words.length == 0) {
      return EMPTY;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String w : words) {
      if (!seen.add(Objects.requireNonNull(w))) {
        throw new IllegalArgumentException("duplicate element: " + w);
      }
    }
    return new WordSet(seen.toArray(new String[0]));
  }

  /** The set of {@code words}, as {@code Set.copyOf}: no null, a word given twice kept once. */
  static Set<String> copyOf(Collection<String> words) {
    if (words instanceof WordSet set) {
      return set;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String w : words) {
      seen.add(Objects.requireNonNull(w));
    }
    return seen.isEmpty() ? EMPTY : new WordSet(seen.toArray(new String[0]));
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    // as Set.of's sets: asking for null is an error
    if (!(Objects.requireNonNull(o) instanceof String s)) {
      return false;
    }
    int h = s.hashCode();
    for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && table[i].equals(s)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public boolean isEmpty() {
    return words.length == 0;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        return words[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return words.clone();
  }
}
