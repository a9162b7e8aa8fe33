package org.pledgebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.Throttle.Priority;
import org.pledgebot.pace.Throttle;

/**
 * Two instances, each with its own connection pool and its own {@link PostgresThrottle}, on one
 * PostgreSQL database: together they keep the overall, per-chat and per-group limits. Grants are
 * counted when {@code acquire} returns, in windows of the limits' length; the limits carry a wide
 * margin (200 ms) so that a busy machine waking a thread late does not fail the count.
 */
@ExtendWith(PostgresServer.Resolver.class)
class PostgresThrottleTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private PostgresStore storeA;
  private PostgresStore storeB;

  @BeforeEach
  void open(PostgresServer server) {
    PostgresConfig database = server.newDatabase();
    storeA = PostgresStore.open(database);
    storeB = PostgresStore.open(database);
  }

  @AfterEach
  void close() {
    storeA.close();
    storeB.close();
  }

  /** {chat, instance, nanoTime} of one grant. */
  private record Grant(long chat, int instance, long at) {}

  @Test
  void twoInstancesTogetherKeepTheOverallAndPerChatLimits() throws Exception {
    RateLimits limits = new RateLimits(10, Duration.ofSeconds(1), 20, Duration.ofMillis(200));
    List<Throttle> throttles = List.of(storeA.throttle(limits), storeB.throttle(limits));
    int chats = 12;
    int perThread = 6;
    int threads = 8;
    List<Grant> grants = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        int instance = t % 2;
        Throttle throttle = throttles.get(instance);
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            long chat = 1 + (thread + i * 3) % chats; // threads of both instances write to the same chats
            Priority priority = i % 2 == 0 ? Priority.ALERT : Priority.ANSWER;
            throttle.acquire(chat, false, priority);
            grants.add(new Grant(chat, instance, System.nanoTime()));
            throttle.sent(chat, false);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Grant> sorted = new ArrayList<>(grants);
    sorted.sort((x, y) -> Long.compare(x.at(), y.at()));
    assertEquals(threads * perThread, sorted.size());
    for (int i = 0; i + limits.overallPerSecond() < sorted.size(); i++) {
      long span = sorted.get(i + limits.overallPerSecond()).at() - sorted.get(i).at();
      assertTrue(span >= SECOND, "11 grants within " + span / 1_000_000 + " ms: over 10 per second overall");
    }
    Map<Long, List<Grant>> byChat = new TreeMap<>();
    sorted.forEach(g -> byChat.computeIfAbsent(g.chat(), c -> new ArrayList<>()).add(g));
    byChat.forEach((chat, list) -> {
      for (int i = 1; i < list.size(); i++) {
        long gap = list.get(i).at() - list.get(i - 1).at();
        assertTrue(gap >= SECOND, "chat " + chat + ": two grants " + gap / 1_000_000 + " ms apart, from instances "
            + list.get(i - 1).instance() + " and " + list.get(i).instance());
      }
    });
    assertTrue(sorted.stream().anyMatch(g -> g.instance() == 0) && sorted.stream().anyMatch(g -> g.instance() == 1));
  }

  /**
   * A message granted and not yet answered may land at any moment until its answer: a slot booked
   * by another instance a window ahead must not leave it out of that window. Two per second (525 ms
   * apart): A's first message is answered at once, so that A knows its fastest round trip; its
   * second stays in flight, its third is booked behind it; B books one more while the second is in
   * flight, which then lands 300 ms late (counted at its answer, the latest it can have landed). No
   * three may land within a second. Before the fix B booked a window after the moment of its
   * booking, counting the message in flight as landed then, and three landed within 750 ms.
   */
  @Test
  void aMessageInFlightCountsInTheWindowOfASlotBookedAfterIt() throws Exception {
    RateLimits limits = new RateLimits(2, Duration.ofSeconds(1), 20, Duration.ofMillis(50));
    Throttle a = storeA.throttle(limits);
    Throttle b = storeB.throttle(limits);
    List<Long> landed = Collections.synchronizedList(new ArrayList<>());
    a.acquire(100, false, Priority.ANSWER);
    landed.add(System.nanoTime());
    a.sent(100, false);
    ExecutorService pool = Executors.newCachedThreadPool();
    try {
      a.acquire(1, false, Priority.ANSWER); // in flight until its answer below
      Future<?> onTime = pool.submit(() -> {
        a.acquire(2, false, Priority.ANSWER);
        landed.add(System.nanoTime());
        a.sent(2, false);
        return null;
      });
      awaitBooked(a, 2, Duration.ofSeconds(5));
      Future<?> other = pool.submit(() -> {
        b.acquire(3, false, Priority.ANSWER);
        landed.add(System.nanoTime());
        b.sent(3, false);
        return null;
      });
      awaitBooked(b, 3, Duration.ofMillis(300)); // booked at once before the fix; after it, only once 1 is answered
      Thread.sleep(300);
      landed.add(System.nanoTime());
      a.sent(1, false);
      onTime.get(10, TimeUnit.SECONDS);
      other.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    List<Long> sorted = new ArrayList<>(landed);
    Collections.sort(sorted);
    assertEquals(4, sorted.size());
    for (int i = 0; i + limits.overallPerSecond() < sorted.size(); i++) {
      long span = sorted.get(i + limits.overallPerSecond()).longValue() - sorted.get(i);
      assertTrue(span >= SECOND, "3 messages landed within " + span / 1_000_000 + " ms: over 2 per second overall");
    }
  }

  /** Waits until {@code chat} has a slot booked (its own interval then holds it), or {@code timeout} passes. */
  private static void awaitBooked(Throttle throttle, long chat, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (throttle.chatWait(chat, false).isZero() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  @Test
  void aGroupsQuotaIsSharedByTheInstances() throws Exception {
    RateLimits limits = new RateLimits(30, Duration.ZERO, 3, Duration.ofMillis(50));
    Throttle a = storeA.throttle(limits);
    Throttle b = storeB.throttle(limits);
    long group = -100;
    a.acquire(group, true, Priority.ALERT);
    b.acquire(group, true, Priority.ANSWER);
    assertTrue(a.chatWait(group, true).compareTo(Duration.ofSeconds(1)) < 0, "two of three: only the 50 ms interval");
    a.acquire(group, true, Priority.ALERT);
    for (Throttle throttle : List.of(a, b)) {
      Duration wait = throttle.chatWait(group, true);
      assertTrue(wait.compareTo(Duration.ofSeconds(55)) > 0, "the quota is used up for every instance: " + wait);
    }
    assertEquals(Duration.ZERO, b.chatWait(-200, true), "another group is free");
    assertEquals(Duration.ZERO, b.chatWait(7, false), "a private chat knows no quota");
  }

  @Test
  void a429PausesTheChatForEveryInstance() {
    RateLimits limits = RateLimits.telegram();
    Throttle a = storeA.throttle(limits);
    Throttle b = storeB.throttle(limits);
    a.backOff(42, Duration.ofSeconds(20));
    Duration wait = b.chatWait(42, false);
    assertTrue(wait.compareTo(Duration.ofSeconds(15)) > 0 && wait.compareTo(Duration.ofSeconds(21)) < 0, wait.toString());
    assertEquals(Duration.ZERO, b.chatWait(43, false));
  }

  @Test
  void anAnswerThatComesLaterStillGoesBeforeAnAlertWaitingForTheOverallPace() throws Exception {
    RateLimits limits = new RateLimits(10, Duration.ofSeconds(1), 20, Duration.ofMillis(200)); // 120 ms apart
    Throttle a = storeA.throttle(limits);
    Throttle b = storeB.throttle(limits);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newCachedThreadPool();
    try {
      CountDownLatch booked = new CountDownLatch(5);
      AtomicInteger answers = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (long chat = 1; chat <= 5; chat++) { // five answers book the next 600 ms
        long c = chat;
        done.add(pool.submit(() -> {
          booked.countDown();
          b.acquire(c, false, Priority.ANSWER);
          order.add("answer " + answers.incrementAndGet());
          return null;
        }));
      }
      booked.await();
      Thread.sleep(50);
      done.add(pool.submit(() -> {
        a.acquire(100, false, Priority.ALERT);
        order.add("alert");
        return null;
      }));
      Thread.sleep(100);
      done.add(pool.submit(() -> {
        b.acquire(6, false, Priority.ANSWER);
        order.add("late answer");
        return null;
      }));
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("alert", order.get(order.size() - 1), "the alert books no slot ahead of answers: " + order);
  }
}
