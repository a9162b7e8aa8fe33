package org.pledgebot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.SavedQueries;
import org.pledgebot.alerts.Target;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.ChatType;
import org.pledgebot.pace.RateLimiter;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.AlertRecord;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramBot;
import org.pledgebot.telegram.TelegramLimits;
import org.pledgebot.telegram.Updates;
import org.pledgebot.testing.Shipped;

/**
 * A broadcast: one new pledge alerts {@code --chats} private chats and {@code --groups} groups,
 * delivered by the bot as it runs in production (the real {@link TelegramBot} client, a
 * {@link RateLimiter} with the shipped limits, {@link AlertDispatcher} with its default settings,
 * a SQLite {@link SqliteStore}) to the fake Bot API on loopback, which enforces Telegram's limits and
 * answers 429 to any message beyond them. Measures the time from the alerts being queued to the
 * last one delivered, the rate overall and between the 10th and 90th percent of the alerts, the
 * 429s, and that every chat got exactly one alert.
 *
 * <p>With {@code --questions N}, users of alerted chats picked at random also ask N questions per
 * second (the relevance set's, in turn) through getUpdates, answered by the real {@link ChatEngine} on
 * the shipped corpus while the broadcast runs; their latency is from the update being queued to
 * the answer's sendMessage reaching the fake. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx512m -cp %classpath org.pledgebot.bench.AlertDeliveryBench --questions 0"
 * </pre>
 *
 * Options: {@code --chats 1000}, {@code --groups 5}, {@code --questions 0} (per second), {@code --tmp}
 * (where the store's temporary directory goes, e.g. {@code /dev/shm}; default the system's).
 */
public final class AlertDeliveryBench {

  private static final String TOKEN = "424242:bench-token";

  private AlertDeliveryBench() {}

  /** A question in flight: its update id and when it was queued. */
  record Pending(int updateId, long enqueuedNanos) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    int chats = Integer.parseInt(opts.getOrDefault("chats", "1000"));
    int groups = Integer.parseInt(opts.getOrDefault("groups", "5"));
    int questionRate = Integer.parseInt(opts.getOrDefault("questions", "0"));
    int expected = chats + groups;

    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    Pledge news = Synthetic.corpus(shipped, 1).pledges().get(0);
    String theme = news.themes().get(0);
    List<Synthetic.Typed> questions = Synthetic.typedQuestions();
    // --tmp /dev/shm keeps the store off the disk, to tell the bot's own pace from the disk's
    Path dir = Files.createTempDirectory(Path.of(opts.getOrDefault("tmp", System.getProperty("java.io.tmpdir"))),
        "alert-delivery-bench");

    List<Long> alertNanos = Collections.synchronizedList(new ArrayList<>());
    Map<Long, Long> alertedAt = new ConcurrentHashMap<>(); // chat -> when its alert went out
    Map<Long, Integer> alertsByChat = new ConcurrentHashMap<>();
    Map<Long, Pending> asked = new ConcurrentHashMap<>();
    // {queued -> sent, delivered -> sent, chat, sent}
    List<long[]> answers = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger answerCalls = new AtomicInteger();

