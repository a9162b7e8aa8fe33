package org.pledgebot.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.base.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcomes of sends waiting to be recorded together: one {@link Outbox#record} for a group,
 * written when {@code groupSize} outcomes wait (by the thread that added the last one) or
 * {@code delay} after the first (by a timer thread), whichever comes first, and whenever the
 * dispatcher {@linkplain #flush flushes}. Groups are recorded in the order their outcomes came.
 * A group the outbox refuses stays waiting, ahead of newer outcomes, and is tried again.
 */
final class Outcomes implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Outcomes.class);

  /** How long a group the outbox refused waits before it is tried again. */
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final Outbox outbox;
  private final int groupSize;
  private final Duration delay;
  private final ScheduledThreadPoolExecutor timer;
  private final ReentrantLock lock = new ReentrantLock();
  /** One group written at a time, so that groups are recorded in order. */
  private final ReentrantLock writing = new ReentrantLock();
  private final List<Outcome> waiting = new ArrayList<>(); // guarded by lock
  private ScheduledFuture<?> scheduled; // guarded by lock

  Outcomes(Outbox outbox, int groupSize, Duration delay) {
    this.outbox = outbox;
    this.groupSize = groupSize;
    this.delay = delay;
    this.timer = new ScheduledThreadPoolExecutor(1, Threads.daemon("alert-outcomes"));
    timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Queues one outcome; records the group now if it is full. */
  void add(Outcome outcome) {
    boolean full;
    lock.lock();
    try {
      waiting.add(outcome);
      full = waiting.size() >= groupSize || delay.isZero();
      if (!full) {
        schedule(delay);
      }
    } finally {
      lock.unlock();
    }
    if (full) {
      flushQuietly();
    }
  }

  /** Records every outcome waiting, on the caller's thread; throws if the outbox refuses them (they stay waiting). */
  void flush() {
    writing.lock();
    try {
      List<Outcome> group;
      lock.lock();
      try {
        group = List.copyOf(waiting);
        waiting.clear();
        if (scheduled != null) {
          scheduled.cancel(false);
          scheduled = null;
        }
      } finally {
        lock.unlock();
      }
      if (group.isEmpty()) {
        return;
      }
      try {
        outbox.record(group);
      } catch (RuntimeException e) {
        lock.lock();
        try {
          waiting.addAll(0, group);
          schedule(RETRY);
        } finally {
          lock.unlock();
        }
        throw e;
      }
    } finally {
      writing.unlock();
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("could not record the outcomes of sent alerts; trying again in {}", RETRY, e);
    }
  }

  /** Lock held. A timer to flush after {@code after}, unless one is set already. */
  private void schedule(Duration after) {
    if (scheduled == null && !timer.isShutdown()) {
      scheduled = timer.schedule(this::flushQuietly, after.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** How many outcomes wait to be recorded. */
  int waiting() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  /** Records what waits, one last time, and stops the timer. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.error("could not record the outcomes of {} sent alerts; they are sent again when their claim runs out",
          waiting(), e);
    }
  }
}
