package org.pledgebot.pace;

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

  /**
   * The message {@link #acquire} let through to {@code chatId} has its answer (whatever it said):
   * the chat's own limits count from now, not from the permit. A request can take longer to
   * reach Telegram than the next one to the same chat (a cold connection, a busy machine, several
   * sends in flight); counted from the answer, which comes after Telegram counted the message,
   * one per second per chat holds all the same.
   */
  default void sent(long chatId, boolean group) {}

  /** Telegram answered 429: nothing more to this chat (or at all) before {@code retryAfter}. */
  void backOff(long chatId, Duration retryAfter);

  /**
   * How long a message to {@code chatId} would wait for that chat's own limits (one message per
   * interval, a group's quota, a 429's pause), not counting the overall pace; zero when none holds
   * it. Lets a sender with messages for many chats send to the free ones first.
   */
  default Duration chatWait(long chatId, boolean group) {
    return Duration.ZERO;
  }

  /** No pacing at all: for tests and for benchmarks of the bot's own overhead. */
  Throttle UNLIMITED =
      new Throttle() {
        @Override
        public void acquire(long chatId, boolean group, Priority priority) {}

        @Override
        public void backOff(long chatId, Duration retryAfter) {}
      };
}
