package org.pledgebot.pace;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps Telegram's sending limits for every thread of the bot: at most {@code overallPerSecond}
 * messages per second overall, one per interval per chat and {@code groupPerMinute} per group.
 * Answers to people are served before alerts when both wait; they share the one budget.
 * Thread-safe; memory holds only the chats sent to within the last minute or so.
 */
public final class RateLimiter implements Throttle {

  /** Where time comes from, and how to wait for it; a test substitutes virtual time. */
  interface Ticker {
    long nanoTime();

    /** Waits on {@code condition} (its lock held) for up to {@code nanos}, or until signalled. */
    void await(Condition condition, long nanos) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void await(Condition condition, long nanos) throws InterruptedException {
        condition.await(nanos, TimeUnit.NANOSECONDS);
      }
    };
  }

  /** Re-check at least this often, so that a missed signal costs little. */
  private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Ticker ticker;
  private final Pacer pacer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  /** A limiter on the system clock. */
  public RateLimiter(RateLimits limits) {
    this(limits, Ticker.SYSTEM);
  }

  RateLimiter(RateLimits limits, Ticker ticker) {
    this.ticker = ticker;
    this.pacer = new Pacer(limits, ticker.nanoTime());
  }

  @Override
  public void acquire(long chatId, boolean group, Priority priority) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      Pacer.Waiter me = pacer.enqueue(chatId, group, priority);
      try {
        while (true) {
          long now = ticker.nanoTime();
          if (!pacer.grant(now).isEmpty()) {
            changed.signalAll();
          }
          if (me.granted) {
            return;
          }
          long wait = Math.min(Math.max(pacer.nextChange() - now, 1), MAX_WAIT_NANOS);
          ticker.await(changed, wait);
        }
      } catch (InterruptedException | RuntimeException e) {
        pacer.cancel(me);
        changed.signalAll();
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void sent(long chatId, boolean group) {
    lock.lock();
    try {
      pacer.sent(chatId, group, ticker.nanoTime());
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void backOff(long chatId, Duration retryAfter) {
    lock.lock();
    try {
      pacer.backOff(chatId, retryAfter.toNanos(), ticker.nanoTime());
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Duration chatWait(long chatId, boolean group) {
    lock.lock();
    try {
      return Duration.ofNanos(pacer.chatWait(chatId, group, ticker.nanoTime()));
    } finally {
      lock.unlock();
    }
  }

  /** How many chats the limiter currently remembers (for tests and metrics). */
  int rememberedChats() {
    lock.lock();
    try {
      return pacer.rememberedChats();
    } finally {
      lock.unlock();
    }
  }
}
