package org.pledgebot.chat;

/** The {@link Listings} contract in memory. */
class MemoryListingsTest extends ListingsContract {

  @Override
  protected Listings listings() {
    return new MemoryListings(100);
  }
}
