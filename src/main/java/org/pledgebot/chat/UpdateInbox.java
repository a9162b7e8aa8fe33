package org.pledgebot.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The updates a transport has accepted, so that each is handled once however often it is
 * delivered: Telegram posts an update again when its webhook answer was slow or failed, possibly
 * to another instance. An update is accepted once by id (atomically, across instances), leased to
 * the instance that accepted it, and marked done once handled; an update whose lease ran out
 * unhandled (its instance died) is claimed by another. Each method is its own transaction. An
 * adapter implements it on the bot's durable storage; {@link #inMemory} serves one process.
 */
public interface UpdateInbox {

  /**
   * Records update {@code updateId} as accepted and leased to the caller until {@code leaseUntil},
   * unless it was accepted before.
   *
   * @param json the update as delivered, so that another instance can handle it after a crash
   * @return true when it is new (the caller handles it), false for a redelivery (nothing to do)
   */
  boolean accept(long updateId, String json, Instant leaseUntil);

  /**
   * Extends to {@code leaseUntil} the leases on these updates, which the caller accepted or
   * claimed and has not handled yet, where the lease has not run out at {@code now} (after that,
   * another instance may have claimed the update). An update can wait longer than a lease in its
   * chat's queue.
   *
   * @return the updates still leased to the caller; one missing from it must not be handled here
   */
  Set<Long> renew(Collection<Long> updateIds, Instant now, Instant leaseUntil);

  /** The update was handled (answered, ignored or given up on) at {@code at}. */
  void done(long updateId, Instant at);

  /**
   * Takes over accepted updates that are not done and whose lease ended before {@code now}, oldest
   * id first, at most {@code limit}: leases them to the caller until {@code leaseUntil} and counts
   * the attempt. Two callers never get the same update for the same lease.
   */
  List<Claimed> claimExpired(Instant now, Instant leaseUntil, int limit);

  /**
   * Deletes the updates done before {@code before}: Telegram stops redelivering an update long
   * before, and kept forever they only grow the table.
   *
   * @return how many were deleted
   */
  int forgetDone(Instant before);

  /**
   * An update taken over from a lease that ran out.
   *
   * @param updateId its id
   * @param json the update as delivered
   * @param attempts how many leases it has had, this one included (1 is the accepting one)
   */
  record Claimed(long updateId, String json, int attempts) {}

  /** An inbox in this process's memory: idempotent across redeliveries, not across instances or restarts. */
  static UpdateInbox inMemory() {
    return new MemoryInbox();
  }
}
