package org.pledgebot.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of one index snapshot to the questions asked most recently, exactly as asked (text,
 * answer language and limit): people ask the same things again (a chat's "open data", a group
 * pasting one question, a batch of logged questions), and an answer is a function of the question
 * and the snapshot alone. Tied to one {@link Catalog}: a new snapshot (any update) gets a new,
 * empty cache, so an answer is never served from an index that has changed. The least recently
 * used answer leaves first beyond {@link #MAX_ANSWERS}. Thread-safe.
 */
final class AnswerCache {

  /** The most answers one snapshot keeps: a few MB at most, most answers being a few hits or none. */
  static final int MAX_ANSWERS = 4_096;

  private final Catalog snapshot;
  private final Map<SearchRequest, SearchResponse> answers = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
      return size() > MAX_ANSWERS;
    }
  };

  AnswerCache(Catalog snapshot) {
    this.snapshot = snapshot;
  }

  /** Whether this cache holds answers of {@code catalog}, the snapshot a search reads. */
  boolean of(Catalog catalog) {
    return snapshot == catalog;
  }

  /** The answer kept for {@code request}, or null. */
  synchronized SearchResponse get(SearchRequest request) {
    return answers.get(request);
  }

  /** Keeps {@code response} as the answer to {@code request}; returns it. */
  synchronized SearchResponse keep(SearchRequest request, SearchResponse response) {
    answers.put(request, response);
    return response;
  }
}
