package org.pledgebot.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An {@link Outbox} that hands every call to another one, for wrappers that watch one part of
 * it (metrics, tests, benchmarks) and override only that. The one-outcome shortcuts stay the
 * interface's defaults, so they reach {@link #record} and whatever a subclass adds to it.
 */
public abstract class ForwardingOutbox implements Outbox {

  private final Outbox delegate;

  protected ForwardingOutbox(Outbox delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<QueuedAlert> due(Instant now, int limit) {
    return delegate.due(now, limit);
  }

  @Override
  public Optional<Duration> lease() {
    return delegate.lease();
  }

  @Override
  public Set<Long> renew(Collection<Long> alertIds, Instant now) {
    return delegate.renew(alertIds, now);
  }

  @Override
  public void release(Collection<Long> alertIds) {
    delegate.release(alertIds);
  }

  @Override
  public Optional<Instant> nextDue() {
    return delegate.nextDue();
  }

  @Override
  public int record(List<Outcome> outcomes) {
    return delegate.record(outcomes);
  }

  @Override
  public int forgetDone(Instant before) {
    return delegate.forgetDone(before);
  }

  @Override
  public OptionalLong pending() {
    return delegate.pending();
  }
}
