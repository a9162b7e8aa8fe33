package org.pledgebot.base;

import java.time.Duration;

/**
 * An exponential backoff: the wait after the first failure is {@code initial}, each further
 * failure in a row multiplies it by {@code factor}, and no wait is longer than {@code max}. No
 * jitter: every user waits for one remote service and spreads its own load (a pacer, a throttle).
 *
 * @param initial the wait after the first failure
 * @param factor how much longer each further wait is (1: a constant wait)
 * @param max the longest wait
 */
public record Backoff(Duration initial, int factor, Duration max) {

  public Backoff {
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 <= initial <= max, got initial " + initial + " and max " + max);
    }
    if (factor < 1) {
      throw new IllegalArgumentException("backoff factor must be at least 1, got " + factor);
    }
  }

  /** {@code initial}, doubling after each further failure, up to {@code max}. */
  public static Backoff doubling(Duration initial, Duration max) {
    return new Backoff(initial, 2, max);
  }

  /**
   * The wait after {@code failures} failures in a row (1 for the first; less counts as 1):
   * {@code initial * factor^(failures - 1)}, at most {@code max}.
   */
  public Duration delay(int failures) {
    Duration wait = initial;
    for (int i = 1; i < failures && factor > 1 && !wait.isZero() && wait.compareTo(max) < 0; i++) {
      wait = wait.compareTo(max.dividedBy(factor)) > 0 ? max : wait.multipliedBy(factor);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
