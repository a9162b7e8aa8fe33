package org.pledgebot.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The queue of alerts waiting to be delivered, as the dispatcher works through it. Each method
 * is its own transaction. The dispatcher records the outcomes of its sends a few at a time
 * ({@link #record}): a crash loses at most the outcomes not yet recorded, and each of those
 * alerts, still claimed, is sent again once when its lease runs out (at most one duplicate per
 * alert in flight or unrecorded at the crash). An adapter implements it on the bot's durable
 * storage, which several bot instances may share.
 */
public interface Outbox {

  /**
   * How one claimed alert ended, as {@link #record} writes it.
   *
   * @param kind what happened
   * @param alertId the alert
   * @param chatId its chat: {@link Kind#BLOCKED} marks that chat and drops its pending alerts (the
   *     one-outcome shortcuts below pass 0 where only the alert matters)
   * @param at when it was sent ({@link Kind#SENT}) or when to try again ({@link Kind#LATER}); null otherwise
   * @param reason why it was not delivered; null when sent
   */
  record Outcome(Kind kind, long alertId, long chatId, Instant at, String reason) {

    /** What happened to an alert. */
    public enum Kind {
      /** Delivered at {@code at}. */
      SENT,
      /** Not delivered this time: count the attempt and try again at {@code at}. */
      LATER,
      /** Given up for good. */
      DROPPED,
      /** The chat refuses messages: it is marked inactive and all its pending alerts dropped. */
      BLOCKED
    }

    public Outcome {
      Objects.requireNonNull(kind, "kind");
      if ((kind == Kind.SENT || kind == Kind.LATER) && at == null) {
        throw new IllegalArgumentException("a " + kind + " outcome of alert " + alertId + " needs a time");
      }
    }

    public static Outcome sent(long alertId, long chatId, Instant at) {
      return new Outcome(Kind.SENT, alertId, chatId, at, null);
    }

    public static Outcome later(long alertId, long chatId, Instant next, String reason) {
      return new Outcome(Kind.LATER, alertId, chatId, next, reason);
    }

    public static Outcome dropped(long alertId, long chatId, String reason) {
      return new Outcome(Kind.DROPPED, alertId, chatId, null, reason);
    }

    public static Outcome blocked(long alertId, long chatId, String reason) {
      return new Outcome(Kind.BLOCKED, alertId, chatId, null, reason);
    }
  }

  /**
   * Claims and returns the pending alerts whose next attempt is due at {@code now}, oldest first,
   * at most {@code limit}.
   *
   * <p>The lease: each alert returned is claimed until {@code now} plus a lease (5 minutes in the
   * stores here). Until then no other call to {@code due}, from this instance or another sharing
   * the database, returns it again, so several instances never hand out the same alert. The claim
   * ends early when the alert's {@linkplain #record outcome is recorded} (sent, rescheduled,
   * dropped) or it is {@linkplain #release released}; the caller must do one of these
   * for every alert it got. An instance killed mid-batch never does: its alerts come back to
   * everyone when the lease runs out (a SQLite store, which one process owns, ends all claims when
   * it opens). An alert whose lease ran out while it waited may be sent twice: the caller
   * {@linkplain #renew renews} the claims it holds well within the {@link #lease}.
   */
  List<QueuedAlert> due(Instant now, int limit);

  /**
   * How long {@link #due} claims alerts for; empty when a claim never runs out while its process
   * lives (nobody else could take the alerts).
   */
  default Optional<Duration> lease() {
    return Optional.empty();
  }

  /**
   * Extends to {@code now} plus the {@link #lease} the claims on these alerts, which the caller
   * got from {@link #due} and has neither recorded nor released, where the claim has not run out
   * yet (after that, another caller may have claimed the alert).
   *
   * @return the alerts still claimed by the caller; one missing from it must not be sent
   */
  default Set<Long> renew(Collection<Long> alertIds, Instant now) {
    return Set.copyOf(alertIds);
  }

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

  /**
   * Records the outcomes of several sends in one transaction, in order: all of them or, on an
   * error, none. An outcome for an alert no longer pending (already recorded, or dropped since)
   * changes nothing.
   *
   * @return how many pending alerts changed: one per sent, rescheduled or dropped alert, and for a
   *     blocked chat every pending alert of it
   */
  int record(List<Outcome> outcomes);

  /** The alert was delivered at {@code at}: {@link #record} of one outcome. */
  default void markSent(long alertId, Instant at) {
    record(List.of(Outcome.sent(alertId, 0, at)));
  }

  /**
   * The chat refuses messages: marks it inactive and drops every pending alert of it.
   *
   * @return how many pending alerts were dropped
   */
  default int markBlocked(long chatId, String reason) {
    return record(List.of(Outcome.blocked(0, chatId, reason)));
  }

  /** Not delivered this time: count the attempt and try again at {@code next}. */
  default void retryLater(long alertId, Instant next, String reason) {
    record(List.of(Outcome.later(alertId, 0, next, reason)));
  }

  /** Gives up on one alert for good. */
  default void drop(long alertId, String reason) {
    record(List.of(Outcome.dropped(alertId, 0, reason)));
  }

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
