package org.pledgebot.chat;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Listings} in this process's memory, bounded: past {@code capacity} the least recently
 * used listing is forgotten. Keys are {@link Listings#randomKey}s.
 */
public final class MemoryListings implements Listings {

  private record Kept(long chatId, Listing listing) {}

  private final int capacity;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Kept> byKey;

  public MemoryListings(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("listings capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.byKey = new LinkedHashMap<>(16, 0.75f, true);
  }

  @Override
  public synchronized String put(long chatId, Listing listing) {
    String key;
    do {
      key = Listings.randomKey(random);
    } while (byKey.containsKey(key));
    byKey.put(key, new Kept(chatId, listing));
    if (byKey.size() > capacity) {
      byKey.remove(byKey.keySet().iterator().next());
    }
    return key;
  }

  @Override
  public synchronized Optional<Listing> get(long chatId, String key) {
    Kept kept = byKey.get(key);
    return kept == null || kept.chatId() != chatId ? Optional.empty() : Optional.of(kept.listing());
  }
}
