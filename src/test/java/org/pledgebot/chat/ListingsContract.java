package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/**
 * What every {@link Listings} must do. An implementation runs it by extending this class with
 * {@link #listings()} returning fresh, empty listings whose pledges are found in {@link #PLEDGES};
 * two views of one store stand for two instances ({@link #secondInstance}).
 */
public abstract class ListingsContract {

  /** The pledges the listings may name, by id: what an implementation reads them back with. */
  protected static final Map<String, Pledge> PLEDGES = Map.of(
      "GB", Shipped.pledge("GB", "Open data for all.", "open-data"),
      "oxfam", Shipped.pledge("oxfam", "Budgets people can read.", "fiscal-openness"));

  /** Fresh, empty listings. */
  protected abstract Listings listings();

  /** Another instance's view of the same listings; the same object for one process. */
  protected Listings secondInstance(Listings first) {
    return first;
  }

  protected static Listings.Listing listing(String echo) {
    return new Listings.Listing(echo, Lang.FR, List.of(new Listings.Entry(PLEDGES.get("GB"), "why GB « é »"),
        new Listings.Entry(PLEDGES.get("oxfam"), "why oxfam")));
  }

  @Test
  void aListingIsReadBackInItsChatOnlyAndOnEveryInstance() {
    Listings listings = listings();
    String key = listings.put(42, listing("données <b>ouvertes</b>"));
    assertEquals(Optional.of(listing("données <b>ouvertes</b>")), listings.get(42, key));
    assertEquals(Optional.of(listing("données <b>ouvertes</b>")), secondInstance(listings).get(42, key),
        "another instance serves the button");
    assertEquals(Optional.empty(), listings.get(43, key), "another chat's key finds nothing");
    assertEquals(Optional.empty(), listings.get(42, key + "x"), "nor does a forged one");
  }

  @Test
  void keysAreShortUrlSafeAndNeverRepeatAndEachFindsItsOwnListing() {
    Listings listings = listings();
    Map<String, String> echoByKey = new LinkedHashMap<>();
    for (int i = 0; i < 15; i++) {
      String key = listings.put(7, listing("q" + i));
      assertTrue(key.matches("[A-Za-z0-9_-]{1,39}"), key);
      assertEquals(null, echoByKey.put(key, "q" + i), "repeated: " + key);
    }
    echoByKey.forEach((key, echo) -> assertEquals(Optional.of(listing(echo)), listings.get(7, key)));
  }
}
