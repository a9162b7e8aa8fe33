package org.pledgebot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresServer;
import org.pledgebot.store.PostgresStore;
import org.pledgebot.store.Store;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramLimits;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.BotInstance;
import org.pledgebot.testing.Shipped;

/**
 * Several shipped bots (child JVMs, webhook mode) on one embedded PostgreSQL server and one corpus
 * folder, behind one fake Bot API that posts updates to them in turn. Two measurements:
 *
 * <ul>
 *   <li>{@code --mode broadcast}: {@code --subscribers 500} chats follow a theme; a new pledge is
 *       dropped into the corpus; the fake enforces Telegram's limits (30/s overall, 1/s per chat,
 *       20/min per group) for all instances together. Reports the messages per second from the
 *       first alert to the last, the 429 answers, and each chat's count (exactly once?). With
 *       {@code --kill true}, the instance sending is killed (SIGKILL) a quarter of the way
 *       through: nothing lost, duplicates counted.
 *   <li>{@code --mode latency}: open loop, {@code --rate 100} questions per second round-robin
 *       over {@code --chats 1000} private chats and over the instances, for {@code --duration},
 *       after {@code --warmup}; Telegram's limits raised (rate settings at their maximum, no
 *       limits in the fake). Reports update posted to the webhook → reply received by the Bot API.
 * </ul>
 *
 * Run from the repository root, e.g.:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.pledgebot.bench.InstancesBench --mode broadcast --subscribers 500"
 * </pre>
 *
 * Other options: {@code --instances 2}, {@code --lease 30} (seconds, PLEDGEBOT_LEASE_SECONDS),
 * {@code --workers 16} (posting threads, latency mode), {@code --idle PT20S} (first report the bots'
 * CPU per second with no update, over that span), {@code --jvm "-XX:StartFlightRecording=..."}
 * (JVM options of the first instance only, e.g. to profile one bot).
 */
public final class InstancesBench {

