package org.pledgebot.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PledgeLedger} that hands every call to another one, for wrappers that watch one part of
 * it (metrics, benchmarks) and override only that, as {@link ForwardingOutbox} does for the outbox.
 */
public abstract class ForwardingPledgeLedger implements PledgeLedger {

  private final PledgeLedger delegate;

  protected ForwardingPledgeLedger(PledgeLedger delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<Map<String, String>> seenPledges() {
    return delegate.seenPledges();
  }

  @Override
  public void initialise(Map<String, String> hashById) {
    delegate.initialise(hashById);
  }

  @Override
  public List<Subscription> candidates(String pledgeId, Collection<String> themes) {
    return delegate.candidates(pledgeId, themes);
  }

  @Override
  public List<Target.Query> questions() {
    return delegate.questions();
  }

  @Override
  public int recordNew(String pledgeId, String contentHash, List<NewAlert> alerts) {
    return delegate.recordNew(pledgeId, contentHash, alerts);
  }

  @Override
  public void updateSeen(String pledgeId, String contentHash) {
    delegate.updateSeen(pledgeId, contentHash);
  }
}
