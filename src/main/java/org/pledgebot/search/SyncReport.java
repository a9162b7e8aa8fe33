package org.pledgebot.search;

import java.util.List;

/**
 * What {@link PledgeSearch#sync} changed.
 *
 * @param added ids indexed for the first time
 * @param updated ids whose pledge changed and was re-indexed
 * @param removed ids no longer in the corpus, removed from the index
 * @param size how many pledges the index holds afterwards
 */
public record SyncReport(List<String> added, List<String> updated, List<String> removed, int size) {

  public SyncReport {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    removed = List.copyOf(removed);
  }
}
