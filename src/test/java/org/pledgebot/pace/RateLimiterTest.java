package org.pledgebot.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.junit.jupiter.api.Test;
import org.pledgebot.pace.Throttle.Priority;

class RateLimiterTest {

  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000 * MS;

  /** Virtual time: waiting advances the clock at once, so a single thread never really sleeps. */
  static final class FakeTicker implements RateLimiter.Ticker {
    long now = 1_000 * SECOND;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void await(Condition condition, long nanos) {
      now += nanos;
    }
  }

  private final FakeTicker clock = new FakeTicker();

  private static RateLimits noMargin() {
    return new RateLimits(30, Duration.ofSeconds(1), 20, Duration.ZERO);
  }

  /** Acquires a permit for each chat in turn and returns the virtual grant times. */
  private List<Long> sendTo(RateLimiter limiter, long[] chats, boolean group) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (long chat : chats) {
      limiter.acquire(chat, group, Priority.ALERT);
      times.add(clock.now);
    }
    return times;
  }

  private static long[] distinctChats(int n) {
    long[] chats = new long[n];
    for (int i = 0; i < n; i++) {
      chats[i] = 1_000 + i;
    }
    return chats;
  }

  /** The most grants that fall in any window [t, t + window). */
  private static int busiestWindow(List<Long> times, long window) {
    int best = 0;
    for (int i = 0; i < times.size(); i++) {
      int j = i;
      while (j < times.size() && times.get(j) < times.get(i) + window) {
        j++;
      }
      best = Math.max(best, j - i);
    }
    return best;
  }

  @Test
  void overallRateNeverExceedsThirtyInAnySecond() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimits.telegram(), clock);
    long start = clock.now;
    List<Long> times = sendTo(limiter, distinctChats(300), false);
    assertTrue(busiestWindow(times, SECOND) <= 30, "busiest second: " + busiestWindow(times, SECOND));
    double perSecond = 299.0 * SECOND / (times.get(299) - start);
    assertTrue(perSecond >= 27 && perSecond <= 30, "sustained rate " + perSecond);
    assertEquals(start, (long) times.get(0), "an idle limiter lets the first message go at once");
  }

  /**
   * Eight sends in flight, 100 ms round trips, and now and then a few requests that take 80 ms
   * longer on their way to Telegram (cold connections, threads woken late): Telegram counts
   * arrivals, and the late ones must not land in the same second as the 30 granted after the first. Driven at 1 ms steps
   * on {@link Pacer}'s own clock; answers come back 50 ms after arrival.
   */
  @Test
  void requestsThatArriveLateNeverBunchWithLaterOnesAtTelegram() {
    Pacer pacer = new Pacer(RateLimits.telegram(), 0);
    List<Long> arrivals = new ArrayList<>();
    List<long[]> inFlight = new ArrayList<>(); // {chat, answer time}
    List<Pacer.Waiter> waiting = new ArrayList<>();
    long chat = 1;
    long grants = 0;
    for (long now = 0; now < 20 * SECOND; now += MS) {
      for (var it = inFlight.iterator(); it.hasNext(); ) {
        long[] f = it.next();
        if (f[1] <= now) {
          pacer.sent(f[0], false, now);
          it.remove();
        }
      }
      while (inFlight.size() + waiting.size() < 8) {
        waiting.add(pacer.enqueue(chat++, false, Priority.ALERT));
      }
      for (Pacer.Waiter granted : pacer.grant(now)) {
        waiting.remove(granted);
        long late = grants++ % 60 < 4 ? 80 * MS : 0; // four requests in a row 80 ms late on their way, every 60
        long arrived = now + 50 * MS + late;
        arrivals.add(arrived);
        inFlight.add(new long[] {granted.chatId, arrived + 50 * MS});
      }
    }
    arrivals.sort(null);
    assertTrue(busiestWindow(arrivals, SECOND) <= 30, "busiest second at Telegram: " + busiestWindow(arrivals, SECOND));
    double perSecond = (arrivals.size() - 1.0) * SECOND / (arrivals.get(arrivals.size() - 1) - arrivals.get(0));
    assertTrue(perSecond >= 27.5, "the late requests cost only their lateness: " + perSecond + "/s");
  }

  @Test
  void paidBroadcastsGoFaster() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimits.telegram().withOverall(1_000), clock);
    List<Long> times = sendTo(limiter, distinctChats(3_000), false);
    assertTrue(busiestWindow(times, SECOND) <= 1_000);
    assertTrue(busiestWindow(times, SECOND) >= 900, "uses the budget: " + busiestWindow(times, SECOND));
  }

  @Test
  void oneMessagePerSecondPerChat() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    List<Long> times = sendTo(limiter, new long[] {5, 5, 5, 6, 5}, false);
    assertEquals(SECOND, times.get(1) - times.get(0));
    assertEquals(SECOND, times.get(2) - times.get(1));
    assertEquals(SECOND, times.get(4) - times.get(2), "another chat in between does not reset chat 5");
    assertTrue(times.get(3) - times.get(2) < SECOND, "chat 6 does not wait for chat 5");
  }

  @Test
  void twentyPerMinutePerGroup() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    long[] group = new long[45];
    java.util.Arrays.fill(group, -42);
    List<Long> times = sendTo(limiter, group, true);
    assertTrue(busiestWindow(times, 60 * SECOND) <= 20, "busiest minute " + busiestWindow(times, 60 * SECOND));
    assertEquals(19 * SECOND, times.get(19) - times.get(0), "the first twenty go at one per second");
    assertEquals(60 * SECOND, times.get(20) - times.get(0), "the 21st waits for the minute to pass");
  }

  @Test
  void marginWidensEveryLimit() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimits.telegram(), clock);
    List<Long> times = sendTo(limiter, new long[] {5, 5}, false);
    assertEquals(1_050 * MS, times.get(1) - times.get(0));
  }

  @Test
  void answersGoBeforeWaitingAlertsButShareTheBudget() {
    long t = 0;
    Pacer pacer = new Pacer(noMargin(), t);
    List<Pacer.Waiter> alerts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      alerts.add(pacer.enqueue(100 + i, false, Priority.ALERT));
    }
    assertEquals(List.of(alerts.get(0)), pacer.grant(t));
    Pacer.Waiter answer = pacer.enqueue(7, false, Priority.ANSWER);
    Pacer.Waiter answer2 = pacer.enqueue(8, false, Priority.ANSWER);
    assertEquals(List.of(), pacer.grant(t), "the budget is spent for this instant");
    long next = pacer.nextChange();
    assertEquals(t + SECOND / 30 + 1, next, "ceil(1 s / 30) later");
    assertEquals(List.of(answer), pacer.grant(next), "the answer jumps the queue of alerts");
    assertEquals(List.of(answer2), pacer.grant(pacer.nextChange()));
    assertEquals(List.of(alerts.get(1)), pacer.grant(pacer.nextChange()), "then alerts resume in order");
  }

  @Test
  void anAnswerHeldByItsChatDoesNotStopAlertsToOthers() {
    Pacer pacer = new Pacer(noMargin(), 0);
    pacer.enqueue(7, false, Priority.ANSWER);
    assertEquals(1, pacer.grant(0).size());
    Pacer.Waiter second = pacer.enqueue(7, false, Priority.ANSWER);
    Pacer.Waiter alert = pacer.enqueue(9, false, Priority.ALERT);
    assertEquals(List.of(alert), pacer.grant(SECOND / 2));
    assertEquals(List.of(second), pacer.grant(SECOND));
  }

  @Test
  void backOffPausesTheChat() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    limiter.acquire(5, false, Priority.ANSWER);
    long start = clock.now;
    limiter.backOff(5, Duration.ofSeconds(7));
    limiter.acquire(6, false, Priority.ANSWER);
    assertTrue(clock.now - start < SECOND, "other chats go on");
    limiter.acquire(5, false, Priority.ANSWER);
    assertEquals(7 * SECOND, clock.now - start);
  }

  @Test
  void backOffForSeveralChatsPausesEverything() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    long start = clock.now;
    limiter.backOff(5, Duration.ofSeconds(3));
    limiter.backOff(6, Duration.ofSeconds(3));
    limiter.acquire(7, false, Priority.ANSWER);
    assertEquals(3 * SECOND, clock.now - start, "two chats refused within a second: a global 429");
  }

  @Test
  void chatWaitIsTheChatsOwnLimitNotTheOverallPace() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    assertEquals(Duration.ZERO, limiter.chatWait(5, false), "a chat never written to");
    limiter.acquire(5, false, Priority.ANSWER);
    assertEquals(Duration.ofSeconds(1), limiter.chatWait(5, false));
    assertEquals(Duration.ZERO, limiter.chatWait(6, false), "the overall pace does not count");
    clock.now += SECOND / 4;
    assertEquals(Duration.ofMillis(750), limiter.chatWait(5, false));
    clock.now += SECOND;
    assertEquals(Duration.ZERO, limiter.chatWait(5, false));
    limiter.backOff(5, Duration.ofSeconds(7));
    assertEquals(Duration.ofSeconds(7), limiter.chatWait(5, false), "a 429's pause");
  }

  @Test
  void chatWaitOfAGroupIncludesItsQuota() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    long first = clock.now;
    long[] group = new long[20];
    java.util.Arrays.fill(group, -42);
    sendTo(limiter, group, true);
    clock.now += SECOND;
    assertEquals(Duration.ofNanos(first + 60 * SECOND - clock.now), limiter.chatWait(-42, true),
        "twenty in the minute: the quota, not the 1 s interval, holds it");
  }

  @Test
  void forgetsIdleChats() throws Exception {
    RateLimiter limiter = new RateLimiter(noMargin(), clock);
    sendTo(limiter, distinctChats(100), false);
    assertEquals(100, limiter.rememberedChats());
    clock.now += 120 * SECOND;
    limiter.acquire(1, false, Priority.ANSWER);
    assertEquals(1, limiter.rememberedChats());
  }

  @Test
  void rejectsImpossibleLimits() {
    assertThrows(IllegalArgumentException.class, () -> RateLimits.telegram().withOverall(1_001));
    assertThrows(IllegalArgumentException.class, () -> RateLimits.telegram().withOverall(0));
  }

  @Test
  void realThreadsGetAnswersThroughWhileABroadcastWaits() throws Exception {
    // real time, but short: 20 per second overall, so the queue of alerts lasts a second
    RateLimiter limiter = new RateLimiter(new RateLimits(20, Duration.ofSeconds(1), 20, Duration.ZERO));
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long chat = 100 + i;
      threads.add(start(() -> {
        limiter.acquire(chat, false, Priority.ALERT);
        order.add("alert");
      }));
    }
    while (order.size() < 2) { // the broadcast is under way
      Thread.sleep(5);
    }
    int[] queuedBehind = new int[1];
    Thread answer = start(() -> {
      queuedBehind[0] = order.size(); // alerts already sent when the answer asks
      limiter.acquire(1, false, Priority.ANSWER);
      order.add("answer");
    });
    threads.add(answer);
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    }
    int at = order.indexOf("answer");
    // not behind the rest of the broadcast: at most the permits granted while the answer's thread
    // was asking (one per 50 ms; a slow machine may let an alert thread record its send late)
    assertTrue(at >= 0 && at <= queuedBehind[0] + 3 && at < 15,
        "the answer went at position " + at + " after " + queuedBehind[0] + " sent, of " + order);
  }

  private interface Body {
    void run() throws InterruptedException;
  }

  private static Thread start(Body body) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    thread.start();
    return thread;
  }
}
