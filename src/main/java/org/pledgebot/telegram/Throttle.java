package org.pledgebot.telegram;

import java.time.Duration;

/**
 * Paces calls to the Bot API so that Telegram's sending limits are kept rather than discovered.
 * Every message-sending call acquires a permit first; a 429 reports its {@code retry_after}.
 */
public interface Throttle {

  /** Which traffic goes first when the budget is short: answers to people before broadcasts. */
  enum Priority {
    ANSWER,
    ALERT
  }

  /** Blocks until one message may be sent to {@code chatId}. */
  void acquire(long chatId, boolean group, Priority priority) throws InterruptedException;

  /** Telegram answered 429: nothing more to this chat (or at all) before {@code retryAfter}. */
  void backOff(long chatId, Duration retryAfter);

  /** No pacing at all: for tests and for benchmarks of the bot's own overhead. */
  Throttle UNLIMITED =
      new Throttle() {
        @Override
        public void acquire(long chatId, boolean group, Priority priority) {}

        @Override
        public void backOff(long chatId, Duration retryAfter) {}
      };
}
