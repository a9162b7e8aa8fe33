package org.pledgebot.pace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.pledgebot.pace.Throttle.Priority;

/**
 * The time arithmetic of {@link RateLimiter}, with no clock and no threads: every method takes
 * "now" in nanoseconds. Not thread-safe; the limiter guards it.
 *
 * <p>Overall: messages are spaced evenly, {@code (1 s + margin) / overallPerSecond} apart, which
 * keeps any one-second window under the limit without bursts that would make answers wait. Telegram
 * counts a message when it arrives, not when we granted it, and the way there varies (a thread the
 * machine wakes late, a cold connection, the network): a message granted early can land late and
 * bunch with the ones granted after it. So the overall limit also holds on a sliding window of
 * when the last {@code overallPerSecond} messages can have arrived at the latest: no more than
 * that many may have arrived within the margin-widened second before a grant. A message can have
 * arrived no later than its answer came back less the fastest round trip seen (the way back takes
 * at least its share of that); one granted on time and answered in the usual time counts from its
 * grant, one that took longer counts from later, by as much. Until its answer a message may land
 * any moment, so it counts in every window (for up to {@link #UNANSWERED}); a caller that never
 * reports answers ({@link #sent}) gets grant times only. Per chat: one message per interval, counted from the answer. Per group: a sliding
 * window of the last minute's sends.
 */
final class Pacer {

  /** A 429 for this many different chats within a second means the limit hit was the global one. */
  static final int GLOBAL_429_CHATS = 2;

  private static final long SECOND = 1_000_000_000L;
  private static final long SWEEP_EVERY = 10 * SECOND;

  /**
   * How late a grant may be and still keep its series' due time: the limit's margin covers it, as
   * 30 slots of a series span the margin-widened second minus at most this.
   */
  static final long LATE_GRANT = 5_000_000L;

  /** One blocked {@code acquire}. */
  static final class Waiter {
    final long chatId;
    final boolean group;
    final Priority priority;
    boolean granted;

    Waiter(long chatId, boolean group, Priority priority) {
      this.chatId = chatId;
      this.group = group;
      this.priority = priority;
    }
  }

  /** A message unanswered this long is forgotten by the overall window (its sender never said). */
  static final long UNANSWERED = 10 * SECOND;

  /** A message granted: when, and when its answer came back (or {@link #PENDING}). */
  private static final class Send {
    static final long PENDING = Long.MIN_VALUE;
    final long granted;
    long answered = PENDING;

    Send(long granted) {
      this.granted = granted;
    }

    /**
     * When it can have reached Telegram at the latest, given the round trips seen: unanswered, not
     * before now (it may land any time until its answer), unless nobody reports answers.
     */
    long arrivedBy(RoundTrips roundTrips, long now) {
      if (answered != PENDING) {
        return roundTrips.arrivedBy(granted, answered);
      }
      return roundTrips.seen() ? Math.max(granted, now) : granted;
    }
  }

  /** What the pacer remembers about a chat it sent to recently. */
  private static final class ChatPace {
    long lastSend = Long.MIN_VALUE;
    /** The last message granted to the chat, for its answer. */
    Send last;
    long pausedUntil = Long.MIN_VALUE;
    /** Send times of the last minute for groups, oldest first; null for other chats. */
    ArrayDeque<Long> groupSends;
  }

  private final RateLimits limits;
  private final long spacing;
  private final long chatInterval;
  private final long groupWindow;
  private final Map<Priority, ArrayDeque<Waiter>> waiting = new EnumMap<>(Priority.class);
  private final Map<Long, ChatPace> chats = new HashMap<>();
  private final ArrayDeque<long[]> recent429 = new ArrayDeque<>();
  /** The messages that may still count in the overall window, oldest grant first. */
  private final ArrayDeque<Send> window = new ArrayDeque<>();
  private final RoundTrips roundTrips = new RoundTrips();
  private final long overallWindow;
  /** The latest "now" the window was looked at. */
  private long lastNow = Long.MIN_VALUE;
  private long nextGlobal = Long.MIN_VALUE;
  private long lastSweep;

  Pacer(RateLimits limits, long now) {
    this.limits = limits;
    this.spacing = limits.globalSpacingNanos();
    this.chatInterval = limits.chatIntervalNanos();
    this.groupWindow = limits.groupWindowNanos();
    this.overallWindow = SECOND + limits.margin().toNanos();
    this.lastSweep = now;
    for (Priority priority : Priority.values()) {
      waiting.put(priority, new ArrayDeque<>());
    }
  }

  Waiter enqueue(long chatId, boolean group, Priority priority) {
    Waiter waiter = new Waiter(chatId, group, priority);
    waiting.get(priority).addLast(waiter);
    return waiter;
  }

  /** Withdraws a waiter that stopped waiting (interrupted). */
  void cancel(Waiter waiter) {
    waiting.get(waiter.priority).remove(waiter);
  }

  /**
   * Grants every waiter that may send at {@code now}: answers before alerts, first come first
   * served within a priority, skipping those whose chat must still wait.
   *
   * @return the waiters granted, in grant order
   */
  List<Waiter> grant(long now) {
    sweep(now);
    List<Waiter> granted = new ArrayList<>();
    long windowFree = windowFree(now);
    for (Priority priority : Priority.values()) {
      Iterator<Waiter> it = waiting.get(priority).iterator();
      while (it.hasNext() && now >= nextGlobal && now >= windowFree) {
        Waiter waiter = it.next();
        if (now >= chatFree(waiter.chatId, waiter.group)) {
          it.remove();
          record(waiter, now);
          granted.add(waiter);
          windowFree = windowFree(now);
        }
      }
    }
    return granted;
  }

