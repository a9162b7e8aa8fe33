package org.pledgebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.MutableClock;
import org.pledgebot.chat.Listings;
import org.pledgebot.chat.ListingsContract;

/**
 * The {@link Listings} contract on the store's table, here on SQLite (the PostgreSQL run extends
 * this class), and what only the table does: expiry after a day, a bound per chat, a pledge that
 * left the corpus left out.
 */
class ListingsSqliteTest extends ListingsContract {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  final List<Store> opened = new ArrayList<>();
  final MutableClock clock = new MutableClock(T0);

  /** A store on this test's database, with {@code clock}. */
  Store open(Clock clock) {
    Store store = SqliteStore.open(dir.resolve("pledgebot.db"), clock);
    opened.add(store);
    return store;
  }

  @Override
  protected Listings listings() {
    return open(Clock.systemUTC()).listings(id -> Optional.ofNullable(PLEDGES.get(id)));
  }

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }

  @Test
  void aListingExpiresAfterADay() {
    Listings listings = open(clock).listings(id -> Optional.ofNullable(PLEDGES.get(id)));
    String key = listings.put(1, listing("q"));
    clock.set(T0.plus(StoredListings.KEEP).minusSeconds(1));
    assertEquals(Optional.of(listing("q")), listings.get(1, key));
    clock.set(T0.plus(StoredListings.KEEP).plusSeconds(1));
    assertEquals(Optional.empty(), listings.get(1, key));
    clock.set(T0.plus(StoredListings.KEEP.multipliedBy(2)));
    listings.put(2, listing("later")); // deletes what expired
    assertEquals(1, new Inspect(this::connect).number("SELECT count(*) FROM listings"));
  }

  @Test
  void aChatKeepsItsNewestListingsOnly() {
    Listings listings = open(clock).listings(id -> Optional.ofNullable(PLEDGES.get(id)));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i <= StoredListings.PER_CHAT; i++) {
      clock.set(T0.plusSeconds(i));
      keys.add(listings.put(1, listing("q" + i)));
    }
    String other = listings.put(2, listing("other chat"));
    assertEquals(Optional.empty(), listings.get(1, keys.get(0)), "the oldest is gone");
    assertEquals(Optional.of(listing("q1")), listings.get(1, keys.get(1)));
    assertEquals(Optional.of(listing("other chat")), listings.get(2, other), "per chat");
  }

  @Test
  void aPledgeThatLeftTheCorpusIsLeftOut() {
    Listings listings = open(clock).listings(id -> id.equals("GB") ? Optional.of(PLEDGES.get(id)) : Optional.empty());
    String key = listings.put(1, listing("q"));
    assertEquals(List.of("GB"), listings.get(1, key).orElseThrow().entries().stream()
        .map(e -> e.pledge().id()).toList());
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pledgebot.db"));
  }
}