  private InstancesBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    String mode = opts.getOrDefault("mode", "broadcast");
    int instances = Integer.parseInt(opts.getOrDefault("instances", "2"));
    Path root = Files.createTempDirectory("instances-bench");
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Path data = Files.createDirectories(root.resolve("data"));
    Path logs = Files.createDirectories(root.resolve("logs"));
    Shipped.copyCorpus(corpus);
    System.out.println("logs in " + logs);
    try (PostgresServer postgres = PostgresServer.start(); FakeBotApi api = FakeBotApi.start(BotInstance.TOKEN)) {
      PostgresConfig database = postgres.newDatabase();
      Map<String, String> env = new HashMap<>(Map.of("PLEDGEBOT_LEASE_SECONDS", opts.getOrDefault("lease", "30")));
      TelegramLimits limits = TelegramLimits.telegram();
      switch (mode) {
        case "broadcast" -> api.addPolicy(limits);
        case "latency" -> env.putAll(Map.of("PLEDGEBOT_RATE_GLOBAL", "1000", "PLEDGEBOT_RATE_CHAT", "30",
            "PLEDGEBOT_RATE_GROUP", "1200"));
        default -> throw new IllegalArgumentException("--mode " + mode + ": expected broadcast or latency");
      }
      List<BotInstance> bots = new ArrayList<>();
      try {
        for (int i = 0; i < instances; i++) {
          List<String> jvm = i == 0 && opts.containsKey("jvm") ? List.of(opts.get("jvm").trim().split("\\s+")) : List.of();
          bots.add(BotInstance.start("bot" + i, i == 0 ? api.url() : api.listen(), i, database, corpus, data, logs,
              env, jvm));
        }
        long t0 = System.nanoTime();
        for (BotInstance bot : bots) {
          bot.awaitHealthy(Duration.ofMinutes(2));
        }
        BotInstance.awaitRegistered(api, Duration.ofMinutes(1));
        System.out.printf(Locale.ROOT, "%d instances healthy in %.1f s%n", instances, (System.nanoTime() - t0) / 1e9);
        idle(bots, database, Duration.parse(opts.getOrDefault("idle", "PT0S")));
        if (mode.equals("broadcast")) {
          broadcast(api, limits, bots, database, corpus, Integer.parseInt(opts.getOrDefault("subscribers", "500")),
              Boolean.parseBoolean(opts.getOrDefault("kill", "false")));
        } else {
          latency(api, bots, database, Integer.parseInt(opts.getOrDefault("rate", "100")),
              Integer.parseInt(opts.getOrDefault("chats", "1000")),
              Duration.parse(opts.getOrDefault("duration", "PT60S")), Duration.parse(opts.getOrDefault("warmup", "PT20S")),
              Integer.parseInt(opts.getOrDefault("workers", "16")));
        }
      } finally {
        for (BotInstance bot : bots) { // SIGTERM first, so that a flight recording (--jvm) is written
          bot.process().destroy();
        }
        for (BotInstance bot : bots) {
          if (!bot.process().waitFor(20, TimeUnit.SECONDS)) {
            bot.process().destroyForcibly();
          }
        }
      }
    }
  }

  private static void broadcast(FakeBotApi api, TelegramLimits limits, List<BotInstance> bots,
      PostgresConfig database, Path corpus, int subscribers, boolean kill) throws Exception {
    long firstChat = 100_001;
    try (Store store = PostgresStore.open(database)) {
      for (long chat = firstChat; chat < firstChat + subscribers; chat++) {
        store.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      }
    }
    System.out.printf("%d chats subscribed to open-data%n", subscribers);
    String fragment = "New pledge: Japan";
    long dropped = System.nanoTime();
    BotInstance.dropPledge(corpus, "JP", "Japan");
    BotInstance killed = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (alerted(api, fragment).size() < subscribers && System.nanoTime() < deadline) {
      if (kill && killed == null) {
        List<FakeBotApi.Call> sent = sent(api, fragment);
        if (sent.size() >= subscribers / 4) {
          killed = bots.get(sent.get(sent.size() - 1).listener());
          killed.process().destroyForcibly();
          System.out.printf(Locale.ROOT, "killed %s (SIGKILL) after %d alerts, %.1f s after the drop%n", killed.name(),
              sent.size(), (System.nanoTime() - dropped) / 1e9);
        }
      }
      Thread.sleep(20);
    }
    Thread.sleep(3_000); // late duplicates
    List<FakeBotApi.Call> sent = sent(api, fragment);
    Map<Long, Long> perChat = alerted(api, fragment);
    long first = sent.get(0).nanos();
    long last = sent.get(sent.size() - 1).nanos();
    System.out.println();
    System.out.printf(Locale.ROOT, "alerts delivered: %d to %d of %d chats; %d chats twice, %d more than twice%n",
        sent.size(), perChat.size(), subscribers, perChat.values().stream().filter(n -> n == 2).count(),
        perChat.values().stream().filter(n -> n > 2).count());
    System.out.printf(Locale.ROOT, "file dropped → first alert %.2f s, → last alert %.2f s%n", (first - dropped) / 1e9,
        (last - dropped) / 1e9);
    System.out.printf(Locale.ROOT, "throughput first → last alert: %.1f messages/s%n",
        (sent.size() - 1) / ((last - first) / 1e9));
    System.out.printf(Locale.ROOT, "Bot API answers 429: %d (%s)%n", limits.refused(), limits.refusedBy());
    Map<Integer, Long> byInstance = sent.stream().collect(Collectors.groupingBy(FakeBotApi.Call::listener,
        TreeMap::new, Collectors.counting()));
    System.out.println("alerts by instance: " + byInstance);
  }

  /** The alerts Telegram accepted, in arrival order. */
  private static List<FakeBotApi.Call> sent(FakeBotApi api, String fragment) {
    return api.calls("sendMessage").stream()
        .filter(c -> c.status() == 200 && c.text() != null && c.text().contains(fragment)).toList();
  }

  private static Map<Long, Long> alerted(FakeBotApi api, String fragment) {
    return sent(api, fragment).stream().collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
  }

  record Question(String language, String text) {}

  /** CPU time so far of the bot JVMs and of the PostgreSQL server (its postmaster and every backend), and its transactions. */
  record Cost(Duration bots, Duration postgres, long transactions) {
    static Cost now(List<BotInstance> bots, PostgresConfig database) throws SQLException {
      Duration botCpu = Duration.ZERO;
      for (BotInstance bot : bots) {
        botCpu = botCpu.plus(bot.process().info().totalCpuDuration().orElse(Duration.ZERO));
      }
      try (Connection c = DriverManager.getConnection(database.url(), database.user().orElse(null),
          database.password().orElse(null)); Statement s = c.createStatement()) {
        long transactions;
        long backend;
        try (ResultSet r = s.executeQuery("SELECT pg_stat_force_next_flush()")) {
          r.next();
        } catch (SQLException older) {
          // before PostgreSQL 15 the statistics arrive within half a second anyway
        }
        try (ResultSet r = s.executeQuery("SELECT xact_commit + xact_rollback, pg_backend_pid() FROM pg_stat_database "
            + "WHERE datname = current_database()")) {
          r.next();
          transactions = r.getLong(1);
          backend = r.getLong(2);
        }
        ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
        Duration pgCpu = postmaster.info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : postmaster.children().toList()) {
          pgCpu = pgCpu.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return new Cost(botCpu, pgCpu, transactions);
      }
    }
  }

  /** Reports the bots' CPU per second while no update arrives, over {@code span} (none when zero). */
  private static void idle(List<BotInstance> bots, PostgresConfig database, Duration span) throws Exception {
    if (span.isZero()) {
      return;
    }
    Thread.sleep(5_000); // let start-up work (index, registration) settle
    Cost before = Cost.now(bots, database);
    Thread.sleep(span.toMillis());
    Cost after = Cost.now(bots, database);
    System.out.printf(Locale.ROOT, "idle over %s: bot CPU %.2f ms/s (%d instances), PostgreSQL CPU %.2f ms/s%n", span,
        after.bots().minus(before.bots()).toNanos() / 1e6 / span.toSeconds(), bots.size(),
        after.postgres().minus(before.postgres()).toNanos() / 1e6 / span.toSeconds());
  }

  private static void latency(FakeBotApi api, List<BotInstance> bots, PostgresConfig database, int rate, int chats, Duration duration,
      Duration warmup, int workers) throws Exception {
    List<Question> questions = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/questions.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cols = line.split("\t");
        questions.add(new Question(cols[1].toLowerCase(Locale.ROOT), cols[2]));
      }
    }
    api.recordCalls(false);
    Map<Long, Long> postedAt = new ConcurrentHashMap<>(); // chat → when its question was posted
    long measureFrom = System.nanoTime() + warmup.toNanos();
    long end = measureFrom + duration.toNanos();
    long[] latencies = new long[(int) (rate * (duration.toSeconds() + 5))];
    AtomicInteger measured = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    AtomicLong refusedPosts = new AtomicLong();
    api.addPolicy(call -> {
      Long chat = call.chatId();
      if (call.is("sendMessage") && chat != null) {
        Long posted = postedAt.remove(chat);
        if (posted != null) {
          answered.incrementAndGet();
          if (posted >= measureFrom && posted < end) {
            int i = measured.getAndIncrement();
            if (i < latencies.length) {
              latencies[i] = call.nanos() - posted;
            }
          }
        }
      }
      return null;
    });
    ExecutorService posters = Executors.newFixedThreadPool(workers);
    ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger n = new AtomicInteger();
    AtomicInteger postedInWindow = new AtomicInteger();
    load.scheduleAtFixedRate(() -> {
      int i = n.getAndIncrement();
      long chat = 200_001 + i % chats;
      Question q = questions.get(i % questions.size());
      ObjectNode update = Updates.privateText(chat, q.language(), q.text());
      api.number(update);
      BotInstance bot = bots.get(i % bots.size());
      posters.execute(() -> {
        long now = System.nanoTime();
        postedAt.put(chat, now);
        if (now >= measureFrom && now < end) {
          postedInWindow.incrementAndGet();
        }
        try {
          if (api.postWebhook(bot.base(), update) != 200) {
            refusedPosts.incrementAndGet();
          }
        } catch (Exception e) {
          refusedPosts.incrementAndGet();
        }
      });
    }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
    Cost before = null;
    int answeredBefore = 0;
    Cost after = null;
    int answeredAfter = 0;
    while (System.nanoTime() < end + TimeUnit.SECONDS.toNanos(3)) {
      long next = before == null ? measureFrom : after == null ? end : end + TimeUnit.SECONDS.toNanos(3);
      Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()), 10_000)));
      if (before == null && System.nanoTime() >= measureFrom) {
        answeredBefore = answered.get();
        before = Cost.now(bots, database);
      } else if (after == null && System.nanoTime() >= end) {
        answeredAfter = answered.get();
        after = Cost.now(bots, database);
      }
      System.out.printf(Locale.ROOT, "%5.0f s: posted %d, answered %d%n", (System.nanoTime() - measureFrom) / 1e9,
          n.get(), answered.get());
    }
    load.shutdownNow();
    posters.shutdownNow();
    int count = Math.min(measured.get(), latencies.length);
    long[] window = Arrays.copyOf(latencies, count);
    Arrays.sort(window);
    System.out.println();
    System.out.printf(Locale.ROOT, "%d instances, %d updates/s over %d chats, %s measured after %s warm-up%n",
        bots.size(), rate, chats, duration, warmup);
    System.out.printf(Locale.ROOT, "posted in the window %d, answered %d, posts not answered 200: %d%n",
        postedInWindow.get(), count, refusedPosts.get());
    if (before != null && after != null && answeredAfter > answeredBefore) {
      int updates = answeredAfter - answeredBefore;
      System.out.printf(Locale.ROOT, "per update answered in the window (%d): bot CPU %.2f ms, PostgreSQL CPU %.2f ms, "
          + "transactions %.2f%n", updates, after.bots().minus(before.bots()).toNanos() / 1e6 / updates,
          after.postgres().minus(before.postgres()).toNanos() / 1e6 / updates,
          (after.transactions() - before.transactions()) / (double) updates);
    }
    System.out.printf(Locale.ROOT, "update posted → reply received (ms): p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        Percentiles.ms(Percentiles.of(window, 50)), Percentiles.ms(Percentiles.of(window, 90)),
        Percentiles.ms(Percentiles.of(window, 99)), Percentiles.ms(Percentiles.of(window, 99.9)),
        Percentiles.ms(count == 0 ? 0 : window[count - 1]));
  }
}