  private void record(Waiter waiter, long now) {
    waiter.granted = true;
    // the next slot follows this one's due time, not the moment a busy machine woke the waiter:
    // counted from the wake-up, every late grant would stretch the pace below the limit. A grant
    // later than LATE_GRANT starts a new series (nothing was waiting, or the machine stalled).
    long due = nextGlobal == Long.MIN_VALUE || now - nextGlobal > LATE_GRANT ? now : nextGlobal;
    nextGlobal = due + spacing;
    Send send = new Send(due);
    window.addLast(send);
    ChatPace pace = chats.computeIfAbsent(waiter.chatId, id -> new ChatPace());
    pace.lastSend = now;
    pace.last = send;
    if (waiter.group) {
      if (pace.groupSends == null) {
        pace.groupSends = new ArrayDeque<>();
      }
      pace.groupSends.addLast(now);
      while (pace.groupSends.size() > limits.groupPerMinute()) {
        pace.groupSends.removeFirst();
      }
    }
  }

  /**
   * The message granted last to this chat got its answer at {@code now}: its limits count from
   * then (see {@link Throttle#sent}).
   */
  void sent(long chatId, boolean group, long now) {
    ChatPace pace = chats.get(chatId);
    if (pace == null || pace.lastSend == Long.MIN_VALUE || now <= pace.lastSend) {
      return;
    }
    Send send = pace.last;
    if (send != null && send.answered == Send.PENDING) {
      send.answered = now;
      roundTrips.record(now - send.granted);
    }
    pace.lastSend = now;
    if (group && pace.groupSends != null && !pace.groupSends.isEmpty()) {
      pace.groupSends.removeLast();
      pace.groupSends.addLast(now);
    }
  }

  /**
   * The earliest time at which fewer than {@code overallPerSecond} messages can have arrived
   * within the window before it; forgets the messages no window can count any more.
   */
  private long windowFree(long now) {
    lastNow = now;
    while (!window.isEmpty() && (window.peekFirst().arrivedBy(roundTrips, now) + overallWindow <= now
        || window.peekFirst().answered == Send.PENDING && window.peekFirst().granted + UNANSWERED <= now)) {
      window.removeFirst(); // out of every window to come, or unanswered for so long that it never will be
    }
    int limit = limits.overallPerSecond();
    if (window.size() < limit) {
      return Long.MIN_VALUE;
    }
    long[] arrived = new long[window.size()];
    int i = 0;
    for (Send send : window) {
      arrived[i++] = send.arrivedBy(roundTrips, now);
    }
    Arrays.sort(arrived);
    // the window before a grant at t holds those that arrived after t - overallWindow: at t =
    // arrived[k] + overallWindow, all but the k + 1 earliest are still in it
    return arrived[arrived.length - limit] + overallWindow;
  }

  /** The earliest time a message to this chat keeps the per-chat and per-group limits. */
  private long chatFree(long chatId, boolean group) {
    ChatPace pace = chats.get(chatId);
    if (pace == null) {
      return Long.MIN_VALUE;
    }
    long free = Math.max(pace.pausedUntil, pace.lastSend == Long.MIN_VALUE ? Long.MIN_VALUE : pace.lastSend + chatInterval);
    if (group && pace.groupSends != null && pace.groupSends.size() >= limits.groupPerMinute()) {
      free = Math.max(free, pace.groupSends.peekFirst() + groupWindow);
    }
    return free;
  }

  /** Nanoseconds from {@code now} until the chat's own limits let a message through; 0 when they do. */
  long chatWait(long chatId, boolean group, long now) {
    long free = chatFree(chatId, group);
    return free <= now ? 0 : free - now;
  }

  /** When some waiter could next be granted; {@link Long#MAX_VALUE} when nobody waits. */
  long nextChange() {
    long earliestChat = Long.MAX_VALUE;
    for (ArrayDeque<Waiter> queue : waiting.values()) {
      for (Waiter waiter : queue) {
        earliestChat = Math.min(earliestChat, chatFree(waiter.chatId, waiter.group));
      }
    }
    return earliestChat == Long.MAX_VALUE ? Long.MAX_VALUE
        : Math.max(earliestChat, Math.max(nextGlobal, windowFree(lastNow)));
  }

  /**
   * Telegram said 429 for {@code chatId}: pause that chat for {@code retryAfterNanos}, and pause
   * everything when several chats were refused within a second (the overall limit was hit).
   */
  void backOff(long chatId, long retryAfterNanos, long now) {
    long until = now + Math.max(retryAfterNanos, 0);
    ChatPace pace = chats.computeIfAbsent(chatId, id -> new ChatPace());
    pace.pausedUntil = Math.max(pace.pausedUntil, until);
    while (!recent429.isEmpty() && recent429.peekFirst()[1] < now - SECOND) {
      recent429.removeFirst();
    }
    recent429.addLast(new long[] {chatId, now});
    long chatsRefused = recent429.stream().mapToLong(e -> e[0]).distinct().count();
    if (chatsRefused >= GLOBAL_429_CHATS) {
      nextGlobal = Math.max(nextGlobal, until);
    }
  }

  /** Forgets chats that no limit concerns any more, so that memory follows recent traffic only. */
  private void sweep(long now) {
    if (now - lastSweep < SWEEP_EVERY) {
      return;
    }
    lastSweep = now;
    long horizon = Math.max(chatInterval, groupWindow);
    chats.values().removeIf(p -> p.pausedUntil < now && p.lastSend < now - horizon);
  }

  /** How many chats the pacer remembers. */
  int rememberedChats() {
    return chats.size();
  }
}
