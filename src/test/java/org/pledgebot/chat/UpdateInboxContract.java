package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UpdateInbox} must do. A store runs it by extending this class with
 * {@link #inbox()} returning a fresh, empty inbox on its database; two inboxes on one database
 * stand for two instances ({@link #secondInstance}).
 */
public abstract class UpdateInboxContract {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(5);

  /** A fresh, empty inbox. */
  protected abstract UpdateInbox inbox();

  /** Another instance's view of the same inbox; the same object for a store of one process. */
  protected UpdateInbox secondInstance(UpdateInbox first) {
    return first;
  }

  static String json(long id) {
    return "{\"update_id\":" + id + ",\"message\":{\"text\":\"q " + id + " – é\"}}";
  }

  @Test
  void anUpdateIsAcceptedOnceWhateverTheRedeliveries() {
    UpdateInbox inbox = inbox();
    assertTrue(inbox.accept(1, json(1), T0.plus(LEASE)));
    assertFalse(inbox.accept(1, json(1), T0.plus(LEASE)));
    assertFalse(secondInstance(inbox).accept(1, json(1), T0.plus(LEASE)), "on another instance too");
    inbox.done(1, T0);
    assertFalse(inbox.accept(1, json(1), T0.plus(LEASE)), "and once handled");
    assertTrue(inbox.accept(2, json(2), T0.plus(LEASE)));
  }

  @Test
  void renewingExtendsOnlyLeasesThatHaveNotRunOut() {
    UpdateInbox inbox = inbox();
    assertTrue(inbox.accept(31, json(31), T0.plus(LEASE)));
    assertTrue(inbox.accept(32, json(32), T0.minusSeconds(1))); // ran out: another may have it
    assertTrue(inbox.accept(33, json(33), T0.plus(LEASE)));
    inbox.done(33, T0);
    assertEquals(Set.of(31L), inbox.renew(List.of(31L, 32L, 33L, 34L), T0, T0.plus(LEASE.multipliedBy(3))));
    assertEquals(List.of(32L), secondInstance(inbox).claimExpired(T0.plus(LEASE.multipliedBy(2)),
        T0.plus(LEASE.multipliedBy(4)), 10).stream().map(UpdateInbox.Claimed::updateId).toList(),
        "31 was renewed past the moment another instance looks; 32 was not");
  }

  @Test
  void concurrentDeliveriesOfOneUpdateAcceptItExactlyOnce() throws Exception {
    UpdateInbox inbox = inbox();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (long id = 10; id < 20; id++) {
        long update = id;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          UpdateInbox view = i % 2 == 0 ? inbox : secondInstance(inbox);
          results.add(pool.submit(() -> {
            go.await();
            return view.accept(update, json(update), T0.plus(LEASE));
          }));
        }
        go.countDown();
        int accepted = 0;
        for (Future<Boolean> result : results) {
          accepted += result.get() ? 1 : 0;
        }
        assertEquals(1, accepted, "update " + update);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUpdateWhoseLeaseRanOutUnhandledIsClaimedWithItsJsonAndCounted() {
    UpdateInbox inbox = inbox();
    inbox.accept(5, json(5), T0.plus(LEASE));
    inbox.accept(3, json(3), T0.plus(LEASE));
    inbox.accept(4, json(4), T0.plus(LEASE));
    inbox.done(4, T0.plusSeconds(1));

    assertEquals(List.of(), inbox.claimExpired(T0.plus(LEASE).minusSeconds(1), T0.plus(LEASE.multipliedBy(2)), 10),
        "leases still running");
    Instant later = T0.plus(LEASE).plusSeconds(1);
    List<UpdateInbox.Claimed> claimed = secondInstance(inbox).claimExpired(later, later.plus(LEASE), 10);
    assertEquals(List.of(new UpdateInbox.Claimed(3, json(3), 2), new UpdateInbox.Claimed(5, json(5), 2)), claimed,
        "oldest id first, the done one never");
    assertEquals(List.of(), inbox.claimExpired(later.plusSeconds(1), later.plus(LEASE), 10), "leased again");

    Instant again = later.plus(LEASE).plusSeconds(1);
    assertEquals(List.of(new UpdateInbox.Claimed(3, json(3), 3)), inbox.claimExpired(again, again.plus(LEASE), 1),
        "at most the limit, and every lease counts");
  }

  @Test
  void twoInstancesClaimingAtOnceNeverGetTheSameUpdate() throws Exception {
    UpdateInbox inbox = inbox();
    for (long id = 1; id <= 40; id++) {
      inbox.accept(id, json(id), T0);
    }
    Instant now = T0.plusSeconds(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<UpdateInbox.Claimed>>> claims = new ArrayList<>();
      for (UpdateInbox view : List.of(inbox, secondInstance(inbox))) {
        claims.add(pool.submit(() -> {
          go.await();
          List<UpdateInbox.Claimed> mine = new ArrayList<>();
          for (int round = 0; round < 10; round++) {
            mine.addAll(view.claimExpired(now, now.plus(LEASE), 3));
          }
          return mine;
        }));
      }
      go.countDown();
      Set<Long> seen = new HashSet<>();
      int total = 0;
      for (Future<List<UpdateInbox.Claimed>> claim : claims) {
        for (UpdateInbox.Claimed c : claim.get()) {
          assertTrue(seen.add(c.updateId()), "claimed twice: " + c.updateId());
          total++;
        }
      }
      assertEquals(40, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void handledUpdatesAreForgottenAfterTheirTimeAndUnhandledOnesNever() {
    UpdateInbox inbox = inbox();
    inbox.accept(1, json(1), T0);
    inbox.accept(2, json(2), T0);
    inbox.accept(3, json(3), T0);
    inbox.done(1, T0.plusSeconds(10));
    inbox.done(2, T0.plusSeconds(100));
    inbox.done(2, T0.plusSeconds(200)); // twice: harmless

    assertEquals(1, inbox.forgetDone(T0.plusSeconds(50)));
    assertEquals(1, inbox.forgetDone(T0.plusSeconds(150)));
    assertEquals(0, inbox.forgetDone(T0.plus(Duration.ofDays(365))), "3 is not done: kept");
    assertEquals(List.of(3L), inbox.claimExpired(T0.plusSeconds(1), T0.plus(LEASE), 10).stream()
        .map(UpdateInbox.Claimed::updateId).toList());
  }
}
