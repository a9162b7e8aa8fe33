package org.pledgebot.telegram;

import java.time.Duration;

/**
 * How often and how patiently a failed Bot API call is tried again.
 *
 * @param attempts tries in all, the first included
 * @param firstDelay the wait after the first transient failure; it doubles after each further one
 * @param maxDelay the longest wait between two tries after a transient failure
 * @param maxRetryAfter the longest {@code retry_after} worth waiting for; beyond it the call fails
 */
record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration maxRetryAfter) {

  /** Bounded so that a reply is given up within about 15 s of network trouble. */
  static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("delays must satisfy 0 <= firstDelay <= maxDelay and maxRetryAfter >= 0");
    }
  }

  /** The wait after {@code failures} transient failures in a row (1 for the first). */
  Duration delay(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    long millis = firstDelay.toMillis() << doublings;
    return millis < 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
  }
}
