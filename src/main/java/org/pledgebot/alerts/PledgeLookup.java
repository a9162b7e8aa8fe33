package org.pledgebot.alerts;

import java.util.Optional;
import org.pledgebot.corpus.Pledge;

/** Finds a pledge by id when its alert is rendered, e.g. {@code search.pledgers()::byId}. */
@FunctionalInterface
public interface PledgeLookup {

  /** The pledge as it is now; empty when it left the corpus. */
  Optional<Pledge> pledge(String id);
}
