package org.pledgebot.search;

import java.util.List;
import org.pledgebot.corpus.Lang;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the question as searched (trimmed, possibly truncated)
 * @param lang the answer language, detected or requested
 * @param hits best first; empty when nothing is relevant enough
 */
public record SearchResponse(String query, Lang lang, List<Hit> hits) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }
}
