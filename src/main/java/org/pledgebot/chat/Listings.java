package org.pledgebot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Lang;

/**
 * The answers that are being paged through, so that a "More" button (whose data holds at most
 * 64 bytes) can name a listing by a short key. Bounded: the oldest listings are forgotten, and
 * their buttons then answer that the list has expired.
 */
final class Listings {

  private final int capacity;
  private final Map<String, Listing> byKey;
  private long next;

  Listings(int capacity) {
    this.capacity = capacity;
    this.byKey = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** Keeps {@code listing} and returns its key. */
  synchronized String put(Listing listing) {
    String key = Long.toString(next++, 36);
    byKey.put(key, listing);
    if (byKey.size() > capacity) {
      byKey.remove(byKey.keySet().iterator().next());
    }
    return key;
  }

  synchronized Optional<Listing> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The whole answer to one question.
   *
   * @param echo the question as shown in the header (clipped, escaped HTML)
   * @param lang the answer language
   * @param entries every pledger of the answer, best first
   */
  record Listing(String echo, Lang lang, List<Cards.Entry> entries) {
    Listing {
      entries = List.copyOf(entries);
    }
  }
}
