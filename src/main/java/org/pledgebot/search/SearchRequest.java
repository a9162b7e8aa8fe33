package org.pledgebot.search;

import java.util.Optional;
import org.pledgebot.corpus.Lang;

/**
 * A question to the index.
 *
 * @param text the user's words, any length, any characters (never parsed as query syntax)
 * @param lang the answer language; empty to detect it from {@code text}
 * @param limit the maximum number of hits, at least 1
 */
public record SearchRequest(String text, Optional<Lang> lang, int limit) {

  public SearchRequest {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  /** A request with the default limit of 10 and a detected language. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, Optional.empty(), 10);
  }
}
