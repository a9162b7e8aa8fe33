package org.pledgebot.search;

import java.util.List;
import org.pledgebot.corpus.Lang;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the question as searched (trimmed, possibly truncated)
 * @param lang the answer language, detected or requested
 * @param hits best first; empty when nothing is relevant enough
 * @param broad whether the question asks only for what every pledge is about ("open
 *     government", "peer exchange", "who can help?": the field's question filler) and names no
 *     theme or pledger: no pledger answers it better than another, so it has no hits and a
 *     caller offers the themes to choose from
 */
public record SearchResponse(String query, Lang lang, List<Hit> hits, boolean broad) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }

  /** An answer to a question that is not {@link #broad}. */
  public SearchResponse(String query, Lang lang, List<Hit> hits) {
    this(query, lang, hits, false);
  }
}
