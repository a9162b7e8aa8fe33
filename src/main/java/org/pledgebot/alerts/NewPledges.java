package org.pledgebot.alerts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusListener;
import org.pledgebot.corpus.Fingerprint;
import org.pledgebot.corpus.Pledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells new pledges from known ones and queues the alerts for new ones.
 *
 * <p>On the very first start every pledge present is recorded as seen and nobody is alerted: the
 * corpus that ships with the bot is not news. Afterwards a pledge id never seen before is matched
 * against every subscription and, in one transaction, recorded as seen with its alerts queued
 * (one per chat). A changed pledge only has its hash updated: edits are not news either.
 *
 * <p>A removed pledge keeps its seen row, so that putting the file back (a revert, a file moved
 * out and in again) never alerts a second time for the same pledger.
 */
public final class NewPledges implements CorpusListener {

  private static final Logger LOG = LoggerFactory.getLogger(NewPledges.class);

  /** What {@link #offer} made of a pledge. */
  public enum Change {
    NEW,
    EDITED,
    UNCHANGED
  }

  /**
   * The outcome for one pledge.
   *
   * @param pledgeId the pledge
   * @param change new, edited or unchanged
   * @param alertsQueued how many chats will be alerted (0 unless new)
   */
  public record Outcome(String pledgeId, Change change, int alertsQueued) {}

  private final PledgeLedger ledger;
  private final SubscriptionMatcher matcher;
  private final Runnable alertsQueued;
  /** The seen table's hashes; only this object writes that table, so the copy stays exact. */
  private Map<String, String> seen;

  /**
   * @param ledger where seen pledges and alerts are kept
   * @param queries how saved questions are matched against one pledge
   * @param alertsQueued called after a new pledge matched subscribers, e.g. the dispatcher's
   *     {@code wake}: its alerts are queued, by this call or by another instance sharing the store
   */
  public NewPledges(PledgeLedger ledger, QueryMatch queries, Runnable alertsQueued) {
    this.ledger = ledger;
    this.matcher = new SubscriptionMatcher(queries);
    this.alertsQueued = alertsQueued;
  }

  /**
   * Compares the corpus with the seen pledges: initialises them on the first start, else
   * catches up with whatever changed while the bot was down.
   */
  @Override
  public synchronized void synced(Corpus corpus) {
    Optional<Map<String, String>> known = ledger.seenPledges();
    if (known.isEmpty()) {
      Map<String, String> hashes = new LinkedHashMap<>();
      corpus.pledges().forEach(p -> hashes.put(p.id(), Fingerprint.of(p)));
      ledger.initialise(hashes);
      seen = new HashMap<>(hashes);
      LOG.info("first start: recorded {} pledges as seen, alerting nobody", hashes.size());
      return;
    }
    seen = new HashMap<>(known.get());
    int added = 0;
    for (Pledge pledge : corpus.pledges()) {
      if (offer(pledge).change() == Change.NEW) {
        added++;
      }
    }
    LOG.info("start: {} pledges in the corpus, {} new since the last run", corpus.pledges().size(), added);
  }

  @Override
  public void upserted(Pledge pledge) {
    offer(pledge);
  }

  /** Nothing to do: the seen row stays so that the pledge is never news twice. */
  @Override
  public void deleted(String pledgeId) {
    LOG.info("pledge {} left the corpus; it stays seen, so adding it back alerts nobody", pledgeId);
  }

  /** Records one pledge found in the corpus and queues its alerts if it is new. */
  public synchronized Outcome offer(Pledge pledge) {
    if (seen == null) {
      throw new IllegalStateException("synced(corpus) must run before pledge " + pledge.id() + " is offered");
    }
    String hash = Fingerprint.of(pledge);
    String before = seen.get(pledge.id());
    if (hash.equals(before)) {
      return new Outcome(pledge.id(), Change.UNCHANGED, 0);
    }
    if (before != null) {
      ledger.updateSeen(pledge.id(), hash);
      seen.put(pledge.id(), hash);
      LOG.info("pledge {} was edited: re-indexed, nobody alerted", pledge.id());
      return new Outcome(pledge.id(), Change.EDITED, 0);
    }
    List<NewAlert> alerts = matcher.match(pledge, ledger.candidates(pledge.id(), pledge.themes()));
    int queued = ledger.recordNew(pledge.id(), hash, alerts);
    seen.put(pledge.id(), hash);
    LOG.info("new pledge {}: {} chats to alert", pledge.id(), queued);
    if (!alerts.isEmpty()) {
      // also when another instance sharing the store queued them first (queued == 0 here): this
      // instance's dispatcher then helps with the broadcast, and takes over a dead one's claims
      // as soon as their lease ends
      alertsQueued.run();
    }
    return new Outcome(pledge.id(), Change.NEW, queued);
  }
}
