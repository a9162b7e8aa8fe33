package org.pledgebot.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queue of alerts waiting to be delivered, as the dispatcher works through it. Each method
 * is its own transaction, so a crash between two sends loses nothing and repeats at most the
 * send that was in flight. An adapter implements it on the bot's durable storage.
 */
public interface Outbox {

  /** Pending alerts whose next attempt is due at {@code now}, oldest first, at most {@code limit}. */
  List<QueuedAlert> due(Instant now, int limit);

  /** When the earliest pending alert is due, if there is any. */
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
}
