package org.pledgebot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.MemoryListings;
import org.pledgebot.pace.Throttle;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.telegram.EchoHandler;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramBot;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.Shipped;

/**
 * The Telegram path under a steady load, against the fake Bot API on loopback: from the moment an
 * update leaves getUpdates to the moment the answer's sendMessage reaches the API. Open loop: the
 * updates arrive at a fixed rate whatever the bot's speed, spread over many chats so that no chat
 * gets more than one message per {@code chats / rate} seconds. Used heap is sampled after a GC
 * every 10 s to show whether it stays flat. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx512m -cp %classpath org.pledgebot.bench.TelegramPathBench --duration PT10M"
 * </pre>
 *
 * Options: {@code --duration PT10M} (measured, after {@code --warmup PT20S}), {@code --rate 100}
 * (updates per second), {@code --chats 1000}, {@code --handler engine|echo}, {@code --workers 16}.
 */
public final class TelegramPathBench {

  private static final String TOKEN = "424242:bench-token";

  private TelegramPathBench() {}

  record Question(String language, String text) {}

  /** One update in flight: which chat, its id, and when it was queued. */
  record Pending(int updateId, long enqueuedNanos) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    Duration duration = Duration.parse(opts.getOrDefault("duration", "PT2M"));
    Duration warmup = Duration.parse(opts.getOrDefault("warmup", "PT20S"));
    int rate = Integer.parseInt(opts.getOrDefault("rate", "100"));
    int chats = Integer.parseInt(opts.getOrDefault("chats", "1000"));
    int workers = Integer.parseInt(opts.getOrDefault("workers", "16"));
    String handlerName = opts.getOrDefault("handler", "engine");

    List<Question> questions = questions();
    Path dir = Files.createTempDirectory("telegram-bench");
    PledgeSearch search = handlerName.equals("engine") ? Shipped.index() : null;
    SqliteStore store = handlerName.equals("engine") ? SqliteStore.open(dir.resolve("bench.db")) : null;
    ChatHandler handler =
        search != null ? new ChatEngine(search, store, store, new MemoryListings(10_000), ChatAdmins.EVERYONE) : new EchoHandler();

    int expected = (int) ((warmup.toMillis() + duration.toMillis()) * rate / 1000);
    long[] botLatency = new long[expected + rate];
    long[] endToEnd = new long[expected + rate];
    AtomicInteger measured = new AtomicInteger();
    AtomicLong answered = new AtomicLong();
    AtomicLong maxInWarmup = new AtomicLong();
    Map<Long, Pending> inFlight = new ConcurrentHashMap<>();
    long measureFrom = System.nanoTime() + warmup.toNanos() + TimeUnit.SECONDS.toNanos(2);

    try (FakeBotApi api = FakeBotApi.start(TOKEN)) {
      api.recordCalls(false);
      api.addPolicy(call -> {
        if (call.is("sendMessage")) {
          Pending pending = call.chatId() == null ? null : inFlight.remove(call.chatId());
          Long delivered = pending == null ? null : api.takeDeliveredNanos(pending.updateId());
          if (delivered != null) {
            answered.incrementAndGet();
            long bot = call.nanos() - delivered;
            if (pending.enqueuedNanos() < measureFrom) {
              maxInWarmup.accumulateAndGet(bot, Math::max);
            } else {
              int i = measured.getAndIncrement();
              if (i < botLatency.length) {
                botLatency[i] = bot;
                endToEnd[i] = call.nanos() - pending.enqueuedNanos();
              }
            }
          }
        }
        return null; // observe only: the fake answers as usual
      });

      TelegramBot bot = TelegramBot.builder(TOKEN, handler)
          .apiUrl(api.url())
          .throttle(Throttle.UNLIMITED)
          .workers(workers)
          .build();
      bot.start();

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      List<long[]> heap = new ArrayList<>(); // {seconds since measuring, used bytes after GC}
      ScheduledExecutorService load = Executors.newScheduledThreadPool(1);
      AtomicInteger sent = new AtomicInteger();
      long periodMicros = 1_000_000L / rate;
      load.scheduleAtFixedRate(() -> {
        int n = sent.getAndIncrement();
        long chat = 1 + (n % chats); // each chat once every chats / rate seconds
        Question q = questions.get(n % questions.size());
        // the fake numbers updates 1, 2, 3… in the order queued, and this is the only thread queuing:
        // the id is known before the update exists, so the answer cannot outrun the bookkeeping
        inFlight.put(chat, new Pending(n + 1, System.nanoTime()));
        api.enqueue(Updates.privateText(chat, q.language(), q.text()));
      }, 0, periodMicros, TimeUnit.MICROSECONDS);

      long start = System.nanoTime();
      long end = start + warmup.toNanos() + duration.toNanos();
      long nextReport = start;
      while (System.nanoTime() < end) {
        Thread.sleep(Math.max(1, Math.min(10_000, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
        if (System.nanoTime() >= measureFrom) {
          System.gc();
          long used = memory.getHeapMemoryUsage().getUsed();
          heap.add(new long[] {TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - measureFrom), used});
        }
        if (System.nanoTime() >= nextReport) {
          System.out.printf(Locale.ROOT, "%4ds  updates %d  answered %d  heap after GC %.1f MB%n",
              TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), sent.get(), answered.get(),
              heap.isEmpty() ? 0.0 : heap.get(heap.size() - 1)[1] / 1e6);
          nextReport += TimeUnit.SECONDS.toNanos(30);
        }
      }
      load.shutdownNow();
      Thread.sleep(2000); // the last answers
      int unanswered = sent.get() - (int) answered.get();
      bot.close();

      int n = Math.min(measured.get(), botLatency.length);
      report(handlerName, rate, chats, workers, warmup, duration, sent.get(), unanswered, n,
          Arrays.copyOf(botLatency, n), Arrays.copyOf(endToEnd, n), maxInWarmup.get(), heap);
    } finally {
      if (store != null) {
        store.close();
      }
      if (search != null) {
        search.close();
      }
    }
  }

