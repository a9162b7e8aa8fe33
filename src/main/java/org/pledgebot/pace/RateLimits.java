package org.pledgebot.pace;

import java.time.Duration;

/**
 * Telegram's sending limits, kept with a safety margin so that network jitter between our clock
 * and Telegram's never turns a message sent just in time into a 429.
 *
 * @param overallPerSecond messages per second to all chats together (30; up to 1,000 with paid broadcasts)
 * @param perChatInterval the least time between two messages to one chat (1 s)
 * @param groupPerMinute messages per minute to one group (20)
 * @param margin added to every window and interval
 */
public record RateLimits(int overallPerSecond, Duration perChatInterval, int groupPerMinute, Duration margin) {

  /** Telegram's documented free limit. */
  public static final int FREE_OVERALL = 30;

  /** The most that paid broadcasts allow. */
  public static final int PAID_OVERALL = 1_000;

  public RateLimits {
    if (overallPerSecond < 1 || overallPerSecond > PAID_OVERALL) {
      throw new IllegalArgumentException("overallPerSecond must be 1 to " + PAID_OVERALL + ", got " + overallPerSecond);
    }
    if (groupPerMinute < 1) {
      throw new IllegalArgumentException("groupPerMinute must be at least 1, got " + groupPerMinute);
    }
    if (perChatInterval.isNegative() || margin.isNegative()) {
      throw new IllegalArgumentException("intervals must not be negative: " + perChatInterval + ", " + margin);
    }
  }

  /** 30 messages per second overall, 1 per second per chat, 20 per minute per group, 50 ms margin. */
  public static RateLimits telegram() {
    return new RateLimits(FREE_OVERALL, Duration.ofSeconds(1), 20, Duration.ofMillis(50));
  }

  /** The same limits with another overall rate, e.g. for paid broadcasts. */
  public RateLimits withOverall(int perSecond) {
    return new RateLimits(perSecond, perChatInterval, groupPerMinute, margin);
  }

  /** Least nanoseconds between two messages to anyone: the margin-widened second shared out evenly. */
  public long globalSpacingNanos() {
    long window = Duration.ofSeconds(1).plus(margin).toNanos();
    return (window + overallPerSecond - 1) / overallPerSecond;
  }

  /** Least nanoseconds between two messages to one chat. */
  public long chatIntervalNanos() {
    return perChatInterval.plus(margin).toNanos();
  }

  /** The window of a group's per-minute quota, in nanoseconds. */
  public long groupWindowNanos() {
    return Duration.ofMinutes(1).plus(margin).toNanos();
  }
}
