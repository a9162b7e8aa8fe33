package org.pledgebot.alerts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The queue of alerts waiting to be delivered, as the dispatcher works through it. Each method
 * is its own transaction, so a crash between two sends loses nothing and repeats at most the
 * send that was in flight. An adapter implements it on the bot's durable storage, which several
 * bot instances may share.
 */
public interface Outbox {

  /**
   * Claims and returns the pending alerts whose next attempt is due at {@code now}, oldest first,
   * at most {@code limit}.
   *
   * <p>The lease: each alert returned is claimed until {@code now} plus a lease (5 minutes in the
   * stores here). Until then no other call to {@code due}, from this instance or another sharing
   * the database, returns it again, so several instances never hand out the same alert. The claim
   * ends early when the alert is {@linkplain #markSent sent}, {@linkplain #retryLater rescheduled},
   * {@linkplain #drop dropped} or {@linkplain #release released}; the caller must do one of these
   * for every alert it got. An instance killed mid-batch never does: its alerts come back to
   * everyone when the lease runs out (a SQLite store, which one process owns, ends all claims when
   * it opens). An alert whose lease ran out while its send was still in flight may be sent twice:
   * the lease must be longer than a batch takes.
   */
  List<QueuedAlert> due(Instant now, int limit);

  /**
   * Ends the claim on alerts that {@link #due} handed out and the caller did not handle (it
   * stopped, or left them for a later batch): they are due again at once, for anyone.
   */
  void release(Collection<Long> alertIds);

  /**
   * When the earliest pending alert is due, if there is any: its next attempt, or the end of its
   * claim when another caller holds it.
   */
  Optional<Instant> nextDue();

  /** The alert was delivered at {@code at}. */
  void markSent(long alertId, Instant at);

  /**
   * The chat refuses messages: marks it inactive and drops every pending alert of it.
   *
   * @return how many pending alerts were dropped, this one included
   */
  int markBlocked(long chatId, String reason);

  /** Not delivered this time: count the attempt and try again at {@code next}. */
  void retryLater(long alertId, Instant next, String reason);

  /** Gives up on one alert for good. */
  void drop(long alertId, String reason);

  /**
   * Deletes the alerts queued before {@code before} that are no longer pending (sent or dropped).
   * Nothing needs them: a pledge alerts once, when first seen. Kept forever, they slow down the
   * queueing of every new pledge's alerts.
   *
   * @return how many were deleted
   */
  int forgetDone(Instant before);

  /**
   * How many alerts are pending (queued and neither sent nor dropped), claimed or not, for the
   * outbox-depth metric; empty when the adapter cannot count them. Reads only: claims nothing.
   */
  default OptionalLong pending() {
    return OptionalLong.empty();
  }
}
