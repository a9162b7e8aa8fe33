package org.pledgebot.telegram;

import java.time.Duration;
import org.pledgebot.base.Backoff;

/**
 * How often and how patiently a failed Bot API call is tried again.
 *
 * @param attempts tries in all, the first included
 * @param backoff the waits after transient failures
 * @param maxRetryAfter the longest {@code retry_after} worth waiting for; beyond it the call fails
 */
record RetryPolicy(int attempts, Backoff backoff, Duration maxRetryAfter) {

  /** Bounded so that a reply is given up within about 15 s of network trouble. */
  static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Backoff.doubling(Duration.ofMillis(500), Duration.ofSeconds(8)), Duration.ofSeconds(60));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative, got " + maxRetryAfter);
    }
  }

  /** The wait after {@code failures} transient failures in a row (1 for the first). */
  Duration delay(int failures) {
    return backoff.delay(failures);
  }
}
