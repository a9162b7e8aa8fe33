package org.pledgebot.search;

import java.util.Optional;
import org.pledgebot.corpus.Lang;

/**
 * A question to the index.
 *
 * @param text the user's words, any length, any characters (never parsed as query syntax)
 * @param lang the answer language; empty to detect it from {@code text}
 * @param limit the maximum number of hits, at least 1
 * @param asker the language the asker's client uses (Telegram's {@code language_code}), if known:
 *     it settles a detected language the question's words leave tied among languages it is one of
 *     (a name English and Spanish write alike beside a word both use); never overrides what the words say
 */
public record SearchRequest(String text, Optional<Lang> lang, int limit, Optional<Lang> asker) {

  public SearchRequest {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (lang == null || asker == null) {
      throw new IllegalArgumentException("lang and asker must not be null (empty when unknown)");
    }
  }

  /** A request from an asker whose own language is not known. */
  public SearchRequest(String text, Optional<Lang> lang, int limit) {
    this(text, lang, limit, Optional.empty());
  }

  /** A request with the default limit of 10 and a detected language. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, Optional.empty(), 10);
  }
}
