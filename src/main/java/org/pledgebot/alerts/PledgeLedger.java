package org.pledgebot.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable memory of which pledges exist already, and the queue that new-pledge alerts go
 * into. An adapter implements it on the bot's durable storage.
 */
public interface PledgeLedger {

  /** The content hash of every pledge seen so far, by id; empty when the ledger was never initialised. */
  Optional<Map<String, String>> seenPledges();

  /**
   * The first start: records every present pledge as seen, queues no alert, and marks the ledger
   * initialised (even when {@code hashById} is empty), all in one transaction.
   */
  void initialise(Map<String, String> hashById);

  /**
   * The subscriptions of active chats that might match a new pledge, oldest first: theme
   * subscriptions to one of {@code themes}, pledger subscriptions to {@code pledgeId}, and every
   * query subscription (queries are decided by the caller).
   */
  List<Subscription> candidates(String pledgeId, Collection<String> themes);

  /** The distinct questions active chats are subscribed to, to compile them ahead of the first pledge. */
  List<Target.Query> questions();

  /**
   * In one transaction: records {@code pledgeId} as seen and queues {@code alerts}. Alerts whose
   * subscription or chat went away meanwhile are skipped, and a chat is queued at most once per
   * pledge.
   *
   * @return how many alerts were queued; 0 with nothing written when the pledge was already seen
   */
  int recordNew(String pledgeId, String contentHash, List<NewAlert> alerts);

  /** Remembers the new content hash of a pledge already seen (an edit: no alert). */
  void updateSeen(String pledgeId, String contentHash);

  /**
   * One alert to queue.
   *
   * @param chatId the chat to alert
   * @param subscriptionId the chat's first subscription that matched, named in the alert
   */
  record NewAlert(long chatId, long subscriptionId) {}
}
