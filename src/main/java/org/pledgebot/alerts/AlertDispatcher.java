package org.pledgebot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.pledgebot.alerts.AlertSender.Blocked;
import org.pledgebot.alerts.AlertSender.Delivery;
import org.pledgebot.alerts.AlertSender.Failed;
import org.pledgebot.alerts.AlertSender.Retry;
import org.pledgebot.alerts.AlertSender.Sent;
import org.pledgebot.base.Backoff;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued alerts, one at a time, on its own thread: reads due alerts from the
 * {@link Outbox} oldest first, renders each in its subscriber's language, sends it and records
 * the outcome in its own transaction before the next send. So a crash loses no alert and a
 * restart repeats at most the one send that was in flight.
 *
 * <p>Sent: marked sent. Blocked (403): the chat is marked inactive and all its pending alerts
 * dropped. Retry: tried again after the longer of the server's wait and an exponential backoff,
 * dropped after {@code maxAttempts}. Failed: dropped. The sender paces itself (the telegram
 * {@code RateLimiter}); the dispatcher takes at most one alert per chat from each batch, and
 * within a batch sends first to the chats whose own limits let a message through now, so that one
 * chat's limit (its previous alert, an answer that just went to it, a group's quota) does not
 * hold up the others.
 */
public final class AlertDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  /**
   * How the dispatcher works through the outbox.
   *
   * @param batchSize due alerts read at once
   * @param maxAttempts sends tried before an alert is dropped
   * @param backoff the wait after each failed attempt (the server may ask for a longer one)
   * @param idlePoll how often an idle dispatcher looks at the outbox anyway (alerts queued by
   *     another process, a missed wake-up)
   * @param closeGrace how long {@link #close} lets the send in flight finish before interrupting it
   * @param keepDone how long sent and dropped alerts stay in the outbox ({@link Outbox#forgetDone})
   */
  public record Settings(int batchSize, int maxAttempts, Backoff backoff, Duration idlePoll, Duration closeGrace,
      Duration keepDone) {

    public Settings {
      if (batchSize < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
      }
      if (keepDone.isNegative() || keepDone.isZero()) {
        throw new IllegalArgumentException("keepDone must be positive, got " + keepDone);
      }
    }

    /**
     * Batches of 100, 8 attempts, backoff from 5 s doubling up to 1 h, look every 30 s, 30 s to
     * close, done alerts kept 30 days.
     */
    public static Settings defaults() {
      return new Settings(100, 8, Backoff.doubling(Duration.ofSeconds(5), Duration.ofHours(1)),
          Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofDays(30));
    }
  }

  /** How often done alerts past {@link Settings#keepDone} are deleted. */
  static final Duration FORGET_EVERY = Duration.ofDays(1);

  private final Outbox outbox;
  private final AlertSender sender;
  private final AlertText text;
  private final PledgeLookup pledges;
  private final Settings settings;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wakeUp = lock.newCondition();
  private boolean woken;
  /** When done alerts are next forgotten; null before the first dispatch. Dispatching thread only. */
  private Instant nextForget;
  private volatile boolean running;
  private Thread thread;

  public AlertDispatcher(Outbox outbox, AlertSender sender, AlertText text, PledgeLookup pledges, Settings settings,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.text = text;
    this.pledges = pledges;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts the dispatching thread. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("dispatcher already started");
    }
    running = true;
    thread = new Thread(this::loop, "alert-dispatcher");
    thread.start();
  }

  /** New alerts were queued: look now rather than at the next poll. */
  public void wake() {
    lock.lock();
    try {
      woken = true;
      wakeUp.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void loop() {
    LOG.info("alert dispatcher started");
    while (running) {
      try {
        dispatchDue();
        sleepUntilDue();
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        LOG.error("alert dispatch failed, retrying in {}", settings.idlePoll(), e);
        try {
          sleep(settings.idlePoll());
        } catch (InterruptedException stop) {
          break;
        }
      }
    }
    LOG.info("alert dispatcher stopped");
  }

  private void sleepUntilDue() throws InterruptedException {
    Duration wait = settings.idlePoll();
    Optional<Instant> next = outbox.nextDue();
    if (next.isPresent()) {
      Duration untilDue = Duration.between(clock.instant(), next.get());
      wait = untilDue.compareTo(wait) < 0 ? untilDue : wait;
    }
    if (!wait.isNegative() && !wait.isZero()) {
      sleep(wait);
    }
  }

  private void sleep(Duration wait) throws InterruptedException {
    lock.lock();
    try {
      long nanos = wait.toNanos();
      while (!woken && running && nanos > 0) {
        nanos = wakeUp.awaitNanos(nanos);
      }
      woken = false;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sends every alert due now, batch after batch, until none is due or the dispatcher stops.
   * Runs on the caller's thread: the dispatching thread uses it, and so can tests.
   *
   * @return how many alerts were handled (sent, rescheduled or dropped)
   */
  public int dispatchDue() throws InterruptedException {
    forgetDoneIfDue();
    int attempted = 0;
    while (running || thread == null) {
      List<QueuedAlert> batch = outbox.due(clock.instant(), settings.batchSize());
      if (batch.isEmpty()) {
        break;
      }
      Set<Long> handled = new HashSet<>();
      try {
        Set<Long> chats = new HashSet<>();
        List<QueuedAlert> held = new ArrayList<>();
        int inBatch = 0;
        for (QueuedAlert alert : batch) {
          if (!chats.add(alert.chatId())) {
            continue; // a second alert for this chat comes in the next batch, after the others
          }
          if (!sender.chatWait(alert.chatId(), alert.chatType()).isZero()) {
            held.add(alert); // stays pending for the next batch, after the chats that are free now
            continue;
          }
          deliver(alert);
          handled.add(alert.id());
          attempted++;
          inBatch++;
          if (!running && thread != null) {
            break;
          }
        }
        if (inBatch == 0 && !held.isEmpty() && (running || thread == null)) {
          QueuedAlert first = soonestFree(held); // every chat must wait: the sender waits for the first one free
          deliver(first);
          handled.add(first.id());
          attempted++;
        }
      } finally {
        releaseUnhandled(batch, handled);
      }
    }
    return attempted;
  }

  /**
   * Hands back to the outbox the alerts of a batch that were left for the next one or not reached
   * before a stop: {@link Outbox#due} claimed them all. A failure here costs only a delay: the
   * claims run out with their lease.
   */
  private void releaseUnhandled(List<QueuedAlert> batch, Set<Long> handled) {
    List<Long> left = batch.stream().map(QueuedAlert::id).filter(id -> !handled.contains(id)).toList();
    if (left.isEmpty()) {
      return;
    }
    try {
      outbox.release(left);
    } catch (RuntimeException e) {
      LOG.warn("could not release {} claimed alerts; they are due again when their lease runs out", left.size(), e);
    }
  }

  /** Deletes done alerts past their keeping time: on the first dispatch, then once a day. */
  private void forgetDoneIfDue() {
    Instant now = clock.instant();
    if (nextForget != null && now.isBefore(nextForget)) {
      return;
    }
    nextForget = now.plus(FORGET_EVERY);
    int forgotten = outbox.forgetDone(now.minus(settings.keepDone()));
    if (forgotten > 0) {
      LOG.info("forgot {} sent or dropped alerts queued more than {} ago", forgotten, settings.keepDone());
    }
  }

  private QueuedAlert soonestFree(List<QueuedAlert> alerts) {
    QueuedAlert soonest = alerts.get(0);
    Duration least = sender.chatWait(soonest.chatId(), soonest.chatType());
    for (QueuedAlert alert : alerts.subList(1, alerts.size())) {
      Duration wait = sender.chatWait(alert.chatId(), alert.chatType());
      if (wait.compareTo(least) < 0) {
        soonest = alert;
        least = wait;
      }
    }
    return soonest;
  }

  private void deliver(QueuedAlert alert) throws InterruptedException {
    String context = "alert " + alert.id() + " (chat " + alert.chatId() + ", pledge " + alert.pledgeId()
        + alert.subscription().map(s -> ", subscription " + s.id()).orElse("") + ")";
    Optional<Pledge> pledge = pledges.pledge(alert.pledgeId());
    if (pledge.isEmpty()) {
      LOG.warn("dropping {}: the pledge is no longer in the corpus", context);
      outbox.drop(alert.id(), "pledge " + alert.pledgeId() + " is no longer in the corpus");
      return;
    }
    Lang lang = AlertText.language(alert.chatLanguage(), alert.subscriptionLanguage());
    AlertText.Rendered message = text.render(pledge.get(), alert.subscription(), lang);
    Delivery delivery;
    try {
      delivery = sender.send(alert.chatId(), alert.chatType(), message.html(), message.keyboard());
    } catch (RuntimeException e) {
      LOG.error("sender failed on {}", context, e);
      delivery = new Retry(Duration.ZERO, "sender failed: " + e);
    }
    record(alert, context, delivery);
  }

  private void record(QueuedAlert alert, String context, Delivery delivery) {
    if (delivery instanceof Sent) {
      outbox.markSent(alert.id(), clock.instant());
    } else if (delivery instanceof Blocked blocked) {
      int dropped = outbox.markBlocked(alert.chatId(), blocked.reason());
      LOG.info("chat {} refuses messages ({}): marked inactive, {} pending alerts dropped", alert.chatId(),
          blocked.reason(), dropped);
    } else if (delivery instanceof Retry retry) {
      int attempts = alert.attempts() + 1;
      if (attempts >= settings.maxAttempts()) {
        LOG.warn("dropping {} after {} attempts: {}", context, attempts, retry.reason());
        outbox.drop(alert.id(), "gave up after " + attempts + " attempts: " + retry.reason());
      } else {
        Duration wait = backoff(attempts);
        if (retry.after().compareTo(wait) > 0) {
          wait = retry.after();
        }
        LOG.info("{} not delivered ({}), attempt {} of {}, next in {}", context, retry.reason(), attempts,
            settings.maxAttempts(), wait);
        outbox.retryLater(alert.id(), clock.instant().plus(wait), retry.reason());
      }
    } else if (delivery instanceof Failed failed) {
      LOG.warn("dropping {}: {}", context, failed.reason());
      outbox.drop(alert.id(), failed.reason());
    }
  }

  /** The wait after {@code attempts} failed attempts, by {@link Settings#backoff}. */
  Duration backoff(int attempts) {
    return settings.backoff().delay(attempts);
  }

  /** Lets the send in flight finish (up to {@code closeGrace}), then stops; pending alerts stay queued. */
  @Override
  public void close() {
    Thread worker;
    synchronized (this) {
      running = false;
      worker = thread;
    }
    wake();
    if (worker == null) {
      return;
    }
    try {
      worker.join(settings.closeGrace().toMillis());
      if (worker.isAlive()) {
        LOG.warn("alert dispatcher still busy after {}, interrupting it", settings.closeGrace());
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