    try (FakeBotApi api = FakeBotApi.start(TOKEN);
        PledgeSearch search = Shipped.index();
        Store store = SqliteStore.open(dir.resolve("pledgebot.db"))) {
      StoreInspector inspect = new StoreInspector(dir.resolve("pledgebot.db"));
      api.recordCalls(false);
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
      ChatEngine engine = new ChatEngine(search, store, store);
      TelegramBot bot = TelegramBot.builder(TOKEN, engine).apiUrl(api.url())
          .throttle(new RateLimiter(shippedLimits)).build();
      AlertDispatcher.Settings defaults = AlertDispatcher.Settings.defaults();
      TimedOutbox outbox = new TimedOutbox(store);
      AlertDispatcher dispatcher = new AlertDispatcher(outbox, bot.alertSender(), new AlertText(thesaurus),
          search.pledgers()::byId, defaults.withCloseGrace(Duration.ofSeconds(2)),
          Clock.systemUTC());
      ScheduledExecutorService load = Executors.newScheduledThreadPool(1);
      try {
        for (long chat = 1; chat <= chats; chat++) {
          store.subscribe(chat, ChatType.PRIVATE, new Target.Theme(theme), chat % 3 == 0 ? Lang.FR : Lang.EN);
        }
        for (int g = 1; g <= groups; g++) {
          store.subscribe(-1_000_000_000_000L - g, ChatType.SUPERGROUP, new Target.Theme(theme), Lang.EN);
        }
        NewPledges pledges = new NewPledges(store, new SavedQueries(new PledgeMatcher(thesaurus)), dispatcher::wake);
        pledges.synced(shipped);
        bot.start();
        dispatcher.start();

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
        while (inspect.alertCount(AlertRecord.Status.PENDING) > 0 || alertNanos.size() < outcome.alertsQueued()) {
          if (System.nanoTime() - queued > TimeUnit.MINUTES.toNanos(5)) {
            throw new IllegalStateException("not delivered within 5 minutes: " + alertNanos.size() + " of "
                + outcome.alertsQueued() + ", 429s " + limits.refusedBy());
          }
          Thread.sleep(20);
        }
        int answersDuring = answerCalls.get() - answersBefore;
        load.shutdownNow();
        Thread.sleep(questionRate > 0 ? 2_000 : 0); // the last answers

        report(expected, outcome.alertsQueued(), (queued - offered), queued, alertNanos, alertsByChat, limits, inspect,
            questionRate, sent.get(), answers, answersDuring);
        System.out.println("markSent (one SQLite commit each, synchronous=FULL): "
            + Percentiles.summary(outbox.markSentNanos()));
        stalls(alertedAt, answers, outbox.markSent);
      } finally {
        load.shutdownNow();
        dispatcher.close();
        bot.close();
      }
    } finally {
      for (String name : new String[] {"pledgebot.db-wal", "pledgebot.db-shm", "pledgebot.db"}) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    }
  }

  private static void report(int expected, int queuedAlerts, long offerNanos, long queued, List<Long> alertNanos,
      Map<Long, Integer> alertsByChat, TelegramLimits limits, StoreInspector inspect, int questionRate,
      int questionsSent,
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
    System.out.printf(Locale.ROOT, "store: %d sent, %d pending, %d dropped%n",
        inspect.alertCount(AlertRecord.Status.SENT), inspect.alertCount(AlertRecord.Status.PENDING),
        inspect.alertCount(AlertRecord.Status.DROPPED));
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
   * of over 100 ms overlapping it (the store's one connection is locked meanwhile, and answers read
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
    long[] lost = new long[3];
    for (int i = 1; i < alerts.size(); i++) {
      long from = alerts.get(i - 1)[1];
      long to = alerts.get(i)[1];
      if (to - from > slow) {
        int cause = answeredAt.getOrDefault(alerts.get(i)[0], List.of()).stream().anyMatch(t -> t < to && to - t < second)
            ? 0 : overlaps(slowCommits, from, to) ? 1 : 2;
        gaps[cause]++;
        lost[cause] += to - from;
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
    System.out.printf(Locale.ROOT, "answers over 200 ms: %d to a chat alerted in the second before, %d during a slow"
        + " commit, %d other; commits over 100 ms: %d%n", answers200[0], answers200[1], answers200[2],
        slowCommits.size());
  }

  private static boolean overlaps(List<long[]> intervals, long from, long to) {
    return intervals.stream().anyMatch(c -> c[0] < to && c[1] > from);
  }

  /** The store as the dispatcher's outbox, timing each markSent: a slow commit stalls the broadcast. */
  private static final class TimedOutbox implements Outbox {

    private final Store store;
    /** {start, end} of every markSent, in nanoseconds. */
    final List<long[]> markSent = Collections.synchronizedList(new ArrayList<>());

    TimedOutbox(Store store) {
      this.store = store;
    }

    long[] markSentNanos() {
      synchronized (markSent) {
        return markSent.stream().mapToLong(m -> m[1] - m[0]).toArray();
      }
    }

    @Override
    public List<QueuedAlert> due(Instant now, int limit) {
      return store.due(now, limit);
    }

    @Override
    public void release(Collection<Long> alertIds) {
      store.release(alertIds);
    }

    @Override
    public Optional<Instant> nextDue() {
      return store.nextDue();
    }

    @Override
    public int record(List<Outcome> outcomes) {
      long start = System.nanoTime();
      int changed = store.record(outcomes);
      markSent.add(new long[] {start, System.nanoTime()});
      return changed;
    }

    @Override
    public int forgetDone(Instant before) {
      return store.forgetDone(before);
    }
  }
}
