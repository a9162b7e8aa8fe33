package org.pledgebot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.pledgebot.alerts.AlertSender.Blocked;
import org.pledgebot.alerts.AlertSender.Delivery;
import org.pledgebot.alerts.AlertSender.Failed;
import org.pledgebot.alerts.AlertSender.Retry;
import org.pledgebot.alerts.AlertSender.Sent;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.base.Backoff;
import org.pledgebot.base.Threads;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued alerts on its own thread: claims due alerts from the {@link Outbox} oldest
 * first, renders each in its subscriber's language and hands it to one of up to
 * {@link Settings#sendsInFlight} sends at once, so that the API's round trip (80 ms and more from
 * a server far from Telegram) does not set the pace: the sender's throttle does. Never two sends
 * to one chat at once, and a chat's alerts go in the order they were queued.
 *
 * <p>Outcomes are recorded in small groups ({@link Outbox#record}): when {@code sendsInFlight}
 * of them are waiting or {@link Settings#outcomeDelay} after the first, and always before the
 * next batch is claimed. A crash loses at most the outcomes not yet recorded; those alerts are
 * still claimed and are sent again, once, when their lease runs out: at most one duplicate per
 * alert in flight or unrecorded at the crash.
 *
 * <p>A claimed alert can wait longer than the lease (behind the rest of its batch, for its permit:
 * a group's quota, a 429's pause); the dispatcher renews the claims it holds every third of a
 * lease ({@link Outbox#renew}), and does not send an alert whose claim ran out before it could.
 *
 * <p>Sent: marked sent. Blocked (403): the chat is marked inactive and all its pending alerts
 * dropped. Retry: tried again after the longer of the server's wait and an exponential backoff,
 * dropped after {@code maxAttempts}. Failed: dropped. The sender paces itself (the
 * {@code RateLimiter}, answers to people before alerts); the dispatcher takes at most one alert
 * per chat from each batch, and within a batch sends first to the chats whose own limits let a
 * message through now, so that one chat's limit (its previous alert, an answer that just went to
 * it, a group's quota) does not hold up the others.
 */
public final class AlertDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  /**
   * How the dispatcher works through the outbox.
   *
   * @param batchSize due alerts claimed at once
   * @param maxAttempts sends tried before an alert is dropped
   * @param backoff the wait after each failed attempt (the server may ask for a longer one)
   * @param idlePoll how often an idle dispatcher looks at the outbox anyway (alerts queued by
   *     another process, a missed wake-up)
   * @param closeGrace how long {@link #close} lets the sends in flight finish before interrupting them
   * @param keepDone how long sent and dropped alerts stay in the outbox ({@link Outbox#forgetDone})
   * @param sendsInFlight how many sends may wait for the API at once (to different chats); 1
   *     sends one at a time
   * @param outcomeDelay how long an outcome may wait to be recorded with others
   */
  public record Settings(int batchSize, int maxAttempts, Backoff backoff, Duration idlePoll, Duration closeGrace,
      Duration keepDone, int sendsInFlight, Duration outcomeDelay) {

    /** Sends in flight by default: 30 messages/s at up to 250 ms a round trip. */
    public static final int SENDS_IN_FLIGHT = 8;

    public Settings {
      if (batchSize < 1 || maxAttempts < 1 || sendsInFlight < 1) {
        throw new IllegalArgumentException("batchSize, maxAttempts and sendsInFlight must be at least 1, got "
            + batchSize + ", " + maxAttempts + ", " + sendsInFlight);
      }
      if (keepDone.isNegative() || keepDone.isZero()) {
        throw new IllegalArgumentException("keepDone must be positive, got " + keepDone);
      }
      if (outcomeDelay.isNegative()) {
        throw new IllegalArgumentException("outcomeDelay must not be negative, got " + outcomeDelay);
      }
    }

    /**
     * Batches of 100, 8 attempts, backoff from 5 s doubling up to 1 h, look every 30 s, 30 s to
     * close, done alerts kept 30 days, {@link #SENDS_IN_FLIGHT} sends in flight, outcomes
     * recorded within 50 ms.
     */
    public static Settings defaults() {
      return new Settings(100, 8, Backoff.doubling(Duration.ofSeconds(5), Duration.ofHours(1)),
          Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofDays(30), SENDS_IN_FLIGHT,
          Duration.ofMillis(50));
    }

    /**
     * Enough sends in flight for {@code messagesPerSecond} when a round trip takes up to 250 ms,
     * and at least {@link #SENDS_IN_FLIGHT}: a bot allowed more (paid broadcasts) needs more.
     */
    public static int sendsFor(int messagesPerSecond) {
      return Math.max(SENDS_IN_FLIGHT, (messagesPerSecond + 3) / 4);
    }

    /** These settings with {@code sends} in flight. */
    public Settings withSendsInFlight(int sends) {
      return new Settings(batchSize, maxAttempts, backoff, idlePoll, closeGrace, keepDone, sends, outcomeDelay);
    }

    /** These settings with another {@link #closeGrace}. */
    public Settings withCloseGrace(Duration grace) {
      return new Settings(batchSize, maxAttempts, backoff, idlePoll, grace, keepDone, sendsInFlight, outcomeDelay);
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
  private final Outcomes outcomes;
  private final ThreadPoolExecutor sends;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wakeUp = lock.newCondition();
  /** Signalled when a send ends. */
  private final Condition sendEnded = lock.newCondition();
  private boolean woken;
  /** The chats a send is in flight to. Guarded by {@link #lock}. */
  private final Set<Long> busyChats = new HashSet<>();
  /** When done alerts are next forgotten; null before the first dispatch. Dispatching thread only. */
  private Instant nextForget;
  private volatile boolean running;
  private Thread thread;
  /** Alerts claimed and not yet sent, recorded or released: their claims are renewed while they wait. */
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  /** Held alerts whose claim could not be renewed (it ran out): another may have them, so they are not sent. */
  private final Set<Long> lost = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService renewals;

  public AlertDispatcher(Outbox outbox, AlertSender sender, AlertText text, PledgeLookup pledges, Settings settings,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.text = text;
    this.pledges = pledges;
    this.settings = settings;
    this.clock = clock;
    this.outcomes = new Outcomes(outbox, settings.sendsInFlight(), settings.outcomeDelay());
    this.sends = new ThreadPoolExecutor(settings.sendsInFlight(), settings.sendsInFlight(), 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), Threads.daemon("alert-send"));
    sends.allowCoreThreadTimeOut(true);
  }

  /** Starts the dispatching thread. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("dispatcher already started");
    }
    running = true;
    thread = new Thread(this::loop, "alert-dispatcher");
    thread.start();
    outbox.lease().ifPresent(lease -> {
      long every = Math.max(10, lease.toMillis() / 3);
      renewals = Executors.newSingleThreadScheduledExecutor(Threads.daemon("alert-renew"));
      renewals.scheduleWithFixedDelay(this::renewClaims, every, every, TimeUnit.MILLISECONDS);
    });
  }

  /**
   * Renews the claims on the alerts this dispatcher holds (waiting in a batch, or for their
   * permit), a third of a lease at a time: an alert that waits longer than a lease is not taken by
   * another instance meanwhile. One whose claim already ran out is not sent here.
   */
  void renewClaims() {
    List<Long> ids = List.copyOf(held);
    if (ids.isEmpty()) {
      return;
    }
    try {
      Set<Long> kept = outbox.renew(ids, clock.instant());
      for (long id : ids) {
        if (!kept.contains(id) && held.contains(id)) {
          lost.add(id);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("could not renew the claim on {} alerts; tried again shortly", ids.size(), e);
    }
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
    LOG.info("alert dispatcher started, up to {} sends in flight", settings.sendsInFlight());
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

  private boolean going() {
    return running || thread == null;
  }

  /**
   * Sends every alert due now, batch after batch, until none is due or the dispatcher stops;
   * returns once the sends it started have ended and their outcomes are recorded. Runs on the
   * caller's thread (the sends on the dispatcher's pool): the dispatching thread uses it, and so
   * can tests.
   *
   * @return how many alerts were handled (sent, rescheduled or dropped)
   */
  public int dispatchDue() throws InterruptedException {
    forgetDoneIfDue();
    int attempted = 0;
    try {
      while (going()) {
        outcomes.flush(); // what is known goes in first: a blocked chat's alerts are not claimed again
        List<QueuedAlert> batch = outbox.due(clock.instant(), settings.batchSize());
        if (batch.isEmpty()) {
          break;
        }
        batch.forEach(alert -> held.add(alert.id()));
        attempted += dispatch(batch);
      }
    } finally {
      awaitSends(null);
      outcomes.flush();
    }
    return attempted;
  }

  /** Starts the sends of one claimed batch; hands back to the outbox those it leaves. */
  private int dispatch(List<QueuedAlert> batch) throws InterruptedException {
    Set<Long> handled = new HashSet<>();
    try {
      Set<Long> chats = new HashSet<>();
      List<QueuedAlert> held = new ArrayList<>();
      for (QueuedAlert alert : batch) {
        if (!chats.add(alert.chatId()) || busy(alert.chatId())) {
          continue; // this chat's next alert comes in a later batch, after its send in flight and the other chats
        }
        if (!sender.chatWait(alert.chatId(), alert.chatType()).isZero()) {
          held.add(alert); // stays pending for the next batch, after the chats that are free now
          continue;
        }
        if (!startSend(alert)) {
          break;
        }
        handled.add(alert.id());
      }
      if (handled.isEmpty() && going()) {
        if (held.isEmpty()) {
          awaitSendEnd(settings.idlePoll()); // every chat of the batch has a send in flight
        } else {
          QueuedAlert first = soonestFree(held);
          if (inFlight() == 0) {
            if (startSend(first)) { // every chat must wait: the sender waits for the first one free
              handled.add(first.id());
            }
          } else {
            awaitSendEnd(sender.chatWait(first.chatId(), first.chatType())); // a send ends, or a chat is free
          }
        }
      }
    } finally {
      releaseUnhandled(batch, handled);
    }
    return handled.size();
  }

  private boolean busy(long chatId) {
    lock.lock();
    try {
      return busyChats.contains(chatId);
    } finally {
      lock.unlock();
    }
  }

  private int inFlight() {
    lock.lock();
    try {
      return busyChats.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for a free send slot, then sends {@code alert} on the pool.
   *
   * @return false when the dispatcher stopped meanwhile (nothing started)
   */
  private boolean startSend(QueuedAlert alert) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (busyChats.size() >= settings.sendsInFlight() && going()) {
        sendEnded.await();
      }
      if (!going()) {
        return false;
      }
      busyChats.add(alert.chatId());
    } finally {
      lock.unlock();
    }
    try {
      sends.execute(() -> send(alert));
    } catch (RuntimeException e) {
      sendEnded(alert.chatId());
      throw e;
    }
    return true;
  }

  private void send(QueuedAlert alert) {
    try {
      if (lost.remove(alert.id())) {
        LOG.info("alert {} to chat {} not sent here: its claim ran out while it waited", alert.id(), alert.chatId());
        return;
      }
      outcomes.add(deliver(alert));
    } catch (InterruptedException e) {
      releaseQuietly(List.of(alert.id())); // stopped mid-send: due again for the next start
    } catch (RuntimeException e) {
      LOG.error("alert {} to chat {} failed; due again when its claim runs out", alert.id(), alert.chatId(), e);
    } finally {
      held.remove(alert.id());
      sendEnded(alert.chatId());
    }
  }

  private void sendEnded(long chatId) {
    lock.lock();
    try {
      busyChats.remove(chatId);
      sendEnded.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until a send ends, at most {@code timeout}. */
  private void awaitSendEnd(Duration timeout) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      if (!busyChats.isEmpty() && going()) {
        sendEnded.await(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until no send is in flight, up to {@code deadline} ({@link System#nanoTime}; null: no limit).
   *
   * @return whether none is
   */
  private boolean awaitSends(Long deadline) throws InterruptedException {
    lock.lock();
    try {
      while (!busyChats.isEmpty()) {
        if (deadline == null) {
          sendEnded.await();
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          sendEnded.awaitNanos(left);
        }
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Hands back to the outbox the alerts of a batch that were left for the next one or not reached
   * before a stop: {@link Outbox#due} claimed them all. A failure here costs only a delay: the
   * claims run out with their lease.
   */
  private void releaseUnhandled(List<QueuedAlert> batch, Set<Long> handled) {
    releaseQuietly(batch.stream().map(QueuedAlert::id).filter(id -> !handled.contains(id)).toList());
  }

  private void releaseQuietly(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    held.removeAll(ids);
    lost.removeAll(ids);
    try {
      outbox.release(ids);
    } catch (RuntimeException e) {
      LOG.warn("could not release {} claimed alerts; they are due again when their lease runs out", ids.size(), e);
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

  /** Sends one alert and says how it ended, as the outbox records it. */
  private Outcome deliver(QueuedAlert alert) throws InterruptedException {
    String context = "alert " + alert.id() + " (chat " + alert.chatId() + ", pledge " + alert.pledgeId()
        + alert.subscription().map(s -> ", subscription " + s.id()).orElse("") + ")";
    Optional<Pledge> pledge = pledges.pledge(alert.pledgeId());
    if (pledge.isEmpty()) {
      LOG.warn("dropping {}: the pledge is no longer in the corpus", context);
      return Outcome.dropped(alert.id(), alert.chatId(), "pledge " + alert.pledgeId() + " is no longer in the corpus");
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
    return outcome(alert, context, delivery);
  }

  private Outcome outcome(QueuedAlert alert, String context, Delivery delivery) {
    if (delivery instanceof Sent) {
      return Outcome.sent(alert.id(), alert.chatId(), clock.instant());
    } else if (delivery instanceof Blocked blocked) {
      LOG.info("chat {} refuses messages ({}): marking it inactive and dropping its pending alerts", alert.chatId(),
          blocked.reason());
      return Outcome.blocked(alert.id(), alert.chatId(), blocked.reason());
    } else if (delivery instanceof Retry retry) {
      int attempts = alert.attempts() + 1;
      if (attempts >= settings.maxAttempts()) {
        LOG.warn("dropping {} after {} attempts: {}", context, attempts, retry.reason());
        return Outcome.dropped(alert.id(), alert.chatId(), "gave up after " + attempts + " attempts: " + retry.reason());
      }
      Duration wait = backoff(attempts);
      if (retry.after().compareTo(wait) > 0) {
        wait = retry.after();
      }
      LOG.info("{} not delivered ({}), attempt {} of {}, next in {}", context, retry.reason(), attempts,
          settings.maxAttempts(), wait);
      return Outcome.later(alert.id(), alert.chatId(), clock.instant().plus(wait), retry.reason());
    } else {
      Failed failed = (Failed) delivery;
      LOG.warn("dropping {}: {}", context, failed.reason());
      return Outcome.dropped(alert.id(), alert.chatId(), failed.reason());
    }
  }

  /** The wait after {@code attempts} failed attempts, by {@link Settings#backoff}. */
  Duration backoff(int attempts) {
    return settings.backoff().delay(attempts);
  }

  /**
   * Lets the sends in flight finish (up to {@code closeGrace}), records their outcomes, then
   * stops; pending alerts stay queued.
   */
  @Override
  public void close() {
    Thread worker;
    synchronized (this) {
      running = false;
      worker = thread;
    }
    wake();
    lock.lock();
    try {
      sendEnded.signalAll(); // a dispatcher waiting for a free slot stops waiting
    } finally {
      lock.unlock();
    }
    try {
      long deadline = System.nanoTime() + settings.closeGrace().toNanos();
      if (worker != null) {
        worker.join(settings.closeGrace().toMillis());
      }
      if (!awaitSends(deadline)) {
        LOG.warn("alert sends still in flight after {}, interrupting them", settings.closeGrace());
        sends.shutdownNow();
        awaitSends(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
      }
      if (worker != null && worker.isAlive()) {
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (renewals != null) {
        renewals.shutdownNow();
      }
      sends.shutdownNow();
      outcomes.close();
    }
  }
}
