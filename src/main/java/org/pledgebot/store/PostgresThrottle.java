package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.RoundTrips;
import org.pledgebot.pace.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram's limits for the bot as a whole, kept in the PostgreSQL database that its instances
 * share: 30 messages per second overall, one per interval per chat, a quota per minute per group,
 * whichever instance sends. Every permit is a reservation in one call to the database
 * ({@code pace_book}, one short transaction) that locks the chat's row of {@code send_pace}, then
 * the overall row (always in that order: no deadlock), reads the database server's clock (the one
 * clock all instances share) and books the next overall slot if the chat's own limits let a
 * message through. The caller then sleeps until its slot. Telegram counts a message when it
 * arrives: as in {@code pace.Pacer}, the overall limit also holds on a window of when the last
 * messages of every instance can have arrived ({@code overall_sends}); each instance records that
 * with the answer ({@code pace_sent}), from its own round trips ({@link RoundTrips}). Unlike the
 * Pacer's grants, which are for "now", a slot may be booked up to a window ahead: a message not yet
 * answered counts in the window before every slot booked after it (it may land any moment until
 * its answer, migration V9), so fewer than the limit are booked and unanswered at once.
 *
 * <p>Answers to people may book a slot however far ahead; an alert only the next one (within one
 * spacing), so an answer waits behind at most one alert of each instance. Within an instance one
 * alert at a time competes for the overall slot, so instances do not poll the database in a
 * crowd. A 429 pauses the chat for its {@code retry_after} in the database; 429s for two chats
 * within a second pause everything. Rows of chats no limit concerns any more are swept now and
 * then. Thread-safe.
 */
