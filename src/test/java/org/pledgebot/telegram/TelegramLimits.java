package org.pledgebot.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the {@link FakeBotApi} enforce Telegram's sending limits as Telegram does: a message that
 * would exceed 30 per second overall, 1 per second to one chat or 20 per minute to one group
 * (negative chat id) gets 429 with {@code retry_after}. Refused messages do not count. Install
 * with {@code api.addPolicy(limits)}; it decides only {@code sendMessage} and lets the fake's
 * normal behaviour (including 403 for blocked chats) answer the rest.
 */
public final class TelegramLimits implements FakeBotApi.Policy {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  private final int overallPerSecond;
  private final int groupPerMinute;
  private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();
  private final Map<Long, Long> lastToChat = new HashMap<>();
  private final Map<Long, ArrayDeque<Long>> lastMinuteToGroup = new HashMap<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final Map<String, Integer> refusedBy = new HashMap<>();

  public TelegramLimits(int overallPerSecond, int groupPerMinute) {
    this.overallPerSecond = overallPerSecond;
    this.groupPerMinute = groupPerMinute;
  }

  /** Telegram's free limits: 30/s overall, 1/s per chat, 20/min per group. */
  public static TelegramLimits telegram() {
    return new TelegramLimits(30, 20);
  }

  @Override
  public synchronized FakeBotApi.Answer apply(FakeBotApi.Call call) {
    Long chat = call.chatId();
    if (!call.is("sendMessage") || chat == null) {
      return null;
    }
    long now = call.nanos();
    while (!lastSecond.isEmpty() && lastSecond.peekFirst() <= now - SECOND) {
      lastSecond.removeFirst();
    }
    if (lastSecond.size() >= overallPerSecond) {
      return refuse("overall", lastSecond.peekFirst() + SECOND - now);
    }
    Long last = lastToChat.get(chat);
    if (last != null && now - last < SECOND) {
      return refuse("chat", last + SECOND - now);
    }
    ArrayDeque<Long> group = null;
    if (chat < 0) {
      group = lastMinuteToGroup.computeIfAbsent(chat, c -> new ArrayDeque<>());
      while (!group.isEmpty() && group.peekFirst() <= now - MINUTE) {
        group.removeFirst();
      }
      if (group.size() >= groupPerMinute) {
        return refuse("group", group.peekFirst() + MINUTE - now);
      }
    }
    lastSecond.addLast(now);
    lastToChat.put(chat, now);
    if (group != null) {
      group.addLast(now);
    }
    accepted.incrementAndGet();
    return null;
  }

  private FakeBotApi.Answer refuse(String limit, long waitNanos) {
    refused.incrementAndGet();
    refusedBy.merge(limit, 1, Integer::sum);
    int seconds = (int) Math.max(1, (waitNanos + SECOND - 1) / SECOND);
    return FakeBotApi.Answer.tooManyRequests(seconds);
  }

  /** Messages let through. */
  public int accepted() {
    return accepted.get();
  }

  /** 429 answers given. */
  public int refused() {
    return refused.get();
  }

  /** 429 answers by the limit that caused them: overall, chat, group. */
  public synchronized Map<String, Integer> refusedBy() {
    return Map.copyOf(refusedBy);
  }
}
