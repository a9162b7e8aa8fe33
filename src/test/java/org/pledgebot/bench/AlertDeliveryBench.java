package org.pledgebot.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.ForwardingOutbox;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.SavedQueries;
import org.pledgebot.alerts.Target;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.MemoryListings;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;
import org.pledgebot.pace.RateLimiter;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.Throttle;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresStore;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramBot;
import org.pledgebot.telegram.TelegramLimits;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.Shipped;

/**
 * A broadcast: one new pledge alerts {@code --chats} private chats and {@code --groups} groups,
 * delivered by the bot as it runs in production (the real {@link TelegramBot} client, the shipped
 * limits, {@link AlertDispatcher} with its default settings, a store on disk) to the fake Bot API
 * on loopback, which enforces Telegram's limits and answers 429 to any message beyond them, after
 * {@code --latency-ms} of round trip (half on the way in, half on the way out: a server far from
 * Telegram's data centres). Measures the time from the alerts being queued to the last one
 * delivered, the rate overall and between the 10th and 90th percent of the alerts, the 429s, and
 * that every chat got exactly one alert.
 *
 * <p>{@code --store sqlite} (the default) keeps a SQLite file and the in-memory
 * {@link RateLimiter}; {@code --store postgres} starts an embedded PostgreSQL server whose data
 * directory is under {@code --dir}, and each instance paces itself through the database
 * ({@link PostgresStore#throttle}). {@code --instances 2} (PostgreSQL only) runs two bots in this
 * JVM, each with its own store pool, client, throttle and dispatcher, sharing the database: both
 * deliver the one broadcast.
 *
 * <p>With {@code --questions N}, users of alerted chats picked at random also ask N questions per
 * second (the relevance set's, in turn) through getUpdates, answered by the real {@link ChatEngine} on
 * the shipped corpus while the broadcast runs; their latency is from the update being queued to
 * the answer's sendMessage reaching the fake. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx512m -cp %classpath org.pledgebot.bench.AlertDeliveryBench --chats 200 --groups 0 \
 *   --latency-ms 100 --store postgres --instances 2"
 * </pre>
 *
 * Options: {@code --chats 1000}, {@code --groups 5}, {@code --questions 0} (per second),
 * {@code --latency-ms 0}, {@code --store sqlite}, {@code --instances 1}, {@code --sends 8} (sends in
 * flight per instance), {@code --dir target/bench}
 * (where the store's files go: a real disk, not a RAM file system, unless that is what is measured).
 */
public final class AlertDeliveryBench {

  private static final String TOKEN = "424242:bench-token";

  private AlertDeliveryBench() {}

  /** A question in flight: its update id and when it was queued. */
  record Pending(int updateId, long enqueuedNanos) {}

  /** One bot: its store, client and dispatcher. */
  private record Instance(Store store, TelegramBot bot, TimedOutbox outbox, AlertDispatcher dispatcher) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    int chats = Integer.parseInt(opts.getOrDefault("chats", "1000"));
    int groups = Integer.parseInt(opts.getOrDefault("groups", "5"));
    int questionRate = Integer.parseInt(opts.getOrDefault("questions", "0"));
    Duration latency = Duration.ofNanos(Math.round(Double.parseDouble(opts.getOrDefault("latency-ms", "0")) * 1e6));
    String storeKind = opts.getOrDefault("store", "sqlite");
    int instances = Integer.parseInt(opts.getOrDefault("instances", "1"));
    int sends = Integer.parseInt(opts.getOrDefault("sends", String.valueOf(AlertDispatcher.Settings.SENDS_IN_FLIGHT)));
    if (!List.of("sqlite", "postgres").contains(storeKind) || instances < 1
        || (instances > 1 && storeKind.equals("sqlite"))) {
      throw new IllegalArgumentException("--store sqlite (one instance) or postgres (any), got " + storeKind + " with "
          + instances + " instances");
    }
    int expected = chats + groups;

    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    Pledge news = Synthetic.corpus(shipped, 1).pledges().get(0);
    String theme = news.themes().get(0);
    List<Synthetic.Typed> questions = Synthetic.typedQuestions();
    Path base = Path.of(opts.getOrDefault("dir", "target/bench"));
    Files.createDirectories(base);
    Path dir = Files.createTempDirectory(base, "alert-delivery-bench");

    List<Long> alertNanos = Collections.synchronizedList(new ArrayList<>());
    Map<Long, Long> alertedAt = new ConcurrentHashMap<>(); // chat -> when its alert went out
    Map<Long, Integer> alertsByChat = new ConcurrentHashMap<>();
    Map<Long, Pending> asked = new ConcurrentHashMap<>();
    // {queued -> sent, delivered -> sent, chat, sent}
    List<long[]> answers = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger answerCalls = new AtomicInteger();