final class PostgresThrottle implements Throttle {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresThrottle.class);

  /** The row of the overall pace; no Telegram chat has id 0. */
  private static final long OVERALL = 0;

  /** The database server's clock, in microseconds. */
  private static final String NOW = "(extract(epoch from clock_timestamp()) * 1000000)::bigint";

  /** Re-check at least this often while a chat must wait. */
  private static final long MAX_WAIT_MICROS = TimeUnit.SECONDS.toMicros(1);

  private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final Database db;
  private final RateLimits limits;
  private final long spacing;
  private final long chatInterval;
  private final long groupWindow;
  /** One alert of this instance at a time competes for the overall slot. */
  private final ReentrantLock alertTurn = new ReentrantLock(true);
  /** {chat, when} of the 429s of the last second, to tell the overall limit from one chat's. */
  private final ArrayDeque<long[]> recent429 = new ArrayDeque<>();
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

  /**
   * What one try to book a slot found; {@code slot} on the server's clock when granted, {@code
   * askedNanos} when the try was sent ({@link System#nanoTime}).
   */
  private record Booking(boolean granted, long waitMicros, long slot, long askedNanos) {}

  /** A message granted and not yet answered: its slot on the server's clock, and on ours ({@link System#nanoTime}). */
  record InFlight(long slot, long localNanos) {}

  /** Unanswered messages count from their slot for this long, then no more. */
  private static final long UNANSWERED_MICROS = TimeUnit.SECONDS.toMicros(10);

  private final long overallWindow;
  /** This instance's messages granted and not yet answered, by chat. */
  private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
  private final Arrivals arrivals = new Arrivals();

  PostgresThrottle(Database db, RateLimits limits) {
    if (db.dialect() != Dialect.POSTGRESQL) {
      throw new IllegalArgumentException("a shared throttle needs PostgreSQL, got " + db.dialect());
    }
    this.db = db;
    this.limits = limits;
    this.spacing = TimeUnit.NANOSECONDS.toMicros(limits.globalSpacingNanos());
    this.chatInterval = TimeUnit.NANOSECONDS.toMicros(limits.chatIntervalNanos());
    this.groupWindow = TimeUnit.NANOSECONDS.toMicros(limits.groupWindowNanos());
    this.overallWindow = TimeUnit.SECONDS.toMicros(1) + TimeUnit.NANOSECONDS.toMicros(limits.margin().toNanos());
  }

  @Override
  public void acquire(long chatId, boolean group, Priority priority) throws InterruptedException {
    long horizon = switch (priority) {
      case ANSWER -> Long.MAX_VALUE;
      case ALERT -> spacing;
    };
    sweepIfDue();
    while (true) {
      Booking booking;
      if (priority == Priority.ALERT) {
        alertTurn.lockInterruptibly();
        try {
          booking = book(chatId, group, horizon);
          while (!booking.granted() && booking.waitMicros() < 0) { // the chat is free: wait for the overall slot
            sleepMicros(-booking.waitMicros());
            booking = book(chatId, group, horizon);
          }
        } finally {
          alertTurn.unlock();
        }
      } else {
        booking = book(chatId, group, horizon);
      }
      if (booking.granted()) {
        // the slot on our clock, at the earliest: the server read its clock after we asked, and
        // the answer took its way back (a commit, a busy machine) before we sleep from it. Counted
        // from the answer, a slow way back would hide in no round trip, and the message would be
        // taken to have arrived that much earlier than it can have
        inFlight.put(chatId, new InFlight(booking.slot(), booking.askedNanos() + TimeUnit.MICROSECONDS.toNanos(booking.waitMicros())));
        sleepMicros(booking.waitMicros());
        return;
      }
      sleepMicros(Math.min(Math.abs(booking.waitMicros()), MAX_WAIT_MICROS)); // the chat's own limits
    }
  }

  /**
   * One try, one call ({@code pace_book}, migration V7): books the next overall slot for
   * {@code chatId} if its limits allow it, the slot is within {@code horizon} and fewer than the
   * overall limit of messages can have arrived at Telegram within the window before it.
   *
   * @return granted with the microseconds until the slot; or not granted with the wait before the
   *     next try: positive while the chat's own limits hold it, negative while only the overall
   *     pace does
   */
  private Booking book(long chatId, boolean group, long horizon) {
    return db.writeOne("booking a message to chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT granted, wait, slot FROM pace_book(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, chatId);
        s.setBoolean(2, group);
        s.setLong(3, Math.min(horizon, Long.MAX_VALUE / 4));
        s.setLong(4, spacing);
        s.setLong(5, chatInterval);
        s.setLong(6, groupWindow);
        s.setInt(7, limits.groupPerMinute());
        s.setLong(8, overallWindow);
        s.setInt(9, limits.overallPerSecond());
        s.setLong(10, UNANSWERED_MICROS);
        long asked = System.nanoTime(); // after the pool's wait: the server reads its clock after this
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new SQLException("pace_book answered nothing for chat " + chatId);
          }
          return new Booking(r.getBoolean(1), r.getLong(2), r.getLong(3), asked);
        }
      }
    });
  }

  @Override
  public void sent(long chatId, boolean group) {
    long answered = System.nanoTime();
    InFlight sent = inFlight.remove(chatId);
    long[][] arrived = sent == null ? new long[][] {{}, {}} : arrivals.answered(sent, answered);
    db.writeOne("recording the answer to a message to chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT pace_sent(?, ?, ?, ?, ?)")) {
        s.setLong(1, chatId);
        s.setBoolean(2, group);
        s.setLong(3, chatInterval);
        s.setArray(4, c.createArrayOf("bigint", box(arrived[0])));
        s.setArray(5, c.createArrayOf("bigint", box(arrived[1])));
        s.executeQuery().close();
      }
      return null;
    });
  }

  /**
   * This instance's round trips and its recent messages: when an answer comes, when the message can
   * have arrived ({@link RoundTrips}); when the floor went down with it, the recent ones again.
   */
  private static final class Arrivals {
    private static final int RECENT = 64;
    private final RoundTrips roundTrips = new RoundTrips();
    /** {slot, round trip} of this instance's last answered messages, microseconds. */
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();

    /** The slots to record and when each can have arrived, on the server's clock. */
    synchronized long[][] answered(InFlight sent, long answeredNanos) {
      long roundTrip = Math.max(0, TimeUnit.NANOSECONDS.toMicros(answeredNanos - sent.localNanos()));
      boolean faster = roundTrips.record(roundTrip);
      recent.addLast(new long[] {sent.slot(), roundTrip});
      if (recent.size() > RECENT) {
        recent.removeFirst();
      }
      List<long[]> again = faster ? List.copyOf(recent) : List.of(recent.peekLast());
      long[][] out = new long[2][again.size()];
      for (int i = 0; i < again.size(); i++) {
        out[0][i] = again.get(i)[0];
        out[1][i] = roundTrips.arrivedBy(again.get(i)[0], again.get(i)[0] + again.get(i)[1]);
      }
      return out;
    }
  }

  private static Long[] box(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static void ensureRows(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO send_pace (chat_id) VALUES (?), (?) ON CONFLICT (chat_id) DO NOTHING")) {
      s.setLong(1, chatId);
      s.setLong(2, OVERALL);
      s.executeUpdate();
    }
  }

  private static long now(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + NOW); ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** When the group's quota of the last window lets one more through (0 if it does now). */
  private long groupFree(Connection c, long chatId, long now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT sent_at FROM group_sends WHERE chat_id = ? AND sent_at > ? "
        + "ORDER BY sent_at DESC LIMIT ?")) {
      s.setLong(1, chatId);
      s.setLong(2, now - groupWindow);
      s.setInt(3, limits.groupPerMinute());
      int count = 0;
      long oldest = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          count++;
          oldest = r.getLong(1);
        }
      }
      return count >= limits.groupPerMinute() ? oldest + groupWindow : 0;
    }
  }

  @Override
  public void backOff(long chatId, Duration retryAfter) {
    long micros = TimeUnit.NANOSECONDS.toMicros(Math.max(0, retryAfter.toNanos()));
    boolean overall = overallHit(chatId);
    db.write("pausing chat " + chatId + " for " + retryAfter, c -> {
      ensureRows(c, chatId);
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE send_pace SET paused_until = greatest(paused_until, " + NOW + " + ?) WHERE chat_id = ? OR chat_id = ?")) {
        s.setLong(1, micros);
        s.setLong(2, chatId);
        s.setLong(3, overall ? OVERALL : chatId);
        s.executeUpdate();
      }
      return null;
    });
  }

  /** Whether this 429 and another chat's within the last second say the overall limit was hit. */
  private synchronized boolean overallHit(long chatId) {
    long now = System.nanoTime();
    while (!recent429.isEmpty() && recent429.peekFirst()[1] < now - TimeUnit.SECONDS.toNanos(1)) {
      recent429.removeFirst();
    }
    recent429.addLast(new long[] {chatId, now});
    return recent429.stream().mapToLong(e -> e[0]).distinct().count() >= 2;
  }

  @Override
  public Duration chatWait(long chatId, boolean group) {
    return db.read("reading the limits of chat " + chatId, c -> {
      long free = 0;
      long now;
      try (PreparedStatement s = c.prepareStatement(
          "SELECT greatest(next_free, paused_until), " + NOW + " FROM send_pace WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            free = r.getLong(1);
            now = r.getLong(2);
          } else {
            now = now(c);
          }
        }
      }
      if (group) {
        free = Math.max(free, groupFree(c, chatId, now));
      }
      return free > now ? Duration.of(free - now, ChronoUnit.MICROS) : Duration.ZERO;
    });
  }

  /** Deletes the rows of chats that no limit concerns any more: at most every 30 s, by one caller. */
  private void sweepIfDue() {
    long last = lastSweep.get();
    long now = System.nanoTime();
    if (now - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    try {
      db.write("forgetting the limits of chats not sent to lately", c -> {
        long horizon = Math.max(chatInterval, groupWindow);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM send_pace WHERE chat_id <> ? "
            + "AND next_free < " + NOW + " - ? AND paused_until < " + NOW)) {
          s.setLong(1, OVERALL);
          s.setLong(2, horizon);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM overall_sends WHERE slot < " + NOW + " - ?")) {
          s.setLong(1, 2 * UNANSWERED_MICROS);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM group_sends WHERE sent_at < " + NOW + " - ?")) {
          s.setLong(1, groupWindow);
          s.executeUpdate();
        }
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warn("could not sweep the send budget; it is tried again in {} s", SWEEP_EVERY_NANOS / 1_000_000_000L, e);
    }
  }

  private static void sleepMicros(long micros) throws InterruptedException {
    if (micros > 0) {
      TimeUnit.MICROSECONDS.sleep(micros);
    }
  }

  @Override
  public String toString() {
    return "PostgresThrottle(" + limits + ")";
  }
}
