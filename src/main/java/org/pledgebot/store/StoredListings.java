package org.pledgebot.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.pledgebot.alerts.PledgeLookup;
import org.pledgebot.chat.Listings;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * {@link Listings} in the store's {@code listings} table, so that a "More" button given by one
 * instance is served by any other. A listing is kept as JSON naming its pledgers by id, and read
 * back with the pledges as the reading instance's index has them now (one that left the corpus
 * meanwhile is left out). Kept {@link #KEEP} and at most {@link #PER_CHAT} per chat: older
 * buttons answer that the list has expired, as after a restart of a bot that keeps them in memory.
 */
final class StoredListings implements Listings {

  /** How long a listing can be paged through. */
  static final Duration KEEP = Duration.ofHours(24);

  /** Listings kept per chat: the newest ones. */
  static final int PER_CHAT = 20;

  /** How often the expired listings of every chat are deleted, by each instance. */
  static final Duration FORGET_EVERY = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;
  private final PledgeLookup pledges;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong nextForget = new AtomicLong();

  StoredListings(Database db, PledgeLookup pledges, Clock clock) {
    this.db = db;
    this.pledges = pledges;
    this.clock = clock;
  }

  @Override
  public String put(long chatId, Listing listing) {
    String body = encode(listing);
    Instant now = clock.instant();
    forgetExpired(now);
    while (true) {
      String key = Listings.randomKey(random);
      boolean kept = db.write("keeping a listing of chat " + chatId, c -> {
        if (!ListingsTable.insert(c, chatId, key, body, now)) {
          return false;
        }
        ListingsTable.trim(c, chatId, PER_CHAT);
        return true;
      });
      if (kept) {
        return key;
      }
    }
  }

  @Override
  public Optional<Listing> get(long chatId, String key) {
    return db.read("reading listing " + key + " of chat " + chatId,
        c -> ListingsTable.get(c, chatId, key, clock.instant().minus(KEEP))).map(this::decode);
  }

  /** Deletes the expired listings, at most every {@link #FORGET_EVERY} from this instance. */
  private void forgetExpired(Instant now) {
    long due = nextForget.get();
    if (now.toEpochMilli() >= due && nextForget.compareAndSet(due, now.plus(FORGET_EVERY).toEpochMilli())) {
      db.write("forgetting the listings older than " + KEEP, c -> ListingsTable.forget(c, now.minus(KEEP)));
    }
  }

  private static String encode(Listing listing) {
    ObjectNode root = JSON.createObjectNode().put("echo", listing.echo()).put("lang", listing.lang().code());
    ArrayNode entries = root.putArray("entries");
    for (Entry entry : listing.entries()) {
      entries.addObject().put("id", entry.pledge().id()).put("summary", entry.summary());
    }
    return root.toString();
  }

  private Listing decode(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      Lang lang = Lang.parse(root.path("lang").asText())
          .orElseThrow(() -> new StoreException("a kept listing has no language it knows: " + root.path("lang")));
      List<Entry> entries = new ArrayList<>();
      for (JsonNode entry : root.path("entries")) {
        Optional<Pledge> pledge = pledges.pledge(entry.path("id").asText());
        pledge.ifPresent(p -> entries.add(new Entry(p, entry.path("summary").asText())));
      }
      return new Listing(root.path("echo").asText(), lang, entries);
    } catch (IOException e) {
      throw new StoreException("a kept listing is not JSON: " + e.getMessage(), e);
    }
  }
}
