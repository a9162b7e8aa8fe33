package org.pledgebot.chat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * The answers that are being paged through, so that a "More" button (whose data holds at most
 * 64 bytes) can name a listing by a short key. A listing belongs to the chat it was given in: a
 * key read back in another chat, a forged key or a key this store never gave (one from before a
 * restart) finds nothing, and the button answers that the list has expired. Keys are unguessable
 * and never repeat across restarts. {@link MemoryListings} keeps them in this process; the store
 * keeps them in the database that several instances share ({@code Store.listings}).
 */
public interface Listings {

  /** A new key: 72 random bits (12 base64url characters), neither guessable nor met again after a restart. */
  static String randomKey(SecureRandom random) {
    byte[] bytes = new byte[9];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Keeps {@code listing} for {@code chatId} and returns its key: URL-safe base64, under 40 characters. */
  String put(long chatId, Listing listing);

  /** The listing kept under {@code key} for {@code chatId}; empty for another chat's key or an unknown one. */
  Optional<Listing> get(long chatId, String key);

  /**
   * The whole answer to one question.
   *
   * @param echo the question as shown in the header (clipped, escaped HTML)
   * @param lang the answer language
   * @param entries every pledger of the answer, best first
   */
  record Listing(String echo, Lang lang, List<Entry> entries) {
    public Listing {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One pledger in a listing.
   *
   * @param pledge the pledger
   * @param summary the text to show for it: why it was chosen
   */
  record Entry(Pledge pledge, String summary) {}
}
