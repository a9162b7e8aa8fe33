package org.pledgebot.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values worked out from their key alone, kept up to a bound: questions keep using the same words
 * and terms, so the first keys seen are the common ones. Beyond the bound a new key's value is
 * worked out each time and not kept. Thread-safe: two threads may work out the same value at
 * once; both are equal and the first kept stays.
 *
 * @param <K> the key
 * @param <V> what is worked out from it
 */
final class Memo<K, V> {

  private final int max;
  private final Map<K, V> kept = new ConcurrentHashMap<>();

  /** A memo keeping at most {@code max} values. */
  Memo(int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("a memo keeps at least one value, not " + max);
    }
    this.max = max;
  }

  /** The value kept for {@code key}, or null. */
  V get(K key) {
    return kept.get(key);
  }

  /** Keeps {@code value} for {@code key} unless the bound is reached; returns {@code value}. */
  V keep(K key, V value) {
    if (kept.size() < max) {
      kept.putIfAbsent(key, value);
    }
    return value;
  }
}