  private static void report(String handler, int rate, int chats, int workers, Duration warmup, Duration duration,
      int updates, int unanswered, int n, long[] bot, long[] endToEnd, long maxInWarmup, List<long[]> heap) {
    Arrays.sort(bot);
    Arrays.sort(endToEnd);
    System.out.println();
    System.out.printf(Locale.ROOT, "handler %s, %d updates/s over %d chats, %d workers, Throttle.UNLIMITED%n",
        handler, rate, chats, workers);
    System.out.printf(Locale.ROOT, "run: %s warm-up + %s measured; %d updates sent, %d unanswered; %d measured%n",
        warmup, duration, updates, unanswered, n);
    System.out.printf(Locale.ROOT, "update delivered -> sendMessage received (ms): p50 %.2f  p90 %.2f  p99 %.2f"
        + "  p99.9 %.2f  max %.2f%n", ms(pct(bot, 50)), ms(pct(bot, 90)), ms(pct(bot, 99)), ms(pct(bot, 99.9)),
        ms(n == 0 ? 0 : bot[n - 1]));
    System.out.printf(Locale.ROOT, "update queued -> sendMessage received (ms):    p50 %.2f  p90 %.2f  p99 %.2f"
        + "  p99.9 %.2f  max %.2f%n", ms(pct(endToEnd, 50)), ms(pct(endToEnd, 90)), ms(pct(endToEnd, 99)),
        ms(pct(endToEnd, 99.9)), ms(n == 0 ? 0 : endToEnd[n - 1]));
    System.out.printf(Locale.ROOT, "max during warm-up (delivered -> sent): %.2f ms%n", ms(maxInWarmup));
    if (!heap.isEmpty()) {
      long min = heap.stream().mapToLong(h -> h[1]).min().orElse(0);
      long max = heap.stream().mapToLong(h -> h[1]).max().orElse(0);
      long first = heap.get(0)[1];
      long last = heap.get(heap.size() - 1)[1];
      System.out.printf(Locale.ROOT, "used heap after GC, %d samples: first %.1f MB, last %.1f MB, min %.1f MB,"
          + " max %.1f MB, slope %.3f MB/min%n", heap.size(), first / 1e6, last / 1e6, min / 1e6, max / 1e6,
          slopePerMinute(heap) / 1e6);
    }
  }

  private static long pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Least-squares slope of used heap over time, in bytes per minute. */
  private static double slopePerMinute(List<long[]> samples) {
    int n = samples.size();
    if (n < 2) {
      return 0;
    }
    double mx = samples.stream().mapToDouble(s -> s[0]).average().orElse(0);
    double my = samples.stream().mapToDouble(s -> s[1]).average().orElse(0);
    double num = 0;
    double den = 0;
    for (long[] s : samples) {
      num += (s[0] - mx) * (s[1] - my);
      den += (s[0] - mx) * (s[0] - mx);
    }
    return den == 0 ? 0 : num / den * 60;
  }

  /** The relevance set's questions, both languages, as users would type them. */
  private static List<Question> questions() throws Exception {
    List<Question> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/questions.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      out.add(new Question(cols[1].toLowerCase(Locale.ROOT), cols[2]));
    }
    return out;
  }
}
