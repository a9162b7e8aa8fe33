package org.pledgebot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** The poller's wait after a failed getUpdates: doubling from {@code first} up to {@code max}. */
final class PollBackOff implements BackOff {

  private final RetryPolicy policy;
  private int failures;

  PollBackOff(Duration first, Duration max) {
    this.policy = new RetryPolicy(Integer.MAX_VALUE, first, max, Duration.ZERO);
  }

  @Override
  public synchronized void reset() {
    failures = 0;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    return policy.delay(++failures).toMillis();
  }
}
