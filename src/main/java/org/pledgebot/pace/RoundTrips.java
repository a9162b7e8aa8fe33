package org.pledgebot.pace;

/**
 * The fastest of the last round trips to the Bot API: the network's floor, which tells when a
 * message can have reached Telegram at the latest. Its answer came back at least the floor's way
 * back after it arrived, so it arrived by {@code answered - fastest} (the floor is the sum of the
 * fastest ways there and back). A message answered in the usual time has arrived by the time it
 * was granted; one that took longer, later by as much. Not thread-safe; its owner guards it.
 */
public final class RoundTrips {

  /** Round trips remembered by default. */
  public static final int REMEMBERED = 256;

  private final long[] ring;
  private int count;
  private long fastest = Long.MAX_VALUE;

  public RoundTrips() {
    this(REMEMBERED);
  }

  RoundTrips(int remembered) {
    if (remembered < 1) {
      throw new IllegalArgumentException("remembered must be at least 1, got " + remembered);
    }
    this.ring = new long[remembered];
  }

  /**
   * Remembers one round trip (in any unit, the same for every call).
   *
   * @return whether the floor went down with it (messages answered before count from earlier)
   */
  public boolean record(long roundTrip) {
    int at = count % ring.length;
    long evicted = count >= ring.length ? ring[at] : Long.MAX_VALUE;
    ring[at] = roundTrip;
    count++;
    long before = fastest;
    if (roundTrip <= fastest) {
      fastest = roundTrip;
    } else if (evicted == fastest) {
      fastest = Long.MAX_VALUE;
      for (int i = 0; i < Math.min(count, ring.length); i++) {
        fastest = Math.min(fastest, ring[i]);
      }
    }
    return fastest < before;
  }

  /** Whether any round trip was recorded: whoever paces with these reports answers. */
  public boolean seen() {
    return count > 0;
  }

  /** The fastest round trip remembered; 0 before any. */
  public long fastest() {
    return fastest == Long.MAX_VALUE ? 0 : fastest;
  }

  /** When a message granted at {@code granted} and answered at {@code answered} can have arrived at the latest. */
  public long arrivedBy(long granted, long answered) {
    return Math.max(granted, answered - fastest());
  }
}