    EmbeddedPostgres postgres = storeKind.equals("postgres")
        ? EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true)
            .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
            .start()
        : null;
    List<Instance> bots = new ArrayList<>();
    try (FakeBotApi api = FakeBotApi.start(TOKEN);
        PledgeSearch search = Shipped.index()) {
      api.recordCalls(false);
      api.latency(latency);
      TelegramLimits limits = TelegramLimits.telegram();
      api.addPolicy(limits);
      // after the limits: sees only the messages they let through
      api.addPolicy(call -> {
        if (call.is("sendMessage") && call.chatId() != null) {
          if (call.params().toString().contains("unsub:")) {
            alertNanos.add(call.nanos());
            alertedAt.put(call.chatId(), call.nanos());
            alertsByChat.merge(call.chatId(), 1, Integer::sum);
          } else {
            answerCalls.incrementAndGet();
            Pending p = asked.remove(call.chatId());
            Long delivered = p == null ? null : api.takeDeliveredNanos(p.updateId());
            if (p != null) {
              answers.add(new long[] {call.nanos() - p.enqueuedNanos(), delivered == null ? -1 : call.nanos() - delivered,
                  call.chatId(), call.nanos()});
            }
          }
        }
        return null;
      });

      // as BotCommand builds it from the shipped settings (30/s, 1/s per chat, 20/min per group)
      RateLimits shippedLimits = new RateLimits(30, Duration.ofMillis(1000 / 1), 20, RateLimits.telegram().margin());
      for (int i = 0; i < instances; i++) {
        Store store = postgres == null ? SqliteStore.open(dir.resolve("pledgebot.db"))
            : PostgresStore.open(new PostgresConfig(postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"),
                Optional.empty()));
        Throttle throttle = store instanceof PostgresStore shared ? shared.throttle(shippedLimits)
            : new RateLimiter(shippedLimits);
        ChatEngine engine = new ChatEngine(search, store, store, new MemoryListings(10_000), ChatAdmins.EVERYONE);
        TelegramBot bot = TelegramBot.builder(TOKEN, engine).apiUrl(api.url()).throttle(throttle).build();
        TimedOutbox outbox = new TimedOutbox(store);
        AlertDispatcher dispatcher = new AlertDispatcher(outbox, bot.alertSender(), new AlertText(thesaurus),
            search.pledgers()::byId,
            AlertDispatcher.Settings.defaults().withCloseGrace(Duration.ofSeconds(2)).withSendsInFlight(sends),
            Clock.systemUTC());
        bots.add(new Instance(store, bot, outbox, dispatcher));
      }
      Store store = bots.get(0).store();
      ScheduledExecutorService load = Executors.newScheduledThreadPool(1);
      try {
        for (long chat = 1; chat <= chats; chat++) {
          store.subscribe(chat, ChatType.PRIVATE, new Target.Theme(theme), chat % 3 == 0 ? Lang.FR : Lang.EN);
        }
        for (int g = 1; g <= groups; g++) {
          store.subscribe(-1_000_000_000_000L - g, ChatType.SUPERGROUP, new Target.Theme(theme), Lang.EN);
        }
        NewPledges pledges = new NewPledges(store, new SavedQueries(new PledgeMatcher(thesaurus)), () -> {
          bots.forEach(b -> b.dispatcher().wake());
        });
        pledges.synced(shipped);
        // a bot that has been running is warm: its client has parsed answers before (the first
        // ones load and compile the JSON mapping, seconds on a busy machine), its connections are open
        for (Instance b : bots) {
          for (long chat = 1; chat <= 2 * AlertDispatcher.Settings.SENDS_IN_FLIGHT; chat++) {
            b.bot().alertSender().send(2_000_000_000L + chat, ChatType.PRIVATE, "warm-up", Keyboard.NONE);
          }
        }
        Thread.sleep(1_100); // out of the fake's one-second window
        bots.get(0).bot().start(); // getUpdates is one poller's
        bots.forEach(b -> b.dispatcher().start());

        AtomicInteger sent = new AtomicInteger();
        Random random = new Random(11);
        if (questionRate > 0) {
          load.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            // any alerted chat, so some ask just after their alert and must wait for Telegram's 1 s per chat
            long chat = 1 + random.nextInt(chats);
            while (asked.containsKey(chat)) {
              chat = 1 + random.nextInt(chats); // one question in flight per chat, for the bookkeeping
            }
            Synthetic.Typed q = questions.get(n % questions.size());
            // the fake numbers updates 1, 2, 3… and only this thread queues them: the id is known
            // before the update exists, so the answer cannot outrun the bookkeeping
            asked.put(chat, new Pending(n + 1, System.nanoTime()));
            api.enqueue(Updates.privateText(chat, q.lang().code(), q.text()));
          }, 0, 1_000_000L / questionRate, TimeUnit.MICROSECONDS);
          Thread.sleep(3_000); // the engine's first answers, while the JIT compiles, are not the broadcast's
          answers.clear();
        }

        search.upsert(news); // what the corpus watcher does before offering the pledge
        long offered = System.nanoTime();
        NewPledges.Outcome outcome = pledges.offer(news);
        long queued = System.nanoTime();
        int answersBefore = answerCalls.get();
        while (store.nextDue().isPresent() || alertNanos.size() < outcome.alertsQueued()) {
          if (System.nanoTime() - queued > TimeUnit.MINUTES.toNanos(5)) {
            throw new IllegalStateException("not delivered within 5 minutes: " + alertNanos.size() + " of "
                + outcome.alertsQueued() + ", 429s " + limits.refusedBy());
          }
          Thread.sleep(20);
        }
        int answersDuring = answerCalls.get() - answersBefore;
        load.shutdownNow();
        Thread.sleep(questionRate > 0 ? 2_000 : 0); // the last answers

        System.out.printf(Locale.ROOT, "%n%s, %d instance(s), %d sends in flight each, API round trip %.1f ms,"
            + " store in %s%n", storeKind, instances, sends, latency.toNanos() / 1e6, dir.toAbsolutePath());
        report(expected, outcome.alertsQueued(), (queued - offered), queued, alertNanos, alertsByChat, limits,
            questionRate, sent.get(), answers, answersDuring);
        List<long[]> commits = new ArrayList<>();
        for (Instance b : bots) {
          synchronized (b.outbox().commits) {
            commits.addAll(b.outbox().commits);
          }
        }
        System.out.println("outcome commits (Outbox.record, one per group of sends): "
            + Percentiles.summary(commits.stream().mapToLong(m -> m[1] - m[0]).toArray()) + ", " + commits.size()
            + " commits, " + bots.stream().mapToInt(b -> b.outbox().recorded.get()).sum() + " outcomes");
        stalls(alertedAt, answers, commits);
      } finally {
        load.shutdownNow();
        for (Instance b : bots) {
          b.dispatcher().close();
          b.bot().close();
          b.store().close();
        }
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void report(int expected, int queuedAlerts, long offerNanos, long queued, List<Long> alertNanos,
      Map<Long, Integer> alertsByChat, TelegramLimits limits, int questionRate, int questionsSent,
      List<long[]> answers, int answersDuring) {
    List<Long> times = new ArrayList<>(alertNanos);
    Collections.sort(times);
    int n = times.size();
    double wall = (times.get(n - 1) - queued) / 1e9;
    int i10 = n / 10;
    int i90 = n * 9 / 10;
    double middle = (i90 - i10) / ((times.get(i90) - times.get(i10)) / 1e9);
    TreeMap<Long, Integer> perSecond = new TreeMap<>();
    for (long t : times) {
      perSecond.merge((t - times.get(0)) / 1_000_000_000L, 1, Integer::sum);
    }
    List<Integer> fullSeconds = new ArrayList<>(perSecond.values()).subList(1, Math.max(1, perSecond.size() - 1));
    long exactlyOnce = alertsByChat.values().stream().filter(c -> c == 1).count();

    System.out.println();
    System.out.printf(Locale.ROOT, "alerts: %d expected, %d queued (offer() took %.1f ms), %d delivered to %d chats,"
        + " %d chats exactly once%n", expected, queuedAlerts, offerNanos / 1e6, n, alertsByChat.size(), exactlyOnce);
    System.out.printf(Locale.ROOT, "duplicates: %d alerts to %d chats%n",
        alertsByChat.values().stream().mapToInt(c -> c - 1).sum(), alertsByChat.values().stream().filter(c -> c > 1)
            .count());
    System.out.printf(Locale.ROOT, "queued -> first alert %.0f ms, queued -> last alert %.2f s%n",
        (times.get(0) - queued) / 1e6, wall);
    System.out.printf(Locale.ROOT, "alert rate: overall %.2f/s, sustained (10%%..90%% of alerts) %.2f/s,"
        + " whole seconds min %d max %d%n", n / wall, middle,
        fullSeconds.stream().mapToInt(Integer::intValue).min().orElse(0),
        fullSeconds.stream().mapToInt(Integer::intValue).max().orElse(0));
    System.out.printf(Locale.ROOT, "429 answers from the fake: %d %s; messages it accepted: %d%n", limits.refused(),
        limits.refusedBy(), limits.accepted());
    if (questionRate > 0) {
      long[] queuedToSent = answers.stream().mapToLong(a -> a[0]).toArray();
      long[] deliveredToSent = answers.stream().mapToLong(a -> a[1]).filter(v -> v >= 0).toArray();
      System.out.printf(Locale.ROOT, "questions: %d/s, %d asked in all, %d answers during the broadcast"
          + " (%.2f/s), all messages during it %.2f/s%n", questionRate, questionsSent, answersDuring,
          answersDuring / wall, (n + answersDuring) / wall);
      System.out.println("answer latency, update queued -> sendMessage (ms):    " + Percentiles.summary(queuedToSent));
      System.out.println("answer latency, update delivered -> sendMessage (ms): " + Percentiles.summary(deliveredToSent));
    }
  }

  /**
   * Why things waited. Alert gaps of over 200 ms (the pace is one per 35 ms) and answers of over
   * 200 ms, each put down to the first cause that fits: Telegram's 1 s per chat (the alert's chat
   * was answered, or the answer's chat alerted, within the second before), or a markSent commit
   * of outcomes of over 100 ms overlapping it (the store's one connection is locked meanwhile, and answers read
   * the chat's language from it), or neither.
   */
  private static void stalls(Map<Long, Long> alertedAt, List<long[]> answers, List<long[]> commits) {
    List<long[]> alerts = alertedAt.entrySet().stream().map(e -> new long[] {e.getKey(), e.getValue()})
        .sorted((a, b) -> Long.compare(a[1], b[1])).toList();
    List<long[]> answered;
    synchronized (answers) {
      answered = List.copyOf(answers);
    }
    List<long[]> slowCommits;
    synchronized (commits) {
      slowCommits = commits.stream().filter(c -> c[1] - c[0] > TimeUnit.MILLISECONDS.toNanos(100)).toList();
    }
    Map<Long, List<Long>> answeredAt = new ConcurrentHashMap<>();
    answered.forEach(a -> answeredAt.computeIfAbsent(a[2], c -> new ArrayList<>()).add(a[3]));
    long second = TimeUnit.MILLISECONDS.toNanos(1_100);
    long slow = TimeUnit.MILLISECONDS.toNanos(200);
    int[] gaps = new int[3];
    List<String> otherAt = new ArrayList<>();
    long[] lost = new long[3];
    for (int i = 1; i < alerts.size(); i++) {
      long from = alerts.get(i - 1)[1];
      long to = alerts.get(i)[1];
      if (to - from > slow) {
        int cause = answeredAt.getOrDefault(alerts.get(i)[0], List.of()).stream().anyMatch(t -> t < to && to - t < second)
            ? 0 : overlaps(slowCommits, from, to) ? 1 : 2;
        gaps[cause]++;
        lost[cause] += to - from;
        if (cause == 2) {
          otherAt.add("after alert " + i + " (" + (to - from) / 1_000_000 + " ms)");
        }
      }
    }
    int[] answers200 = new int[3];
    for (long[] a : answered) {
      if (a[0] > slow) {
        Long alerted = alertedAt.get(a[2]);
        answers200[alerted != null && alerted < a[3] && a[3] - alerted < second ? 0
            : overlaps(slowCommits, a[3] - a[0], a[3]) ? 1 : 2]++;
      }
    }
    System.out.printf(Locale.ROOT, "alert gaps over 200 ms: %d behind a chat answered in the second before (%.1f s),"
        + " %d during a slow commit (%.1f s), %d other (%.1f s)%n", gaps[0], lost[0] / 1e9, gaps[1], lost[1] / 1e9,
        gaps[2], lost[2] / 1e9);
    if (!otherAt.isEmpty()) {
      System.out.println("other gaps: " + String.join(", ", otherAt));
    }
    System.out.printf(Locale.ROOT, "answers over 200 ms: %d to a chat alerted in the second before, %d during a slow"
        + " commit, %d other; commits over 100 ms: %d%n", answers200[0], answers200[1], answers200[2],
        slowCommits.size());
  }

  private static boolean overlaps(List<long[]> intervals, long from, long to) {
    return intervals.stream().anyMatch(c -> c[0] < to && c[1] > from);
  }

  /** The store as the dispatcher's outbox, timing each commit of outcomes: a slow one holds the store. */
  private static final class TimedOutbox extends ForwardingOutbox {
    /** {start, end} of every commit of outcomes, in nanoseconds. */
    final List<long[]> commits = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger recorded = new AtomicInteger();

    TimedOutbox(Store store) {
      super(store);
    }

    @Override
    public int record(List<Outcome> outcomes) {
      long start = System.nanoTime();
      int changed = super.record(outcomes);
      commits.add(new long[] {start, System.nanoTime()});
      recorded.addAndGet(outcomes.size());
      return changed;
    }
  }

}
