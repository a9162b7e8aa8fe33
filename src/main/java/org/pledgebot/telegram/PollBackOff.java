package org.pledgebot.telegram;

import org.pledgebot.base.Backoff;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** The poller's wait after failed getUpdates in a row: the library's interface over a {@link Backoff}. */
final class PollBackOff implements BackOff {

  private final Backoff backoff;
  private int failures;

  PollBackOff(Backoff backoff) {
    this.backoff = backoff;
  }

  @Override
  public synchronized void reset() {
    failures = 0;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    return backoff.delay(++failures).toMillis();
  }
}
